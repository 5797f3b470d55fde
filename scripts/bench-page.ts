/**
 * npm run bench:page — the built extension on heavy pages in real Chromium, measured by Rafiq's
 * own User Timing marks (page/timing.ts):
 *   - a ~1 MB Arabic page (the seed report on top of SaudiNewsNet articles, so it is summit
 *     coverage and everything is painted): main-thread time to read, detect, match and paint,
 *     and the long tasks (> 50 ms) the page saw;
 *   - the same page, hovering a highlighted name: from the pointer coming to rest (the hover
 *     delay over) to the card drawn;
 *   - a ~1 MB English page: the probe's time (the only script such a page gets);
 *   - baselines in a browser without the extension, on the same Arabic page: walking every text
 *     node (the floor), and mark.js highlighting the same alias list.
 * Writes artifacts/bench-page.json. Run `npm run build` first.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchChromium } from '../e2e/browsers';
import { REPO, serveFolders } from '../e2e/server';
import { buildGlossary } from '../glossary/build';
import { fullForms } from '../glossary/compile';
import { glossary } from '../glossary/index';
import { readSaudiArticles, SEED } from './corpus';

const MB = 1024 * 1024;
const OUT = join(REPO, 'artifacts', 'bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function arabicPage(): Promise<string> {
  const seed = await readFile(SEED, 'utf8');
  const parts = [
    `<article>${seed
      .split('\n')
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}</article>`,
  ];
  let size = Buffer.byteLength(parts[0] as string);
  for (const a of readSaudiArticles()) {
    const html = `<section><h2>${escapeHtml(a.title)}</h2>${a.content
      .split(/\n+/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}</section>`;
    parts.push(html);
    size += Buffer.byteLength(html);
    if (size >= MB) break;
  }
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>bench</title></head><body>${parts.join('\n')}</body></html>`;
}

/** English filler written for this benchmark, repeated to ~1 MB. */
function englishPage(): string {
  const paragraph =
    '<p>The committee met on Tuesday to review the budget for the coming year. Members discussed road repairs, ' +
    'school buildings and the new library, and agreed to publish a full report next month. Residents may send ' +
    'comments by post or in person at the town hall during opening hours.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${paragraph.repeat(
    Math.ceil(MB / paragraph.length),
  )}</body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'arabic-1mb.html'), await arabicPage());
  await writeFile(join(OUT, 'english-1mb.html'), englishPage());
  const server = await serveFolders({ bench: OUT });
  const results: Record<string, unknown> = {};

  // With the extension.
  const session = await launchChromium();
  const reads: number[] = [];
  const paints: number[] = [];
  const hovers: number[] = [];
  const longTasks: number[] = [];
  const slices: number[] = [];
  const probes: number[] = [];
  try {
    await session.context.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/bench/arabic-1mb.html`);
      await page.waitForFunction(() => performance.getEntriesByName('rafiq:paint').length > 0, null, {
        timeout: 60_000,
      });
      const m = await page.evaluate(() => ({
        read: performance.getEntriesByName('rafiq:read').map((e) => e.duration),
        slices: performance.getEntriesByName('rafiq:slice').map((e) => e.duration),
        paint: performance.getEntriesByName('rafiq:paint').map((e) => e.duration),
        long: (window as unknown as { __long: number[] }).__long,
        highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      }));
      reads.push(m.read[0] ?? NaN);
      paints.push(m.paint[0] ?? NaN);
      longTasks.push(...m.long);
      slices.push(...m.slices);
      results.highlightedRanges = m.highlights;

      // Hover the first highlighted person a few times, moving away in between.
      const point = await page.evaluate(() => {
        const [range] = [...(CSS.highlights.get('rafiq-person') ?? [])] as Range[];
        range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range?.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      });
      if (point) {
        for (let i = 0; i < 5; i++) {
          await page.mouse.move(2, 2);
          await page.waitForTimeout(400);
          await page.mouse.move(point.x, point.y);
          // Past the hover delay (150 ms by default): the card opens once the pointer rests.
          await page.waitForTimeout(350);
        }
        hovers.push(...(await page.evaluate(() => performance.getEntriesByName('rafiq:hover').map((e) => e.duration))));
      }
      await page.close();

      const english = await session.context.newPage();
      await english.goto(`${server.origin}/bench/english-1mb.html`);
      await english.waitForFunction(() => performance.getEntriesByName('rafiq:probe').length > 0, null, {
        timeout: 30_000,
      });
      probes.push(
        ...(await english.evaluate(() => performance.getEntriesByName('rafiq:probe').map((e) => e.duration))),
      );
      await english.close();
    }
  } finally {
    await session.close();
  }

  // Without the extension: the floor and mark.js on the same page and aliases.
  const aliases = [...new Set(glossary.flatMap((e) => [...fullForms(e), ...(e.ar.short ?? [])]))].sort(
    (a, b) => b.length - a.length,
  );
  const markJs = await readFile(join(REPO, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  const plain = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const walks: number[] = [];
  let markMs = NaN;
  let markCount = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await plain.newPage();
      await page.goto(`${server.origin}/bench/arabic-1mb.html`);
      walks.push(
        await page.evaluate(() => {
          const t0 = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let chars = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
          return chars >= 0 ? performance.now() - t0 : NaN;
        }),
      );
      await page.close();
    }
    const page = await plain.newPage();
    await page.goto(`${server.origin}/bench/arabic-1mb.html`);
    await page.addScriptTag({ content: markJs });
    // Passed as source text: tsx would wrap the callbacks of a function in a helper the page lacks.
    const mark = (await page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      new Mark(document.body).mark(${JSON.stringify(aliases)}, {
        separateWordSearch: false,
        diacritics: false,
        done: (count) => resolve({ ms: performance.now() - t0, count }),
      });
    })`)) as { ms: number; count: number };
    markMs = mark.ms;
    markCount = mark.count;
    await page.close();
  } finally {
    await plain.close();
    await server.close();
  }

  const { index } = buildGlossary();
  Object.assign(results, {
    page: { arabicBytes: MB, aliases: aliases.length, compiledForms: Object.keys(index.full).length },
    rafiqReadMs: median(reads),
    rafiqPaintMs: median(paints),
    rafiqTotalMs: median(reads.map((r, i) => r + (paints[i] ?? 0))),
    rafiqSlices: { count: slices.length / RUNS, longestMs: Math.max(...slices) },
    longTasksOver50Ms: longTasks.length,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    hoverToCardMs: { median: median(hovers), max: hovers.length ? Math.max(...hovers) : NaN, samples: hovers.length },
    probeOnEnglishMs: median(probes),
    floorWalkTextNodesMs: median(walks),
    markJs: { ms: markMs, marks: markCount },
  });
  await writeFile(join(REPO, 'artifacts', 'bench-page.json'), `${JSON.stringify(results, null, 2)}\n`);

  const f = (n: number) => `${n.toFixed(1)} ms`;
  const r = results as {
    rafiqReadMs: number;
    rafiqPaintMs: number;
    rafiqTotalMs: number;
    rafiqSlices: { count: number; longestMs: number };
    longTasksOver50Ms: number;
    longestTaskMs: number;
    hoverToCardMs: { median: number; max: number; samples: number };
    probeOnEnglishMs: number;
    floorWalkTextNodesMs: number;
    markJs: { ms: number; marks: number };
    highlightedRanges: number;
  };
  console.log(`page benchmark (Chromium, median of ${RUNS} loads), 1 MB Arabic page, ${aliases.length} aliases:`);
  console.log(`  rafiq read + detect + match + place ranges   ${f(r.rafiqReadMs)}`);
  console.log(`  rafiq paint (${r.highlightedRanges} ranges)             ${f(r.rafiqPaintMs)}`);
  console.log(`  rafiq total main-thread                       ${f(r.rafiqTotalMs)}`);
  console.log(`  rafiq's tasks: ${r.rafiqSlices.count} per load, longest             ${f(r.rafiqSlices.longestMs)}`);
  console.log(`  long tasks > 50 ms seen by the page           ${r.longTasksOver50Ms} (longest ${f(r.longestTaskMs)})`);
  console.log(
    `  hover settled → card drawn                   ${f(r.hoverToCardMs.median)} median, ${f(r.hoverToCardMs.max)} max (${r.hoverToCardMs.samples} hovers)`,
  );
  console.log(`  probe on a 1 MB English page                  ${f(r.probeOnEnglishMs)}`);
  console.log(`  floor: walking every text node                ${f(r.floorWalkTextNodesMs)}`);
  console.log(
    `  mark.js, same aliases (${r.markJs.marks} marks)         ${f(r.markJs.ms)}  (rafiq is ${(r.markJs.ms / r.rafiqTotalMs).toFixed(0)}× faster)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
