/**
 * What the benchmarks ask the page's world, as source text (tsx would wrap a function's inner
 * callbacks in a helper the page lacks). Highlights are found by what they hold, never by name:
 * readers' names are random.
 */

/** How many ranges the page's highlight registry holds. */
export const HIGHLIGHT_COUNT = '[...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)';

/**
 * How many different ranges the registry holds over the page as a reader scrolls it from top to
 * bottom a screen at a time (Rafiq registers only what is near the view), then back to the top.
 */
export const PAINTED_OVER_PAGE = `(async () => {
  const seen = new Set();
  const collect = () => { for (const h of CSS.highlights.values()) for (const r of h) seen.add(r); };
  const frames = (n) => new Promise((done) => {
    const next = () => (n-- > 0 ? requestAnimationFrame(next) : setTimeout(done, 0));
    next();
  });
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
    scrollTo(0, y);
    await frames(3);
    collect();
  }
  scrollTo(0, 0);
  await frames(3);
  return seen.size;
})()`;

/** Up to `n` points on highlighted ranges inside the viewport, bottom first, from any highlight. */
export const HOVER_POINTS = (n: number) => `(() => {
  const seen = new Set();
  const points = [];
  for (const h of CSS.highlights.values()) {
    for (const s of h) {
      // Rafiq's ranges are static: their boxes come from a live range over the same points.
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
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
