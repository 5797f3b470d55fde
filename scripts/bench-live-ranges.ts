/**
 * npx tsx scripts/bench-live-ranges.ts — what live Ranges cost a page's own DOM edits, without
 * Rafiq. A browser keeps every live Range of a document up to date on every insertion, removal and
 * text edit anywhere in it, so each one a script holds makes each of the page's own edits dearer;
 * a StaticRange is not kept up to date and costs nothing. Rafiq holds one live Range per mention.
 *
 * The page: 20,000 paragraphs of Arabic. Its own script (a framework re-rendering, a ticker)
 * inserts and removes a small element 6,000 times; before that, the page holds N Ranges over its
 * text (live or static). Each case runs in a fresh page, LIVE_RANGES_REPS times (default 3),
 * alternating; prints the median time of the page's edits and the ratio to the page alone, in
 * Chromium and in Firefox. (A Range here is the page's own, the same kind a content script makes:
 * both browsers keep a document's ranges in one list, whoever made them.)
 *
 * Then the same edits on the 1 M-character Arabic page of `npm run bench:page`, in Chromium with
 * and without the built extension (after Rafiq has painted it): what Rafiq's own ranges cost the
 * page's edits.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, launchFirefox } from '../e2e/browsers';
import { serveFolders } from '../e2e/server';
import { HIGHLIGHT_COUNT } from './bench/page-world';
import { arabicBody, arabicPage } from './bench/pages';
import { median, sleep } from './bench/stats';

const REPS = Number(process.env.LIVE_RANGES_REPS ?? 3);
const PARAGRAPHS = 20_000;
const EDITS = 6_000;

interface Case {
  kind: 'none' | 'live' | 'static';
  count: number;
}

const CASES: Case[] = [
  { kind: 'none', count: 0 },
  { kind: 'live', count: 400 },
  { kind: 'static', count: 400 },
  { kind: 'live', count: 5_000 },
  { kind: 'static', count: 5_000 },
  { kind: 'live', count: 20_000 },
  { kind: 'static', count: 20_000 },
];

const HTML = `<!doctype html><html lang="ar" dir="rtl"><body>${Array.from(
  { length: PARAGRAPHS },
  (_, i) => `<p>نص الفقرة رقم ${i} عن العلاقات بين الصين ودول آسيا الوسطى</p>`,
).join('')}</body></html>`;

/** Runs in the page: makes the ranges, then times the page's own edits (ms). */
function pageEdits({ kind, count, edits }: Case & { edits: number }): number {
  const held: AbstractRange[] = [];
  const paragraphs = document.querySelectorAll('p');
  for (let i = 0; i < count; i++) {
    const text = paragraphs[i % paragraphs.length]?.firstChild as Text;
    if (kind === 'live') {
      const range = document.createRange();
      range.setStart(text, 4);
      range.setEnd(text, 9);
      held.push(range);
    } else {
      held.push(new StaticRange({ startContainer: text, startOffset: 4, endContainer: text, endOffset: 9 }));
    }
  }
  const host = document.createElement('div');
  document.body.append(host);
  const started = performance.now();
  for (let i = 0; i < edits; i++) {
    const span = document.createElement('span');
    span.textContent = String(i);
    host.append(span);
    span.remove();
  }
  const elapsed = performance.now() - started;
  // Kept alive to the end of the timing, so no range is collected before it.
  (window as unknown as { held: unknown }).held = held.length;
  host.remove();
  return elapsed;
}

type Run = (c: Case) => Promise<number>;

async function measure(browserName: string, run: Run) {
  const times = new Map<Case, number[]>(CASES.map((c) => [c, []]));
  for (let rep = 0; rep < REPS; rep++) for (const c of CASES) times.get(c)?.push(await run(c));
  const alone = median(times.get(CASES[0] as Case) ?? []);
  console.log(`\n${browserName}: ${EDITS} insertions and removals by the page, median of ${REPS}`);
  for (const c of CASES) {
    const ms = median(times.get(c) ?? []);
    const label = c.kind === 'none' ? 'the page alone' : `${c.count} ${c.kind} ranges`;
    console.log(
      `  ${label.padEnd(22)} ${ms.toFixed(1).padStart(8)} ms  ×${(ms / alone).toFixed(1).padStart(6)}` +
        `  (${(((ms - alone) / EDITS) * 1000).toFixed(2)} µs more per edit)`,
    );
  }
}

/** The page's edits on the 1 M page, in Chromium with Rafiq loaded or not, after it painted. */
async function withRafiq() {
  const dir = await mkdtemp(join(tmpdir(), 'rafiq-live-ranges-'));
  await writeFile(join(dir, 'page.html'), arabicPage(await arabicBody()));
  const server = await serveFolders({ edits: dir });
  const times: Record<'without' | 'with', number[]> = { without: [], with: [] };
  let held = 0;
  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (const loaded of [false, true]) {
        const session = await launchChromium({ extension: loaded });
        try {
          const page = await session.context.newPage();
          await page.goto(`${server.origin}/edits/page.html`);
          if (loaded) {
            // Rafiq has read and painted the page when its registry holds ranges and stays so.
            await page.waitForFunction(`${HIGHLIGHT_COUNT} > 0`, undefined, { timeout: 60_000 });
            held = Number(await page.evaluate(HIGHLIGHT_COUNT));
          }
          await sleep(2_000);
          times[loaded ? 'with' : 'without'].push(
            await page.evaluate(pageEdits, { kind: 'none' as const, count: 0, edits: EDITS }),
          );
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const without = median(times.without);
  const withIt = median(times.with);
  console.log(`\nChromium, the 1 M page: ${EDITS} insertions and removals by the page, median of ${REPS}`);
  console.log(`  without Rafiq            ${without.toFixed(1).padStart(8)} ms`);
  console.log(
    `  with Rafiq (${held} ranges painted) ${withIt.toFixed(1).padStart(8)} ms  ×${(withIt / without).toFixed(2)}` +
      `  (${(((withIt - without) / EDITS) * 1000).toFixed(2)} µs more per edit)`,
  );
}

async function main() {
  const chromium = await launchChromium({ extension: false });
  try {
    await measure('Chromium', async (c) => {
      const page = await chromium.context.newPage();
      await page.setContent(HTML);
      const ms = await page.evaluate(pageEdits, { ...c, edits: EDITS });
      await page.close();
      return ms;
    });
  } finally {
    await chromium.close();
  }
  const firefox = await launchFirefox({ extension: false });
  try {
    await measure('Firefox', async (c) => {
      const page = await firefox.browser.newPage();
      await page.setContent(HTML);
      const ms = await page.evaluate(pageEdits, { ...c, edits: EDITS });
      await page.close();
      return ms;
    });
  } finally {
    await firefox.close();
  }
  await withRafiq();
}

void main();
