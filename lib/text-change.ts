/**
 * What changed between two readings of a page's text, and how much of the new text must be read
 * again. Pages change a little at a time (a live counter, a comment, a paragraph appended): Rafiq
 * reads again only the blocks the change touches and keeps every mention outside them, shifted.
 */

/** `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * A text read a character or a slice at a time: a string, or a page's text given back from its
 * nodes only where it is read (a tick of a clock on a 1 MB page reads a few dozen characters).
 */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end?: number): string;
  /** The whole text. */
  toString(): string;
}

/**
 * The one span that differs (common prefix and suffix kept), or null when the texts are equal.
 * `within`, when the caller knows the texts differ nowhere else (a page session that spliced an
 * edited text node in), spares comparing the rest: on a 1 MB page a tick of a live counter would
 * otherwise compare the whole page. The answer is exactly the same either way: the prefix runs on
 * from `within.start`, and the suffix starts from `within`'s ends, where the comparison of the
 * whole texts would have arrived (or stopped at the prefix, as it would have).
 */
export function changedSpan(before: TextSource, after: TextSource, within?: TextChange): TextChange | null {
  if (!within && before === after) return null;
  const shift = after.length - before.length;
  const shorter = Math.min(before.length, after.length);
  let start = within?.start ?? 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start === shorter && shift === 0) return null;
  let oldEnd = within ? Math.max(within.oldEnd, start, start - shift) : before.length;
  let newEnd = oldEnd + shift;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/**
 * The change grown to whole blocks of the new text (block boundaries from `breaks`, sorted), and
 * at least `margin` characters each side, so a name cut by the edit, or a short reference whose
 * full name sits in the same paragraph, is read whole. Old offsets grow with the new ones.
 */
export function blockWindow(change: TextChange, breaks: ArrayLike<number>, length: number, margin = 0): TextChange {
  const from = Math.max(0, change.start - margin);
  const to = Math.min(length, change.newEnd + margin);
  let start = 0;
  let end = length;
  // The last break at or before `from`, and the first at or after `to` (binary searches).
  let lo = 0;
  let hi = breaks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) <= from) {
      start = breaks[mid] as number;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  lo = 0;
  hi = breaks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) >= to) {
      end = breaks[mid] as number;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  const delta = change.newEnd - change.oldEnd;
  return { start, oldEnd: end - delta, newEnd: end };
}

/**
 * The mentions of the new text: the old ones before the window as they were, the window's own
 * (read again, offsets relative to the window), and the old ones after it shifted by the change in
 * length. An old mention that overlaps the window is dropped: the window's reading replaces it.
 */
export function spliceMentions<M extends { start: number; end: number }>(
  old: readonly M[],
  window: TextChange,
  fresh: readonly M[],
): M[] {
  const delta = window.newEnd - window.oldEnd;
  const out: M[] = [];
  for (const m of old) if (m.end <= window.start) out.push(m);
  for (const m of fresh) out.push({ ...m, start: m.start + window.start, end: m.end + window.start });
  for (const m of old)
    if (m.start >= window.oldEnd) out.push(delta ? { ...m, start: m.start + delta, end: m.end + delta } : m);
  return out;
}
