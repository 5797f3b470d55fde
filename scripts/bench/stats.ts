/** Small statistics for the benchmarks. */

/** The middle value (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The q-quantile by the nearest-rank rule (p95 of 20 samples is the 19th smallest). */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
