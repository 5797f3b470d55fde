/**
 * npm run bench:page — the built extension on an Arabic page of 1 M characters of text (the seed
 * report on top of SaudiNewsNet articles, so it is summit coverage and Rafiq paints it;
 * BENCH_PAGE_CHARS=100000 for the 100 K page), in real Chromium and
 * Firefox, measured from the browser's own record of every main-thread task (a CDP trace in
 * Chromium, the Gecko profiler in Firefox), never from Rafiq's marks alone:
 *   - a load: Rafiq's main-thread time = the page with the extension − the same page in the same
 *     browser without it (loads alternating, medians); its tasks, the longest; the floor (walk
 *     every text node) and the limit (walk + one fold/split/lookup scan), the page's own scripts;
 *   - hover → card painted, p50/p95, the first card of each fresh page included;
 *   - the frame tax: main-thread ms per frame of the page's own animation with every mention
 *     highlighted, with and without Rafiq;
 *   - a live page: a 1 Hz clock, Rafiq's added main-thread ms per second;
 *   - memory (Chromium): the JS heap Rafiq adds at peak and after the load.
 * Writes artifacts/bench-page.json. Run `npm run build` first. BENCH_BROWSERS=chromium,firefox
 * chooses browsers; scripts/bench/config.ts lists the other knobs (BENCH_RUNS …).
 */

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO, serveFolders } from '../e2e/server';
import { buildGlossary } from '../glossary/build';
import { benchChromium } from './bench/chromium';
import { benchConfig, pageChars } from './bench/config';
import { benchFirefox } from './bench/firefox';
import { arabicBody, arabicPage, textLength } from './bench/pages';
import type { BrowserResult } from './bench/results';
import { median, quantile } from './bench/stats';

const OUT = join(REPO, 'artifacts', 'bench');
const PAGE_SCRIPTS = join(REPO, 'scripts', 'bench', 'page');

