import { lastAtOrBefore } from '../lib/sorted';
import type { TextSource } from '../lib/text-change';

/**
 * A page's text read from its nodes where it is asked for, not joined whole: a re-read after a
 * clock ticked compares a few dozen characters and reads one block again, so a 1 MB page need
 * not be copied twice for it. `valueAt(i)` is the text of node `i`, which starts at `starts[i]`.
 * A value of another length than its offsets say means a change went unseen: `stale` is set,
 * and the caller reads the page whole instead of trusting what was read.
 */
export class NodesText implements TextSource {
  /** Set when a node's value did not fit its offsets. */
  stale = false;
  private whole: string | null = null;
  /** The node last read, and where its text lies. */
  private value = '';
  private from = 0;
  private to = 0;

  constructor(
    private readonly starts: readonly number[],
    readonly length: number,
    private readonly valueAt: (i: number) => string,
  ) {}

  charCodeAt(index: number): number {
    if (this.whole !== null) return this.whole.charCodeAt(index);
    if (index < this.from || index >= this.to) {
      if (index < 0 || index >= this.length) return Number.NaN;
      this.load(lastAtOrBefore(this.starts, index));
    }
    return this.value.charCodeAt(index - this.from);
  }

  slice(start: number, end = this.length): string {
    if (this.whole !== null) return this.whole.slice(start, end);
    const from = clamp(start, this.length);
    const to = clamp(end, this.length);
    if (to <= from) return '';
    const parts: string[] = [];
    for (let i = lastAtOrBefore(this.starts, from); i < this.starts.length && (this.starts[i] as number) < to; i++) {
      this.load(i);
      parts.push(this.value.slice(Math.max(0, from - this.from), to - this.from));
    }
    return parts.join('');
  }

  toString(): string {
    if (this.whole === null) {
      const parts: string[] = new Array(this.starts.length);
      for (let i = 0; i < this.starts.length; i++) {
        this.load(i);
        parts[i] = this.value;
      }
      this.whole = parts.join('');
    }
    return this.whole;
  }

  private load(i: number): void {
    const value = this.valueAt(i);
    const from = this.starts[i] as number;
    const to = i + 1 < this.starts.length ? (this.starts[i + 1] as number) : this.length;
    if (value.length !== to - from) this.stale = true;
    this.value = value;
    this.from = from;
    this.to = to;
  }
}

/** Negative offsets count from the end, as `String.prototype.slice` does. */
const clamp = (offset: number, length: number): number =>
  offset < 0 ? Math.max(0, length + offset) : Math.min(offset, length);
