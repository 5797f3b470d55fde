/**
 * npx tsx scripts/bench-highlight-cost.ts — what the CSS Custom Highlight API itself costs a page,
 * without Rafiq: the floor under `npm run bench:page`'s frame tax. The same 1 M-character Arabic
 * page with its own animation (one element outside the article changes class every frame), in
 * Chromium without the extension; the page's own script (run before the trace starts) registers
 * highlights over ranges of its text, and a CDP trace of every main-thread task gives the time per
 * frame. Cases:
 *   - no highlight (the page alone);
 *   - ranges in the paragraphs in view, two per paragraph, 10 and 40 in all;
 *   - 400 ranges over the first 400 paragraphs (most of them below the view);
 *   - 40 ranges just below the view (2 to 4 screens down), and 40 far below it (20 screens down);
 *   - an IntersectionObserver on 400 paragraphs and no highlight (Rafiq's way of choosing what to
 *     register);
 *   - the 40 in view with no `::highlight` rule at all (what the style costs, apart).
 * HIGHLIGHT_REPS (default 3) loads per case, medians. Prints ms per frame and the cost above the
 * page alone.
 */

import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browsers';
import { REPO, serveFolders } from '../e2e/server';
import { pageMainThread, record, tasksOf } from './bench/chromium-trace';
import { arabicBody, arabicPage } from './bench/pages';
import { median, sleep } from './bench/stats';

const REPS = Number(process.env.HIGHLIGHT_REPS ?? 3);

interface Case {
  name: string;
  /** How many ranges, and where: in the view, the first paragraphs, or far below. */
  count: number;
  where: 'none' | 'view' | 'first' | 'near' | 'far';
  observeOnly?: boolean;
  noRule?: boolean;
}

const CASES: Case[] = [
  { name: 'the page alone', count: 0, where: 'none' },
  { name: '10 ranges in the view', count: 10, where: 'view' },
  { name: '40 ranges in the view', count: 40, where: 'view' },
  { name: '400 ranges, first 400 paragraphs', count: 400, where: 'first' },
  { name: '40 ranges 2 to 4 screens down', count: 40, where: 'near' },
  { name: '40 ranges 20 screens down', count: 40, where: 'far' },
  { name: 'observer on 400 paragraphs, no highlight', count: 400, where: 'first', observeOnly: true },
  { name: '40 in the view, no ::highlight rule', count: 40, where: 'view', noRule: true },
];

/** The page's own setup, run in the page before the trace: returns how many ranges it made. */
function setup(c: Case): string {
  return `(() => {
    const c = ${JSON.stringify(c)};
    if (!c.noRule) {
      const style = document.createElement('style');
      style.textContent = '::highlight(floor) { background-color: rgba(200, 120, 0, 0.3); }';
      document.head.append(style);
    }
    const ranges = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t && ranges.length < c.count; t = walker.nextNode()) {
      if (t.data.length < 40) continue;
      const top = t.parentElement.getBoundingClientRect().top;
      if (c.where === 'view' && top > innerHeight) break;
      if (c.where === 'near' && (top < innerHeight * 2 || top > innerHeight * 4)) continue;
      if (c.where === 'far' && top < innerHeight * 20) continue;
      const pairs = c.where === 'view' ? [[5, 15], [20, 30]] : [[5, 15]];
      for (const [a, b] of pairs) {
        const r = document.createRange();
        r.setStart(t, a);
        r.setEnd(t, b);
        ranges.push(r);
      }
    }
    ranges.length = Math.min(ranges.length, c.count);
    if (c.observeOnly) {
      const io = new IntersectionObserver(() => {}, { rootMargin: '25% 0px' });
      for (const r of ranges) io.observe(r.startContainer.parentElement);
      self.keep = io;
    } else if (ranges.length) CSS.highlights.set('floor', new Highlight(...ranges));
    return ranges.length;
  })()`;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'rafiq-highlight-'));
  await copyFile(join(REPO, 'scripts', 'bench', 'page', 'frame.js'), join(dir, 'frame.js'));
  await writeFile(
    join(dir, 'frame.html'),
    arabicPage(`<p id="tick">نبض</p>${await arabicBody()}`, ['frame.js'], '<style>#tick.on { color: #b00; }</style>'),
  );
  const server = await serveFolders({ floor: dir });
  const session = await launchChromium({ extension: false });
  const perFrame = new Map<string, number[]>();
  const made = new Map<string, number>();
  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (const c of CASES) {
        const page = await session.context.newPage();
        await page.goto(`${server.origin}/floor/frame.html`);
        made.set(c.name, Number(await page.evaluate(setup(c))));
        await sleep(800);
        const cdp = await session.context.newCDPSession(page);
        const events = await record(cdp, async () => {}, 2000);
        const thread = pageMainThread(events, '/floor/frame.html');
        const busy = tasksOf(events, thread).reduce((a, t) => a + t.dur, 0) / 1000;
        const frames = events.filter(
          (e) => e.name === 'FireAnimationFrame' && e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X',
        ).length;
        if (frames < 5) throw new Error(`the page's animation drew ${frames} frames in 2 s`);
        perFrame.set(c.name, [...(perFrame.get(c.name) ?? []), busy / frames]);
        await page.close();
      }
    }
  } finally {
    await session.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const alone = median(perFrame.get(CASES[0]?.name ?? '') ?? []);
  console.log(`CSS Custom Highlight API, Chromium, 1 M-character page, main-thread ms per frame (median of ${REPS}):`);
  for (const c of CASES) {
    const ms = median(perFrame.get(c.name) ?? []);
    const label = `${c.name} (${made.get(c.name)} made)`;
    console.log(
      `  ${label.padEnd(52)} ${ms.toFixed(2)} ms   ${c.where === 'none' ? '' : `${ms - alone >= 0 ? '+' : '−'}${Math.abs(ms - alone).toFixed(2)} ms`}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
