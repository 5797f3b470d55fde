/**
 * What the benchmarks ask the page's world, as source text (tsx would wrap a function's inner
 * callbacks in a helper the page lacks). Highlights are found by what they hold, never by name:
 * readers' names are random.
 */

/** How many ranges the page's highlight registry holds. */
export const HIGHLIGHT_COUNT = '[...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)';

/** Up to `n` points on highlighted ranges inside the viewport, bottom first, from any highlight. */
export const HOVER_POINTS = (n: number) => `(() => {
  const seen = new Set();
  const points = [];
  for (const h of CSS.highlights.values()) {
    for (const r of h) {
      const rect = r.getClientRects()[0];
      if (!rect || rect.width < 12 || rect.top < 60 || rect.bottom > innerHeight - 60) continue;
      const key = Math.round(rect.top / 30);
      if (seen.has(key)) continue;
      seen.add(key);
      points.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    }
  }
  return points.sort((a, b) => b.y - a.y).slice(0, ${n});
})()`;
