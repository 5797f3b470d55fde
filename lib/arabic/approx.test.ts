import { describe, expect, it } from 'vitest';
import { slipDistance, slipsAllowed } from './approx';

describe('slips allowed grow with length', () => {
  it.each([
    [4, 0],
    [6, 0],
    [7, 1],
    [11, 1],
    [12, 2],
    [15, 2],
  ])('%i letters: %i', (length, slips) => expect(slipsAllowed(length)).toBe(slips));
});

describe('slip distance', () => {
  const cases: Array<[string, string, number, string]> = [
    ['كازاخستان', 'كازاخستان', 0, 'same'],
    ['كازخاستان', 'كازاخستان', 1, 'transposed'],
    ['كازاخستتان', 'كازاخستان', 1, 'doubled'],
    ['كازاخسان', 'كازاخستان', 1, 'missing'],
    ['كازاخستاب', 'كازاخستان', 1, 'wrong letter'],
    ['كزخستن', 'كازاخستان', 2, 'beyond the limit of 1'],
  ];
  it.each(cases)('%s / %s → %i (%s)', (a, b, d) => expect(slipDistance(a, b, 1)).toBe(Math.min(d, 2)));
  it('stops early once over the limit', () => {
    expect(slipDistance('abcdefgh', 'stuvwxyz', 1)).toBe(2);
    expect(slipDistance('abc', 'abcdef', 1)).toBe(2);
  });
});
