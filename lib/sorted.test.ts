import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, lastAtOrBefore } from './sorted';

// Node start offsets, as a page's text gives them (one node may be empty: two equal starts).
const STARTS = [0, 4, 9, 9, 20];

describe('sorted lists', () => {
  it.each([
    [-1, 0],
    [0, 0],
    [3, 0],
    [4, 1],
    [8, 1],
    [9, 3],
    [19, 3],
    [20, 4],
    [1000, 4],
  ])('lastAtOrBefore(starts, %i) is %i', (at, index) => {
    expect(lastAtOrBefore(STARTS, at)).toBe(index);
  });

  it.each([
    [-1, 0],
    [0, 0],
    [1, 1],
    [9, 2],
    [10, 4],
    [21, 5],
  ])('firstAtOrAfter(starts, %i) is %i', (at, index) => {
    expect(firstAtOrAfter(STARTS, at)).toBe(index);
  });

  it('answers 0 on an empty list', () => {
    expect(lastAtOrBefore([], 5)).toBe(0);
    expect(firstAtOrAfter([], 5)).toBe(0);
  });
});
