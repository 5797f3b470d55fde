/**
 * The hostile-page suite: pages built the way real sites are built, and the ways they go wrong
 * for an extension, run against the built extension in each browser. For every case it records,
 * from inside the page, what Rafiq must never do (errors thrown into the page, DOM mutations the
 * page did not make, window messages, network requests, long main-thread blocks, heap growth
 * under a storm), checks that highlights are there when they should be (and gone when not), and
 * prints one table per browser (also written to artifacts/hostile-<browser>.md).
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './artifacts';
import { CHROME_EXTENSION, FIREFOX_EXTENSION } from './browsers';
import type { BrowserDriver, PageDriver } from './driver';
import { HOVER_TARGET } from './expectations';
import { cardReady, hasHighlights, noHighlights, useHarness } from './harness';
import { ARTICLE, ARTICLE_TEXT, bigDom, NONCE, page } from './hostile/pages';
import { FOLDERS, type StaticServer, serveFolders } from './server';

/**
 * The longest task of Rafiq's own work (its User Timing marks: every slice of a read, the paint,
 * the re-anchoring), and the longest the page's own timer may be held back by anything. The second
 * bound is looser because it also sees the one task no mark covers, the annotator's start-up
 * (evaluating its bundle: franc's trigram tables, the glossary), 40–60 ms in Chromium and 60–90 ms
 * in Firefox on this machine, which the speed issue removes; it still fails on what matters here,
 * a page whose timers starve while Rafiq reads (that was 0.6–1 s with `scheduler.yield`).
 */
const LONGEST_TASK_MS = 50;
const LONGEST_BLOCK_MS = 100;
/**
 * The two very large pages (100,000 elements, one 5 MB text node) allow twice as much: the page's
 * own layout of them runs into the measured window, and Firefox's garbage collector pauses inside
 * Rafiq's slices there (seen at 60–100 ms; the same slices take 20–40 ms between pauses). The
 * table prints the bound each case was held to.
 */
const HEAVY_FACTOR = 2;
const HEAP_GROWTH_MB = 4;
const STORM_MS = 10_000;

interface Tools {
  driver: BrowserDriver;
  other: string;
  extensionId(): Promise<string>;
  hover(page: PageDriver, target?: [string, string]): Promise<void>;
  navigate(page: PageDriver, direction: 1 | -1): Promise<void>;
  sleep(ms: number): Promise<void>;
}

interface Case {
  id: string;
  /** One line for the table: what the page does. */
  what: string;
  html(other: string): string | { body: string; headers: Record<string, string> };
  /** Other pages the case serves, at `/hostile/<id>/<name>`. */
  extra?: Record<string, string>;
  /** Where highlights must be at the end: the top page, a frame, or nowhere. */
  painted: 'top' | 'frame' | 'none';
  /** The case's own actions and checks, once highlights are there (or Rafiq has reported). */
  run?(page: PageDriver, t: Tools): Promise<void>;
  /** A storm: the heap is measured before and after `STORM_MS` of it. */
  storm?: boolean;
  /** A very large page: held to `HEAVY_FACTOR` times the time bounds. */
  heavy?: boolean;
}

const json = (value: unknown) => JSON.stringify(value);
const ARTICLE_INNER = ARTICLE.replace(/^<article>|<\/article>$/g, '');

/** Every range of Rafiq's highlights is on the page (not collapsed, in connected nodes, within their text). */
const rangesLive = () => {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('rafiq-')) continue;
    for (const r of highlight as Highlight) {
      const range = r as AbstractRange;
      const { startContainer: start, endContainer: end } = range;
      if (range.collapsed || !start.isConnected || !end.isConnected) return false;
      if (((end as Text).length ?? end.childNodes.length) < range.endOffset) return false;
      n++;
    }
  }
  return n > 0;
};
const cardGone = () =>
  ![...document.documentElement.children]
    .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot?.querySelector('.rafiq-card');
