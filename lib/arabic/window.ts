/**
 * A window on folded text that slides along a page: the page is folded and split into words a
 * window at a time, into buffers kept from one window to the next, so reading a page of any size
 * needs no page-sized folded string, offset arrays or word arrays. Within a window everything is
 * exactly what folding and splitting the whole text would give (`foldText`, `splitWords`), with
 * offsets local to the window; the reader asks for the window to move on before it reads words
 * that are not final yet (the last word may continue past the window's end).
 */

import { firstAtOrAfter } from '../sorted';
import { decodeUnits, FoldBuffer, type FoldedText } from './fold';
import { isJoinerOrWordUnit, WordBuffer } from './words';

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
  /**
   * The last word of the window followed, inside it, by something other than letters and joiners
   * (and three more units, which a short word's letter pairs may read): no name or cue read from
   * a word up to it reads past it, so those words can be read whatever follows. -1 if none.
   */
  closedUpTo = -1;
  private readonly buffer: FoldBuffer;
  /** Offsets in the original text of the window's first character and just past its last. */
  private from = 0;
  private to = 0;
  /** How many times the window has been folded (each costs about `chars` characters of work). */
  fills = 0;
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
    for (;;) {
      if (this.final || w + ahead < this.words.count - 1 || w <= this.closedUpTo) return w;
      // A long stretch without words (a page in another script): once every word in the window
      // has been read and a character no name crosses follows the last, nothing before that
      // character matters any more, and the window moves on past its end, one window at a time.
      if (w < this.words.count || !this.closedAfter(w - 1)) break;
      this.handOver(this.buffer.len);
      this.fill(this.to, this.base + this.buffer.len, this.chars);
      w = 0;
      behind = 0;
      // Still no word: the reader asks again, its budget allowing, so a stretch without words
      // is read a window a slice. A window that holds words goes round once more, so its first
      // word is final before it is read: a word cut by the window's end was read as two
      // ("..الصين" in windows of one or two characters read nothing).
      if (this.words.count === 0) return 0;
    }
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
      const at = w - shift;
      if (this.final || at + ahead < this.words.count - 1 || at <= this.closedUpTo) return at;
    }
  }

  /** Whether something other than letters and joiners stands between word `k` (or the start, for -1) and the next word. */
  private closedAfter(k: number): boolean {
    const { words, buffer } = this;
    const to = k + 1 < words.count ? (words.start[k + 1] as number) : buffer.len;
    for (let i = k < 0 ? 0 : (words.end[k] as number); i < to; i++) {
      if (!isJoinerOrWordUnit(buffer.out[i] as number)) return true;
    }
    return false;
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
    this.fills++;
    this.from = from;
    this.to = to;
    this.base = base;
    this.final = to >= n;
    this.text = decodeUnits(buffer.out.subarray(0, buffer.len));
    this.words.split(buffer.out, buffer.len);
    this.closedUpTo = -1;
    for (let k = this.words.count - 1; k >= 0; k--) {
      if ((this.words.end[k] as number) + 3 <= buffer.len && this.closedAfter(k)) {
        this.closedUpTo = k;
        break;
      }
    }
    // The last word may go on in the next window: what starts there is handed over then.
    const count = this.words.count;
    this.handOver(this.final ? buffer.len : count > 0 ? (this.words.start[count - 1] as number) : 0);
  }

  /** Hands the units up to `upTo` (window offsets) not handed before to `onFolded`. */
  private handOver(upTo: number) {
    const first = Math.max(0, this.handed - this.base);
    if (!this.onFolded || upTo <= first) return;
    this.onFolded(this, first, upTo);
    this.handed = this.base + upTo;
  }
}
