/** The index of the first value in ascending `list` that is at least `at` (`list.length` if none). */
export function firstAtOrAfter(list: ArrayLike<number>, at: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((list[mid] as number) < at) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The index of the last value in ascending `list` (integers) that is at most `at` (0 if none: the first). */
export function lastAtOrBefore(list: ArrayLike<number>, at: number): number {
  return Math.max(0, firstAtOrAfter(list, at + 1) - 1);
}