const focusShown = () => {
  const focus = CSS.highlights.get('rafiq-focus');
  const [range] = focus ? ([...focus] as AbstractRange[]) : [];
  return !!range && range.startContainer.isConnected && !range.collapsed;
};

const CASES: Case[] = [
  {
    id: 'plain',
    what: 'the sample article, nothing hostile (control)',
    html: () => page({ body: ARTICLE }),
    painted: 'top',
    run: async (p, t) => t.hover(p),
  },
  {
    id: 'rerender-same',
    what: 'a framework replaces the article with identical nodes every 300 ms',
    html: () =>
      page({
        body: ARTICLE,
        script: `setInterval(() => __own(() => { const a = document.querySelector('article'); a.replaceWith(a.cloneNode(true)); }), 300);`,
      }),
    painted: 'top',
    async run(p, t) {
      await t.sleep(1500);
      expect(await p.evaluate(rangesLive), 'ranges moved to the new nodes').toBe(true);
      await t.hover(p);
      await t.sleep(1500);
      expect(await p.evaluate(cardReady), 'the card stays open through re-renders').toBe(true);
    },
  },
  {
    id: 'rerender-state',
    what: 'the article re-rendered every second with a live "updated N s ago" line',
    html: () =>
      page({
        body: ARTICLE,
        script: `let n = 0; const inner = ${json(ARTICLE_INNER)};
setInterval(() => __own(() => { const a = document.createElement('article'); a.innerHTML = inner + '<p>آخر تحديث منذ ' + (++n) + ' ثانية</p>'; document.querySelector('article').replaceWith(a); }), 1000);`,
      }),
    painted: 'top',
    async run(p, t) {
      await t.hover(p);
      await t.sleep(2500);
      expect(await p.evaluate(cardReady), 'the card stays open').toBe(true);
      await p.press('Escape');
      await p.waitFor(cardGone);
      await t.navigate(p, 1);
      await p.waitFor(focusShown);
      await t.sleep(2500);
      expect(await p.evaluate(focusShown), 'the keyboard focus follows its term').toBe(true);
      expect(await p.evaluate(rangesLive)).toBe(true);
    },
  },
  {
    id: 'iframe-same-origin',
    what: 'the article in a same-origin <iframe>',
    html: () =>
      page({ body: '<iframe src="/hostile/iframe-same-origin/frame" style="width:100%;height:700px"></iframe>' }),
    extra: { frame: page({ body: ARTICLE }) },
    painted: 'frame',
  },
  {
    id: 'iframe-cross-origin',
    what: 'the article in a cross-origin <iframe>',
    html: (other) =>
      page({
        body: `<p>A page that embeds its article from another site.</p><iframe src="${other}/hostile/iframe-cross-origin/frame" style="width:100%;height:700px"></iframe>`,
        lang: 'en',
      }),
    extra: { frame: page({ body: ARTICLE }) },
    painted: 'frame',
  },
  {
    id: 'iframe-written',
    what: 'an about:blank <iframe> the page writes the article into after load',
    html: () =>
      page({
        body: '<p>عاجل</p>',
        script: `const f = document.createElement('iframe'); f.style.cssText = 'width:100%;height:700px';
__own(() => document.body.append(f));
setTimeout(() => { const d = f.contentDocument; d.open(); d.write(${json(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>${ARTICLE}</body></html>`)}); d.close(); }, 400);`,
      }),
    painted: 'frame',
  },
  {
    id: 'shadow-open',
    what: 'the article inside an open shadow root (a web component)',
    html: () =>
      page({
        body: '<news-article></news-article>',
        script: `customElements.define('news-article', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${json(ARTICLE)}; } });`,
      }),
    painted: 'top',
    async run(p, t) {
      expect(
        await p.evaluate(() => {
          const [range] = [...(CSS.highlights.get('rafiq-person') ?? [])] as Range[];
          return range?.startContainer.getRootNode() instanceof ShadowRoot;
        }),
      ).toBe(true);
      await t.hover(p);
    },
  },
  {
    id: 'shadow-closed',
    what: 'the article inside a closed shadow root',
    html: () =>
      page({
        body: '<news-article></news-article>',
        script: `customElements.define('news-article', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = ${json(ARTICLE)}; } });`,
      }),
    painted: 'top',
    run: async (p, t) => t.hover(p),
  },
  {
    id: 'shadow-closed-div',
    what: 'the article inside a closed shadow root on a plain <div> (no custom element)',
    html: () =>
      page({
        body: '<div id="story"></div>',
        script: `document.getElementById('story').attachShadow({ mode: 'closed' }).innerHTML = ${json(ARTICLE)};`,
      }),
    painted: 'top',
    run: async (p, t) => t.hover(p),
  },
  {
    id: 'removes-unknown-nodes',
    what: 'a script that takes out every element added to <html> that is not its own, at once',
    html: () =>
      page({
        body: ARTICLE,
        script: `window.__removed = 0; new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n !== document.head && n !== document.body && n.parentNode === document.documentElement) __own(() => { n.remove(); __removed++; }); }).observe(document.documentElement, { childList: true });`,
      }),
    painted: 'top',
    async run(p, t) {
      // Each "next entity" is answered once the annotator has handled it, and the page's observer
      // runs before that answer: the count is read after every attempt Rafiq made.
      for (let i = 0; i < 7; i++) await t.navigate(p, 1);
      // The card's host went back three times after the first removal, then the card gave way.
      expect(await p.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBe(4);
      expect(await p.evaluate(hasHighlights)).toBe(true);
    },
  },
  {
    id: 'document-write',
    what: 'document.open()/write() replaces a loading page with the article after load',
    html: () =>
      page({
        body: '<p>Loading…</p>',
        lang: 'en',
        script: `addEventListener('load', () => setTimeout(() => __own(() => { document.open(); document.write(${json(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>${ARTICLE}</body></html>`)}); document.close(); }), 500));`,
      }),
    painted: 'top',
    async run(p, t) {
      await t.hover(p);
      await p.press('Escape');
      await p.waitFor(cardGone);
    },
  },
  {
    id: 'clears-highlights',
    what: 'the page clears CSS.highlights (its own find-in-page) every 1.5 s',
    html: () => page({ body: ARTICLE, script: 'setInterval(() => CSS.highlights.clear(), 1500);' }),
    painted: 'top',
    async run(p) {
      for (let i = 0; i < 2; i++) {
        await p.evaluate(() => CSS.highlights.clear());
        await p.waitFor(hasHighlights, 3000);
      }
    },
  },
  {
    id: 'replays-start-message',
    what: 'the page forges WXT\'s "content script started" event and message, with the real extension id',
    html: () => page({ body: ARTICLE }),
    painted: 'top',
    async run(p, t) {
      const id = await t.extensionId();
      await p.evaluate((extension) => {
        for (const name of ['annotator', 'probe']) {
          for (const type of [`${extension}:${name}:wxt:content-script-started`, 'wxt:content-script-started']) {
            document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
          }
        }
      }, id);
      await t.sleep(500);
      await p.evaluate(() => CSS.highlights.clear());
      await p.waitFor(hasHighlights, 3000);
      await t.hover(p);
    },
  },
  {
    id: 'naive-message-handler',
    what: 'a `message` handler that throws on anything but its own string messages',
    html: () =>
      page({
        body: ARTICLE,
        script: `addEventListener('message', (e) => { const [kind] = e.data.split(':'); if (kind === 'app') document.title = kind; });`,
      }),
    painted: 'top',
    run: async (p, t) => t.hover(p),
  },
  {
    id: 'custom-element-clash',
    what: "custom elements named like Rafiq's, and createElement, attachShadow, showPopover that throw",
    html: () =>
      page({
        head: `<script nonce="${NONCE}">for (const name of ['rafiq-ui', 'rafiq-card', 'rafiq-host', 'rafiq-layer']) customElements.define(name, class extends HTMLElement { constructor() { super(); throw new Error('hostile ' + name); } });
Element.prototype.attachShadow = function () { throw new Error('no shadow roots here'); };
HTMLElement.prototype.showPopover = function () { throw new Error('no popovers here'); };
document.createElement = function () { throw new Error('no elements here'); };</script>`,
        body: ARTICLE,
      }),
    painted: 'top',
    run: async (p, t) => t.hover(p),
  },
  {
    id: 'hostile-css',
    what: 'CSS that hides or distorts unknown children of <html>, every div, popovers, backdrops',
    html: () =>
      page({
        head: `<style>
html > :not(head):not(body) { display: none !important; }
div { filter: blur(6px) !important; opacity: 0.1 !important; transform: scale(0) !important; visibility: hidden !important; }
[popover], :popover-open { display: none !important; }
::backdrop { background: rgba(0, 0, 0, 0.9) !important; }
@layer hostile { div { display: none !important; } }
html { filter: grayscale(1); }
</style>`,
        body: ARTICLE,
      }),
    painted: 'top',
    async run(p, t) {
      await t.hover(p);
      const seen = await p.evaluate(() => {
        const host = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'));
        const layer = host?.shadowRoot?.querySelector('.rafiq-layer') as HTMLElement | null;
        const box = layer?.getBoundingClientRect();
        if (!host || !box) return null;
        const style = getComputedStyle(host);
        return {
          visible: host.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          filter: style.filter,
          transform: style.transform,
          width: box.width,
          onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host,
        };
      });
      expect(seen).toEqual({
        visible: true,
        filter: 'none',
        transform: 'none',
        width: expect.any(Number),
        onTop: true,
      });
      expect(seen?.width).toBeGreaterThan(100);
    },
  },
  {
    id: 'swallows-input',
    what: 'window capture listeners that stop every pointer event and swallow Escape',
    html: () =>
      page({
        head: `<script nonce="${NONCE}">for (const type of ['pointermove', 'mousemove', 'pointerover', 'mouseover', 'pointerdown', 'mousedown']) addEventListener(type, (e) => e.stopImmediatePropagation(), true);
addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopImmediatePropagation(); e.preventDefault(); } }, true);</script>`,
        body: ARTICLE,
      }),
    painted: 'top',
    async run(p, t) {
      await t.hover(p);
      await p.press('Escape');
      await p.waitFor(cardGone, 3000);
    },
  },
  {
    id: 'polluted-prototypes',
    what: 'built-in prototypes and globals replaced (Object, Array, String, Range, caret, rAF, Highlight, DOM insertion)',
    html: () =>
      page({
        head: `<script nonce="${NONCE}">Object.prototype.polluted = 'yes';
Object.defineProperty(Object.prototype, 'toJSON', { value: () => 'polluted', writable: true, configurable: true });
Array.prototype.includes = () => true; String.prototype.trim = () => 'polluted'; String.prototype.normalize = () => '';
HighlightRegistry.prototype.set = function () { throw new Error('no highlights'); };
window.Highlight = function () { throw new Error('no Highlight'); }; Node.prototype.appendChild = function () { throw new Error('no appendChild'); };
Range.prototype.getClientRects = () => []; Document.prototype.caretPositionFromPoint = () => null;
window.requestAnimationFrame = () => 0; Element.prototype.append = function () { throw new Error('no append'); };</script>`,
        body: ARTICLE,
      }),
    painted: 'top',
    run: async (p, t) => t.hover(p),
  },
  {
    id: 'csp-strict',
    what: "Content-Security-Policy default-src 'none' (only the suite's own instrument runs, by nonce)",
    html: () => ({
      body: page({ body: ARTICLE }),
      headers: { 'content-security-policy': `default-src 'none'; script-src 'nonce-${NONCE}'` },
    }),
    painted: 'top',
    async run(p, t) {
      await t.hover(p);
      const background = await p.evaluate(() => {
        const card = [...document.documentElement.children]
          .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
          ?.shadowRoot?.querySelector('.rafiq-card');
        return card ? getComputedStyle(card).backgroundColor : null;
      });
      expect(background, "the card's own styles apply").toBe('rgb(255, 253, 248)');
    },
  },
  {
    id: 'big-dom',
    what: '100,000 elements of Arabic text around the article',
    html: () => page({ body: ARTICLE + bigDom(100_000) }),
    painted: 'top',
    heavy: true,
  },
  {
    id: 'huge-text-node',
    what: 'one text node of 5 MB of Arabic',
    html: () =>
      page({
        body: `${ARTICLE}<p id="huge"></p>`,
        script: `document.getElementById('huge').textContent = ${json(`${ARTICLE_TEXT} `)}.repeat(${Math.ceil(5e6 / (ARTICLE_TEXT.length + 1))});`,
      }),
    painted: 'top',
    heavy: true,
  },
  {
    id: 'mutation-storm',
    what: 'a storm: 20 nodes of Arabic and Latin text added and removed every 20 ms, for 10 s; hover and keys during it',
    html: () =>
      page({
        body: `${ARTICLE}<aside id="ads"></aside>`,
        script: `setInterval(() => __own(() => { const ads = document.getElementById('ads');
for (let i = 0; i < 20; i++) { const p = document.createElement('p'); p.textContent = i % 2 ? 'إعلان ممول رقم ' + Math.random() : 'Sponsored ' + Math.random(); ads.append(p); }
while (ads.childNodes.length > 40) ads.firstChild.remove(); }), 20);`,
      }),
    painted: 'top',
    storm: true,
    async run(p, t) {
      await t.hover(p);
      await p.press('Escape');
      await p.waitFor(cardGone);
      await t.navigate(p, 1);
      await p.waitFor(focusShown);
      await t.navigate(p, 1);
      await p.waitFor(focusShown);
    },
  },
  {
    id: 'clock',
    what: 'a 1 Hz clock in digits on the article page: nothing is read or repainted',
    html: () =>
      page({
        body: `<header id="clock">00:00:00</header>${ARTICLE}`,
        script: `let s = 0; setInterval(() => __own(() => { s++; document.getElementById('clock').textContent = new Date(s * 1000).toISOString().slice(11, 19); }), 1000);`,
      }),
    painted: 'top',
    async run(p, t) {
      // A read in progress when the page settles may still land: wait for it, then watch.
      await t.sleep(1500);
      await p.evaluate(() => {
        (window as unknown as { __person: unknown }).__person = CSS.highlights.get('rafiq-person');
      });
      await t.sleep(3500);
      expect(
        await p.evaluate(
          () => CSS.highlights.get('rafiq-person') === (window as unknown as { __person: unknown }).__person,
        ),
        'no repaint while only the clock ticks',
      ).toBe(true);
    },
  },
  {
    id: 'live-line',
    what: 'a live line above the article naming a city that changes every second (text edited, then replaced, in turn)',
    html: () =>
      page({
        body: `<p id="live">آخر تحديث منذ <span id="n">1</span> ثانية من <b id="city">طشقند</b></p>${ARTICLE}`,
        script: `let s = 1; setInterval(() => __own(() => { s++; document.getElementById('n').textContent = String(s); const city = document.getElementById('city'); if (s % 2) city.firstChild.data = 'طشقند'; else city.textContent = 'أستانا'; }), 1000);`,
      }),
    painted: 'top',
    async run(p) {
      // Each change is read by splicing the node's new text into the page's (no walk of the
      // page), and the city named now is the one highlighted, in the node that holds it now.
      await p.waitFor(() => {
        const splices = performance.getEntriesByName('rafiq:splice').length;
        const node = document.getElementById('city')?.firstChild;
        let covered = false;
        CSS.highlights.forEach((highlight) => {
          for (const r of highlight as unknown as Iterable<AbstractRange>)
            covered ||=
              r.startContainer === node &&
              r.endContainer === node &&
              (node as Text).data.slice(r.startOffset, r.endOffset) === (node as Text).data;
        });
        return splices >= 4 && covered;
      }, 20_000);
    },
  },
  {
    id: 'editable',
    what: 'the article in a contenteditable region, and a textarea: typing is never disturbed',
    html: () =>
      page({ body: `<div id="ed" contenteditable="true">${ARTICLE_INNER}</div><textarea id="ta"></textarea>` }),
    painted: 'top',
    async run(p, t) {
      await p.evaluate(() => {
        const ed = document.getElementById('ed') as HTMLElement;
        ed.focus();
        const range = document.createRange();
        range.selectNodeContents(ed.lastElementChild as Node);
        range.collapse(false);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      });
      await p.type(' والصين وكازاخستان');
      await t.sleep(1500);
      await p.type(' معا');
      const typed = await p.evaluate(() => {
        const ed = document.getElementById('ed') as HTMLElement;
        const selection = getSelection();
        return {
          end: (ed.lastElementChild?.textContent ?? '').endsWith(' والصين وكازاخستان معا'),
          caretInside: !!selection?.focusNode && ed.contains(selection.focusNode),
        };
      });
      expect(typed).toEqual({ end: true, caretInside: true });
      await p.evaluate(() => (document.getElementById('ta') as HTMLTextAreaElement).focus());
      await p.type('شي جين بينغ');
      expect(await p.evaluate(() => (document.getElementById('ta') as HTMLTextAreaElement).value)).toBe('شي جين بينغ');
    },
  },
  {
    id: 'spa-navigation',
    what: 'single-page navigation: pushState to a second article, then to an English page',
    html: () =>
      page({
        body: ARTICLE,
        script: `window.__nav = (n, html) => __own(() => { history.pushState({}, '', '?page=' + n); document.body.querySelector('article').outerHTML = html; });`,
      }),
    painted: 'none',
    async run(p) {
      await p.waitFor(hasHighlights);
      const second = `<article><p id="second">والتقى الرئيس الصيني شي جين بينغ نظيره الأوزبكي شوكت ميرضيايف في سمرقند.</p>${ARTICLE_INNER}</article>`;
      await p.evaluate((html) => (window as unknown as { __nav(n: number, h: string): void }).__nav(2, html), second);
      await p.waitFor(() =>
        [...(CSS.highlights.get('rafiq-person') ?? [])].some((r) =>
          (document.getElementById('second') as Node | null)?.contains((r as Range).startContainer),
        ),
      );
      const english = `<article lang="en"><h1>Weather</h1><p>${'Sunny spells and a light breeze are expected across the region this afternoon. '.repeat(12)}</p></article>`;
      await p.evaluate((html) => {
        const w = window as unknown as { __own(fn: () => void): void; __nav(n: number, h: string): void };
        w.__own(() => {
          document.documentElement.lang = 'en';
        });
        w.__nav(3, html);
      }, english);
      await p.waitFor(noHighlights);
    },
  },
  {
    id: 'enumerates-html',
    what: "a script that lists <html>'s children and attributes before any hover",
    html: () =>
      page({
        body: ARTICLE,
        script: `document.addEventListener('DOMContentLoaded', () => { window.__before = [document.documentElement.children.length, document.documentElement.attributes.length, document.body.attributes.length].join(); });`,
      }),
    painted: 'top',
    async run(p) {
      const now = await p.evaluate(() => ({
        before: (window as unknown as { __before: string }).__before,
        now: [
          document.documentElement.children.length,
          document.documentElement.attributes.length,
          document.body.attributes.length,
        ].join(),
      }));
      expect(now.now).toBe(now.before);
    },
  },
];

interface Row {
  id: string;
  what: string;
  painted: string;
  errors: number;
  foreign: number;
  messages: number;
  requests: number;
  longestMs: number;
  ownLongestMs: number;
  bound: string;
  heapGrowthMB: number | null;
  ok: boolean;
}

type Record_ = { errors: string[]; foreign: string[]; messages: number; lag: number; ownLongest: number };
/** The page's record, and the longest task Rafiq's own User Timing marks show. */
const readRecord = (): Record_ => ({
  ...(window as unknown as { __hostile: Omit<Record_, 'ownLongest'> }).__hostile,
  ownLongest: Math.max(
    0,
    ...performance
      .getEntriesByType('measure')
      // Not `read` (all slices of a read together) nor `hover` (pointer to card: a latency, not a task).
      .filter((e) => e.name.startsWith('rafiq:') && e.name !== 'rafiq:read' && e.name !== 'rafiq:hover')
      .map((e) => e.duration),
  ),
});

export function hostileSuite(launch: () => Promise<BrowserDriver>) {
  const h = useHarness(launch);
  /** One row per case (a retried case replaces its first attempt). */
  const rows = new Map<string, Row>();
  let main: StaticServer;
  let other: StaticServer;

  const serve = (url: URL) => {
    const [, root, id, name] = url.pathname.split('/');
    const c = root === 'hostile' ? CASES.find((x) => x.id === id) : undefined;
    if (!c) return null;
    if (name) return c.extra?.[name] ? { body: c.extra[name] } : null;
    const made = c.html(other.origin);
    return typeof made === 'string' ? { body: made } : made;
  };

  beforeAll(async () => {
    main = await serveFolders(FOLDERS, serve);
    other = await serveFolders(FOLDERS, serve, '127.0.0.2');
  });
  afterAll(async () => {
    await main?.close();
    await other?.close();
    if (!rows.size) return;
    const name = h.driver.name;
    const table = [
      `Hostile pages — ${name} (built extension)`,
      '',
      '| case | painted | errors | foreign DOM mutations | window messages | requests | longest block, page timer (ms) | longest Rafiq task, own marks (ms) | bounds (ms) | heap growth over storm (MB) | ok |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...[...rows.values()].map(
        (r) =>
          `| ${r.id} — ${r.what} | ${r.painted} | ${r.errors} | ${r.foreign} | ${r.messages} | ${r.requests} | ${r.longestMs.toFixed(0)} | ${r.ownLongestMs.toFixed(0)} | ${r.bound} | ${r.heapGrowthMB === null ? 'n/a' : r.heapGrowthMB.toFixed(2)} | ${r.ok ? 'yes' : 'NO'} |`,
      ),
    ].join('\n');
    console.log(`\n${table}\n`);
    await writeFile(join(ARTIFACTS, '..', `hostile-${name}.md`), `${table}\n`).catch(() => {});
  });

  const tools = (): Tools => ({
    driver: h.driver,
    other: other.origin,
    extensionId: () =>
      h.inExtension(() => (typeof browser !== 'undefined' ? browser : chrome).runtime.id as string, undefined as never),
    async hover(p, target = HOVER_TARGET) {
      await h.hover(p, target);
    },
    async navigate(p, direction) {
      const tabId = await h.tabIdOf(p.url());
      await h.inExtension(
        async ({ tabId, direction }) => {
          const api = typeof browser !== 'undefined' ? browser : chrome;
          await (
            api as unknown as { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } }
          ).tabs.sendMessage(tabId, { type: 'annotator:navigate', direction });
        },
        { tabId, direction },
      );
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });

  it('ships no code that posts to the page, dispatches events into it, or goes to the network', async () => {
    const dir = h.driver.name === 'chromium' ? CHROME_EXTENSION : FIREFOX_EXTENSION;
    for (const file of ['probe.js', 'annotator.js', 'card.js']) {
      // The one message Rafiq posts goes to its own MessageChannel (its yield between slices),
      // never to a window: `port2.postMessage(` is the only call allowed.
      const code = (await readFile(join(dir, file), 'utf8')).replaceAll('.port2.postMessage(', '.port2.send(');
      for (const call of [
        'postMessage(',
        'dispatchEvent(',
        'fetch(',
        'XMLHttpRequest',
        'sendBeacon',
        'WebSocket',
        'EventSource',
      ]) {
        expect(code.includes(call), `${file} calls ${call}`).toBe(false);
      }
    }
  });

  describe.each(CASES)('$id: $what', (c) => {
    const name =
      c.painted === 'none' ? 'is read, and ends with nothing painted' : `is painted (${c.painted}) and left alone`;
    // One retry: a real browser on a loaded 2-core machine now and then misses a step (a timeout
    // while another process runs); a case that fails twice fails the suite.
    it(name, { timeout: 60_000, retry: 1 }, async () => {
      const t = tools();
      const url = `${main.origin}/hostile/${c.id}`;
      const firstRequest = [main.requests.length, other.requests.length];
      const p = await h.driver.open(url);
      const row: Row = {
        id: c.id,
        what: c.what,
        painted: '…',
        errors: 0,
        foreign: 0,
        messages: 0,
        requests: 0,
        longestMs: 0,
        ownLongestMs: 0,
        bound: '',
        heapGrowthMB: null,
        ok: false,
      };
      rows.set(c.id, row);
      try {
        if (c.painted === 'top') await p.waitFor(hasHighlights, 20_000);
        if (c.painted === 'frame') await waitForFrames(p);
        let heapBefore: number | null = null;
        if (c.storm) heapBefore = await p.heapMB();
        const started = Date.now();
        await c.run?.(p, t);
        if (c.storm) {
          await t.sleep(Math.max(0, STORM_MS - (Date.now() - started)));
          const after = await p.heapMB();
          row.heapGrowthMB = heapBefore === null || after === null ? null : after - heapBefore;
        }
        row.painted =
          c.painted === 'frame'
            ? (await p.evaluateInFrames(hasHighlights)).some(Boolean)
              ? 'frame'
              : 'no'
            : (await p.evaluate(hasHighlights))
              ? 'top'
              : 'no';
        const record = await p.evaluate(readRecord);
        const served = [...main.requests.slice(firstRequest[0]), ...other.requests.slice(firstRequest[1])];
        row.errors = record.errors.length;
        row.foreign = record.foreign.length;
        row.messages = record.messages;
        row.requests = served.filter((path) => !path.startsWith(`/hostile/${c.id}`) && path !== '/favicon.ico').length;
        row.longestMs = record.lag;
        row.ownLongestMs = record.ownLongest;
        expect(record.errors, 'errors thrown into the page').toEqual([]);
        expect(record.foreign, 'DOM mutations the page did not make').toEqual([]);
        expect(record.messages, 'window messages').toBe(0);
        expect(row.requests, `requests: ${served.join(' ')}`).toBe(0);
        const factor = c.heavy ? HEAVY_FACTOR : 1;
        row.bound = `${LONGEST_BLOCK_MS * factor} / ${LONGEST_TASK_MS * factor}`;
        expect(record.lag, 'longest main-thread block (ms)').toBeLessThan(LONGEST_BLOCK_MS * factor);
        expect(record.ownLongest, "longest task of Rafiq's own marks (ms)").toBeLessThan(LONGEST_TASK_MS * factor);
        if (row.heapGrowthMB !== null) expect(row.heapGrowthMB, 'heap growth (MB)').toBeLessThan(HEAP_GROWTH_MB);
        expect(row.painted).toBe(c.painted === 'none' ? 'no' : c.painted);
        row.ok = true;
      } finally {
        await p.close();
      }
    });
  });
}

/** Waits until Rafiq has painted inside one of the page's frames. */
async function waitForFrames(p: PageDriver): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const painted = await p.evaluateInFrames(hasHighlights).catch(() => [] as boolean[]);
    if (painted.some(Boolean)) return;
    if (Date.now() > deadline) throw new Error('no frame was painted');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
