/**
 * A window on folded text that slides along a page: the page is folded and split into words a
 * window at a time, into buffers kept from one window to the next, so reading a page of any size
 * needs no page-sized folded string, offset arrays or word arrays. Within a window everything is
 * exactly what folding and splitting the whole text would give (`foldText`, `splitWords`), with
 * offsets local to the window; the reader asks for the window to move on before it reads words
 * that are not final yet (the last word may continue past the window's end).
 */

import { decodeUnits, FoldBuffer, type FoldedText } from './fold';
import { WordBuffer } from './words';

/** Called with each stretch of folded units `[from, to)` (window offsets) not handed over before. */
export type OnFolded = (window: FoldWindow, from: number, to: number) => void;

export class FoldWindow implements FoldedText {
  /** The window's folded text. */
  text = '';
  readonly words = new WordBuffer();
  /** Where the window's first unit lies in the whole folded text. */
  base = 0;
  /** Whether the window reaches the end of the text, so that all its words are final. */
  final = false;
  private readonly buffer: FoldBuffer;
  /** Offset in the original text of the window's first character. */
  private from = 0;
  /** Units of the whole folded text handed to `onFolded` so far. */
  private handed = 0;

  constructor(
    readonly source: string,
    readonly breaks: ArrayLike<number>,
    /** Characters of the original text folded at a time (a window grows past it only for a word that long). */
    readonly chars: number,
    private readonly onFolded?: OnFolded,
  ) {
    this.buffer = new FoldBuffer(Math.min(source.length, chars) + 64);
    this.fill(0, 0, chars);
  }

  /** For each unit of the window, the offset in the original text where its source starts. */
  get start(): Int32Array {
    return this.buffer.start;
  }

  /** For each unit of the window, the offset just past its source. */
  get end(): Int32Array {
    return this.buffer.end;
  }

  /**
   * Makes sure that words `w` to `w + ahead` of the window are final and that the `behind` words
   * before `w` are still in it, moving the window on (or widening it) if needed. Returns the index
   * word `w` has in the window afterwards.
   */
  reach(w: number, ahead: number, behind: number): number {
    if (this.final || w + ahead < this.words.count - 1) return w;
    // The window restarts at a word whose first unit is the first one its character gave (no break
    // and no other unit of a ligature before it), so folding from that character gives the same units.
    let k = Math.max(0, w - behind);
    while (k > 0 && !this.startsCleanly(k)) k--;
    let from = this.from;
    let base = this.base;
    let shift = 0;
    if (k < this.words.count && this.startsCleanly(k)) {
      const unit = this.words.start[k] as number;
      from = this.buffer.start[unit] as number;
      base = this.base + unit;
      shift = k;
    }
    for (let chars = this.chars; ; chars *= 2) {
      this.fill(from, base, chars);
      if (this.final || w - shift + ahead < this.words.count - 1) return w - shift;
    }
  }

  private startsCleanly(k: number): boolean {
    const unit = this.words.start[k] as number;
    return unit === 0 || (this.buffer.start[unit - 1] as number) < (this.buffer.start[unit] as number);
  }

  private fill(from: number, base: number, chars: number) {
    const { source, breaks, buffer } = this;
    const n = source.length;
    let to = Math.min(n, from + chars);
    // Never between the two halves of a surrogate pair (the window's text would differ there).
    const last = source.charCodeAt(to - 1);
    if (to < n && last >= 0xd800 && last <= 0xdbff) to++;
    buffer.len = 0;
    buffer.fold(source, from, to, breaks, firstAtOrAfter(breaks, from));
    this.from = from;
    this.base = base;
    this.final = to >= n;
    this.text = decodeUnits(buffer.out.subarray(0, buffer.len));
    this.words.split(buffer.out, buffer.len);
    if (!this.onFolded) return;
    // The last word may go on in the next window: what starts there is handed over then.
    const count = this.words.count;
    const upTo = this.final ? buffer.len : count > 0 ? (this.words.start[count - 1] as number) : 0;
    const first = Math.max(0, this.handed - base);
    if (upTo > first) {
      this.onFolded(this, first, upTo);
      this.handed = base + upTo;
    }
  }
}

/** The index of the first value in ascending `list` that is at least `at`. */
function firstAtOrAfter(list: ArrayLike<number>, at: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((list[mid] as number) < at) a = mid + 1;
    else b = mid;
  }
  return a;
}
