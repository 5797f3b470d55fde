/**
 * The hostile pages, built on request by the suite's server: each is a small page of the kind
 * real sites are built from (frameworks that re-render, frames, web components, aggressive
 * scripts and styles), around the sample article. Every page starts with the same instrument,
 * which records, from the page's own point of view, what Rafiq must never do to it.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../server';

const sample = readFileSync(join(REPO, 'samples', 'summit-article.html'), 'utf8');
/** The sample article's <article> element, as markup. */
export const ARTICLE = (sample.match(/<article>[\s\S]*<\/article>/) as RegExpMatchArray)[0];
/** Its text (for pages that need plain Arabic text, such as one huge text node). */
export const ARTICLE_TEXT = ARTICLE.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The one nonce the strict-CSP page lets run: the instrument's. */
export const NONCE = 'rafiq-hostile-suite';

/**
 * Runs first on every page, in the page's world. `__hostile` holds what the suite reads:
 * - `errors`: errors and unhandled rejections thrown into the page;
 * - `foreign`: DOM mutations the page did not make, from the end of parsing on. The page makes
 *   its own inside `__own(fn)`,
 *   which hands pending records to `foreign` first and drops the ones `fn` caused (JavaScript runs
 *   one task at a time, so nothing else can mutate in between); the card host, one <div> with a
 *   shadow root added to <html>, is expected and not counted; editable regions are the reader's;
 * - `messages`: window messages received (Rafiq must post none);
 * - `lag`: the longest time a 10 ms timer fired late (the main thread was busy, by anyone: Rafiq's
 *   tasks and the rendering its highlights cause), from the first idle moment after load on, and
 *   only while the page is visible (a background tab's timers are throttled to once a second).
 */
const INSTRUMENT = `
(() => {
  // The page's own scripts may replace these later (one case does): the instrument keeps the originals.
  const raf = requestAnimationFrame.bind(window), ric = requestIdleCallback.bind(window), interval = setInterval.bind(window);
  const h = (window.__hostile = { errors: [], foreign: [], messages: 0, lag: 0 });
  const onError = (e) => h.errors.push(String(e.message || e.reason || e));
  const listen = () => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    addEventListener('message', onMessage);
  };
  const onMessage = () => h.messages++;
  listen();
  const isHost = (n) => n.nodeType === 1 && n.parentNode === document.documentElement && n.tagName === 'DIV' && !!n.shadowRoot;
  const owned = (n) => { for (let x = n; x; x = x.parentNode) if (x.nodeType === 1 && (x.isContentEditable || x.hasAttribute('data-owned'))) return true; return false; };
  const describe = (r) => r.type + ' ' + (r.target.nodeName || '?') + (r.attributeName ? ' @' + r.attributeName : '') + ' +' + [...r.addedNodes].map((n) => n.nodeName).join(',') + ' -' + [...r.removedNodes].map((n) => n.nodeName).join(',');
  const keep = (records) => {
    for (const r of records) {
      if (r.type === 'childList' && r.target === document.documentElement && r.removedNodes.length === 0 && [...r.addedNodes].every(isHost)) continue;
      if (owned(r.target)) continue;
      if (h.foreign.length < 50) h.foreign.push(describe(r));
    }
  };
  const observer = new MutationObserver(keep);
  // From the end of parsing: the parser's own insertions are the page's.
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true }), { once: true });
  window.__own = (fn) => {
    keep(observer.takeRecords());
    try { return fn(); } finally { observer.takeRecords(); listen(); }
  };
  let last = performance.now();
  interval(() => { const now = performance.now(); if (document.visibilityState === 'hidden') { last = now; return; } h.lag = Math.max(h.lag, now - last - 10); last = now; }, 10);
  // From the first idle moment after the first frame after load on: the page's own parsing, layout and first paint are not Rafiq's.
  addEventListener('load', () => raf(() => ric(() => { h.lag = 0; last = performance.now(); }, { timeout: 10000 })));
})();
`;

export interface PageParts {
  head?: string;
  body: string;
  /** Script run at the end of <body> (the page's own code). */
  script?: string;
  lang?: string;
}

export function page({ head = '', body, script = '', lang = 'ar' }: PageParts): string {
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>صفحة اختبار</title>
<script nonce="${NONCE}">${INSTRUMENT}</script>
<style>body { font: 18px/1.8 "Noto Naskh Arabic", "Noto Sans Arabic", serif; max-width: 760px; margin: 24px auto; padding: 0 16px; }</style>
${head}</head>
<body>${body}${script ? `<script nonce="${NONCE}">${script}</script>` : ''}</body>
</html>`;
}

/** About `count` elements of Arabic text around the article (a very large page). */
export function bigDom(count: number): string {
  const words = ARTICLE_TEXT.split(' ').filter(Boolean);
  const rows: string[] = [];
  let n = 0;
  for (let p = 0; n < count; p++) {
    const spans: string[] = [];
    for (let i = 0; i < 19; i++, n++) spans.push(`<span>${words[(p * 19 + i) % words.length]}</span>`);
    rows.push(`<p>${spans.join(' ')}</p>`);
    n++;
  }
  return rows.join('\n');
}
