/**
 * Approximate matching for long foreign names: one slip (a transposed, doubled, missing or wrong
 * letter — what typing and OCR produce) in a long name still reads as the name. The bound grows
 * with length and is zero for short words, where one letter makes another word.
 *
 * Candidates are found with deletion neighbourhoods (every way of deleting up to `k` letters):
 * two words within `k` edits share a member, so a page word is compared only with the few name
 * words it shares one with, then checked exactly.
 */

/** How many slips a name word of this length may carry. */
export function slipsAllowed(length: number): number {
  if (length >= 12) return 2;
  if (length >= 7) return 1;
  return 0;
}

/** Every string made by deleting up to `k` letters of `word` (the word itself included). */
export function deletions(word: string, k: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < k; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `limit + 1` as soon as
 * it is sure to exceed `limit`.
 */
export function slipDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
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
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] as number;
}
