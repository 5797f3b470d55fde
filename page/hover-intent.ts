/**
 * Hover intent: a card opens for the term the pointer rests on, not for every term it crosses.
 * A pointer moving diagonally over a paragraph passes four names in a few hundred milliseconds;
 * opening a card for each would flash four cards, and a card opening on the way could catch the
 * pointer and cover the word the reader was aiming at.
 *
 * The rule: a target settles once the pointer has been over it for `delay` ms and, in the last
 * `delay` ms, has moved less than `tolerance` px (a slow drift along a long name still settles;
 * a sweep across it does not, until it slows down). A delay of 0 settles at once.
 */

export interface IntentClock {
  setTimer(callback: () => void, ms: number): number;
  clearTimer(id: number): void;
}

export interface IntentOptions {
  delay: number;
  tolerance: number;
}

/** What a target is compared by: the same term found again on a later move is the same target. */
export type KeyOf<T> = (target: T) => string;

export class HoverIntent<T> {
  private candidate: T | null = null;
  private key = '';
  private timer = 0;
  private x = 0;
  private y = 0;
  /** Where the pointer was when the current wait began. */
  private anchorX = 0;
  private anchorY = 0;

  constructor(
    private options: IntentOptions,
    private readonly keyOf: KeyOf<T>,
    private readonly onSettle: (target: T) => void,
    private readonly clock: IntentClock = {
      setTimer: (callback, ms) => window.setTimeout(callback, ms),
      clearTimer: (id) => window.clearTimeout(id),
    },
  ) {}

  setOptions(options: IntentOptions): void {
    this.options = options;
  }

  /** The pointer is at (x, y), over `target` (null: over nothing that has a card). */
  move(target: T | null, x: number, y: number): void {
    this.x = x;
    this.y = y;
    if (target === null) {
      this.cancel();
      return;
    }
    const key = this.keyOf(target);
    if (this.candidate !== null && key === this.key) {
      this.candidate = target;
      return;
    }
    this.cancel();
    this.candidate = target;
    this.key = key;
    if (this.options.delay <= 0) this.settle();
    else this.wait();
  }

  /** Forgets the target (the pointer left, or a card was opened some other way). */
  cancel(): void {
    if (this.timer) this.clock.clearTimer(this.timer);
    this.timer = 0;
    this.candidate = null;
    this.key = '';
  }

  get pending(): T | null {
    return this.candidate;
  }

  private wait(): void {
    this.anchorX = this.x;
    this.anchorY = this.y;
    this.timer = this.clock.setTimer(() => this.check(), this.options.delay);
  }

  private check(): void {
    this.timer = 0;
    if (this.candidate === null) return;
    const moved = Math.hypot(this.x - this.anchorX, this.y - this.anchorY);
    if (moved <= this.options.tolerance) this.settle();
    else this.wait();
  }

  private settle(): void {
    const target = this.candidate;
    this.cancel();
    if (target !== null) this.onSettle(target);
  }
}

export interface TapState {
  id: number;
  x: number;
  y: number;
}

/** A touch counts as a tap when the finger lifts within this distance of where it landed. */
export const TAP_SLOP_PX = 12;

/**
 * Whether a pointer that went down as `down` and came up at (x, y) was a tap. No time limit: when
 * the browser takes a touch over (a scroll, a long press that selects text or opens a menu) it
 * cancels the pointer, so no pointerup comes; and on a busy page (or under emulation) the lift can
 * be handled long after it happened, which a time limit would wrongly turn into "not a tap".
 */
export function isTap(down: TapState | null, up: TapState): boolean {
  return !!down && down.id === up.id && Math.hypot(up.x - down.x, up.y - down.y) <= TAP_SLOP_PX;
}
