import { describe, expect, it } from 'vitest';
import { changedSpan } from '../lib/text-change';
import { NodesText } from './nodes-text';

/** A text cut into nodes of these values, and a count of the values read. */
function nodesOf(values: string[]) {
  const starts: number[] = [];
  let length = 0;
  for (const v of values) {
    starts.push(length);
    length += v.length;
  }
  let reads = 0;
  const text = new NodesText(starts, length, (i) => {
    reads++;
    return values[i] as string;
  });
  return { text, whole: values.join(''), reads: () => reads };
}

describe('NodesText: a page text read from its nodes where asked', () => {
  const values = ['قمة ', 'أستانا', '', 'x', 'شي جين بينغ', ' — ', 'توكاييف'];

  it('slices and reads characters as the joined string does', () => {
    const { text, whole } = nodesOf(values);
    expect(text.length).toBe(whole.length);
    for (let a = -3; a <= whole.length + 2; a++) {
      expect(text.charCodeAt(a)).toEqual(whole.charCodeAt(a));
      for (let b = a - 1; b <= whole.length + 2; b++) expect(text.slice(a, b)).toBe(whole.slice(a, b));
      expect(text.slice(a)).toBe(whole.slice(a));
    }
    expect(text.toString()).toBe(whole);
    expect(text.stale).toBe(false);
  });

  it('reads only the nodes a comparison near a change needs', () => {
    const before = nodesOf(['أ'.repeat(50), 'قبل 5 ثوان', 'ب'.repeat(50), 'ج'.repeat(50)]);
    const after = nodesOf(['أ'.repeat(50), 'قبل 12 ثانية', 'ب'.repeat(50), 'ج'.repeat(50)]);
    const within = { start: 50, oldEnd: 60, newEnd: 62 };
    expect(changedSpan(before.text, after.text, within)).toEqual(changedSpan(before.whole, after.whole));
    expect(before.reads() + after.reads()).toBeLessThanOrEqual(4);
  });

  it('is stale when a node no longer fits its offsets (a change went unseen)', () => {
    const values = ['ab', 'cd'];
    const { text } = nodesOf(values);
    values[1] = 'cde';
    text.slice(0, 1);
    expect(text.stale).toBe(false);
    text.slice(2, 4);
    expect(text.stale).toBe(true);
  });
});
