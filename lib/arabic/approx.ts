/**
 * Approximate matching for long foreign names: one slip (a transposed, doubled, missing or wrong
 * letter — what typing and OCR produce) in a long name still reads as the name. The bound grows
 * with length and is zero for short words, where one letter makes another word.
 *
 * A slip keeps the first and the last letter (typos and OCR slips fall inside a word), so a page
 * word is compared only with the few long name words that begin and end as it does.
 */

/** How many slips a name word of this length may carry. */
export function slipsAllowed(length: number): number {
  if (length >= 12) return 2;
  if (length >= 7) return 1;
  return 0;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `limit + 1` as soon as
 * it is sure to exceed `limit`. The three rows may be passed in to avoid allocating (each at least
 * `b.length + 1` long).
 */
export function slipDistance(
  a: string,
  b: string,
  limit: number,
  rowA = new Int32Array(b.length + 1),
  rowB = new Int32Array(b.length + 1),
  rowC = new Int32Array(b.length + 1),
): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = a.length;
  const m = b.length;
  if (m + 1 > rowA.length) return slipDistance(a, b, limit);
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}