async function writePages(chars: number) {
  await mkdir(join(OUT, 'page'), { recursive: true });
  for (const file of ['baselines.js', 'frame.js', 'clock.js'])
    await copyFile(join(PAGE_SCRIPTS, file), join(OUT, 'page', file));
  // The limit looks up every word of the glossary's folded names, as Rafiq's matcher would.
  const { index } = buildGlossary();
  const words = [...new Set(Object.keys(index.full).flatMap((key) => key.split(' ')))];
  await writeFile(join(OUT, 'page', 'words.js'), `self.BENCH_WORDS = ${JSON.stringify(words)};\n`);
  const body = await arabicBody(chars);
  await writeFile(join(OUT, 'read.html'), arabicPage(body));
  await writeFile(join(OUT, 'plain.html'), arabicPage(body, ['page/words.js', 'page/baselines.js']));
  // The animated element is in the flow of the text, as a page's own widgets are, not on a layer of its own.
  await writeFile(
    join(OUT, 'frame.html'),
    arabicPage(`<p id="tick">نبض</p>${body}`, ['page/frame.js'], '<style>#tick.on { color: #b00; }</style>'),
  );
  await writeFile(join(OUT, 'clock.html'), arabicPage(`<p id="clock">آخر تحديث</p>${body}`, ['page/clock.js']));
  return textLength(body);
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(1)}×` : 'n/a');

function table(r: BrowserResult): string {
  const rows: Array<[string, string]> = [];
  const { read, hover, frame, live, memory } = r;
  if (read) {
    rows.push(
      [
        'Rafiq main-thread total (with − without)',
        `${f1(read.rafiqMs)} ms wall, ${f1(read.rafiqCpuMs)} ms CPU (loads ${f1(median(read.withCpuMs))} / ${f1(median(read.withoutCpuMs))} ms CPU)`,
      ],
      [
        '  loads with / without (medians)',
        `${f1(median(read.withMs))} / ${f1(median(read.withoutMs))} ms over ${r.runs} + ${r.runs}`,
      ],
      [
        r.browser === 'firefox' ? '  awake stretches with extension script' : '  tasks that ran extension script',
        `${read.tasks.count}, ${f1(read.tasks.ms)} ms, longest ${f1(read.tasks.longestMs)} ms` +
          (Number.isFinite(read.tasks.longestBesidesLayoutMs)
            ? ` (${f1(read.tasks.longestBesidesLayoutMs)} ms besides layout)`
            : ''),
      ],
      ['  ranges registered at the top of the page (default mode)', String(read.highlights)],
      [
        'floor: walk every text node',
        `${f1(read.floorMs)} ms (${f1(read.floorCpuMs)} CPU)   Rafiq = ${ratio(read.rafiqMs, read.floorMs)} the floor (CPU ${ratio(read.rafiqCpuMs, read.floorCpuMs)})`,
      ],
      [
        'limit: walk + fold/split/lookup scan',
        `${f1(read.limitMs)} ms (${f1(read.limitCpuMs)} CPU)   Rafiq = ${ratio(read.rafiqMs, read.limitMs)} the limit (CPU ${ratio(read.rafiqCpuMs, read.limitCpuMs)})`,
      ],
    );
  }
  if (hover)
    rows.push(
      [
        'hover → card painted',
        `p50 ${f1(hover.p50)} ms, p95 ${f1(hover.p95)} ms (${hover.samples.length} hovers, ${hover.missed} without a card); first cards ${hover.first.map(f1).join(', ')} ms`,
      ],
      [
        '  main-thread busy per hover (move on → move off)',
        `p50 ${f1(quantile(hover.busy, 0.5))} ms, p95 ${f1(quantile(hover.busy, 0.95))} ms, most ${f1(Math.max(...hover.busy))} ms`,
      ],
    );
  if (frame)
    rows.push([
      `frame tax (${frame.overPage} ranges over the page, ${frame.highlights} near the view; highlightMode all)`,
      `${f1(frame.withMsPerFrame)} vs ${f1(frame.withoutMsPerFrame)} ms per frame: +${f1(frame.taxMs)} ms (CPU +${f1(frame.taxCpuMs)} ms)`,
    ]);
  if (live)
    rows.push([
      `live page (1 Hz clock, ${live.seconds} s, default mode)`,
      `+${f1(live.rafiqMsPerS)} ms/s, CPU +${f1(live.rafiqCpuMsPerS)} ms/s (${f1(live.withMsPerS)} vs ${f1(live.withoutMsPerS)}; extension tasks ${f1(live.extensionMsPerS)} ms/s)`,
    ]);
  if (read)
    rows.push([
      'memory: JS heap added',
      memory
        ? `peak +${f1(memory.peakAddedMB)} MB, retained after GC +${f1(memory.retainedAddedMB)} MB`
        : 'n/a (no heap measurement over WebDriver BiDi)',
    ]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`${r.browser}: ${r.method}; ${f1(r.seconds)} s`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join(
    '\n',
  );
}

async function main() {
  const started = Date.now();
  const chars = await writePages(pageChars());
  const server = await serveFolders({ bench: OUT });
  const browsers = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  const results: BrowserResult[] = [];
  try {
    const config = benchConfig(server.origin);
    // One browser at a time: the machine may have two cores, and the two would share them.
    if (browsers.includes('chromium')) results.push(await benchChromium(config));
    if (browsers.includes('firefox')) results.push(await benchFirefox(config));
  } finally {
    await server.close();
  }
  if (!results.length) throw new Error(`BENCH_BROWSERS=${browsers.join(',')} names no browser this bench knows`);
  await writeFile(
    join(REPO, 'artifacts', 'bench-page.json'),
    `${JSON.stringify({ results, seconds: (Date.now() - started) / 1000 }, null, 2)}\n`,
  );
  console.log(
    `page benchmark, Arabic page of ${Math.round(chars / 1000)} K characters (${f1((Date.now() - started) / 1000)} s in all)`,
  );
  for (const r of results) console.log(table(r));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
