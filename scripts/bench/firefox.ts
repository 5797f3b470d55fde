/**
 * The page benchmark in Firefox: two browsers (with the extension and without) run under the Gecko
 * profiler from start to shutdown (MOZ_PROFILER_STARTUP / MOZ_PROFILER_SHUTDOWN: WebDriver BiDi
 * has no tracing, and a profile is the one record here of every main-thread task). The bench
 * notes, by the wall clock, windows in which only a navigation or an input ran, and reads each
 * window back from the profile once the browsers have closed (see gecko-profile.ts).
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type FirefoxSession, launchFirefox } from '../../e2e/browsers';
import { openFirefoxExtensionPage } from '../../e2e/driver';
import type { BenchConfig } from './config';
import {
  containing,
  contentMainThreads,
  cpuOf,
  type Interval,
  lengthOf,
  type MainThread,
  within,
} from './gecko-profile';
import { HIGHLIGHT_COUNT, HOVER_POINTS, PAINTED_OVER_PAGE } from './page-world';
import {
  type BrowserResult,
  type FrameResult,
  frameResult,
  type HoverResult,
  type LiveResult,
  type ReadResult,
} from './results';
import { median, quantile, sleep } from './stats';

const isExtension = (label: string) => label.includes('moz-extension://');

function profilerEnv(file: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_SHUTDOWN: file,
    // JS frames and the thread's CPU use; no native stack walking (it would only make the profile larger).
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu,nomarkerstacks',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_STARTUP_INTERVAL: '1',
    // 64 M entries: the whole session, so nothing is overwritten before shutdown.
    MOZ_PROFILER_STARTUP_ENTRIES: String(64 * 2 ** 20),
  };
}

interface Window extends Interval {
  /** A text only this window's page has in its address. */
  url: string;
}

/** Opens `url`, waits for Rafiq's highlights (when there), then lets the page go quiet. */
async function readyPage(session: FirefoxSession, url: string, extension: boolean): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url);
  if (extension) {
    const deadline = Date.now() + 30_000;
    while (Number(await page.evaluate(HIGHLIGHT_COUNT)) === 0) {
      if (Date.now() > deadline) throw new Error(`Firefox: no highlights on ${url}`);
      await sleep(100);
    }
  }
  await sleep(1000);
  return page;
}

export async function benchFirefox(config: BenchConfig): Promise<BrowserResult> {
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'rafiq-gecko-'));
  const files = { with: join(dir, 'with.json'), without: join(dir, 'without.json') };
  const sessions = {
    with: await launchFirefox({ env: profilerEnv(files.with) }),
    without: await launchFirefox({ extension: false, env: profilerEnv(files.without) }),
  };
  const u = (file: string, tag: string) => `${config.origin}/bench/${file}?w=${tag}`;
  const windows = {
    loads: { with: [] as Window[], without: [] as Window[] },
    frame: { with: [] as Window[], without: [] as Window[] },
    live: { with: [] as Window[], without: [] as Window[] },
    hover: [] as Array<Window & { moves: number[] }>,
  };
  let highlights = 0;
  let frameHighlights = { overPage: 0, registered: 0 };
  const phase = config.phases;
  try {
    // Warm-up loads, thrown away (cold caches).
    for (const key of ['with', 'without'] as const) {
      const page = await sessions[key].browser.newPage();
      await page.goto(u(key === 'with' ? 'read.html' : 'plain.html', `warm-${key}`));
      await sleep(config.loadWaitMs / 2);
      await page.close();
    }
    for (let run = 0; phase.has('load') && run < config.runs; run++) {
      for (const key of ['with', 'without'] as const) {
        const page = await sessions[key].browser.newPage();
        const url = u(key === 'with' ? 'read.html' : 'plain.html', `load-${key}-${run}`);
        const start = Date.now();
        // Not awaited: from here to the window's end only the clock runs.
        void page.goto(url).catch(() => {});
        await sleep(config.loadWaitMs);
        windows.loads[key].push({ url, start, end: Date.now() });
        if (key === 'with') highlights = Number(await page.evaluate(HIGHLIGHT_COUNT));
        await page.close();
      }
      config.log(`firefox load ${run + 1}/${config.runs}`);
    }

    // The live page as a reader has it (highlightMode first); then every mention highlighted
    // (about 400 ranges) for the frame tax and the hovers, and cards at once on hover.
    for (const key of phase.has('live') ? (['with', 'without'] as const) : []) {
      const url = u('clock.html', `live-${key}`);
      const page = await readyPage(sessions[key], url, key === 'with');
      const start = Date.now();
      await sleep(config.liveSeconds * 1000);
      windows.live[key].push({ url, start, end: Date.now() });
      await page.close();
    }
    const settings = await openFirefoxExtensionPage(sessions.with, 'popup.html?tab=-1');
    // `inspectable`: Rafiq's User Timing marks (rafiq:hover), which readers' pages never get.
    await settings.evaluate(() => browser.storage.sync.set({ highlightMode: 'all', hoverDelay: 0, inspectable: true }));
    await settings.close();

    for (let run = 0; phase.has('frame') && run < config.frameRuns; run++) {
      for (const key of ['with', 'without'] as const) {
        const url = u('frame.html', `frame-${key}-${run}`);
        const page = await readyPage(sessions[key], url, key === 'with');
        if (key === 'with')
          frameHighlights = {
            overPage: Number(await page.evaluate(PAINTED_OVER_PAGE)),
            registered: Number(await page.evaluate(HIGHLIGHT_COUNT)),
          };
        const start = Date.now();
        await sleep(config.frameMs);
        windows.frame[key].push({ url, start, end: Date.now() });
        await page.close();
      }
    }
    for (let p = 0; phase.has('hover') && p < config.hoverPages; p++) {
      const url = u('read.html', `hover-${p}`);
      const page = await readyPage(sessions.with, url, true);
      const points = (await page.evaluate(HOVER_POINTS(config.hoversPerPage))) as Array<{ x: number; y: number }>;
      if (!points.length) throw new Error('Firefox: no highlighted range in the viewport to hover');
      await page.mouse.move(3, 3);
      await sleep(300);
      const moves: number[] = [];
      const start = Date.now();
      for (const point of points) {
        moves.push(Date.now());
        await page.mouse.move(point.x, point.y);
        await sleep(config.hoverGapMs);
        moves.push(Date.now());
        await page.mouse.move(3, 3);
        await sleep(config.hoverGapMs);
      }
      windows.hover.push({ url, start, end: Date.now(), moves });
      await page.close();
    }
  } finally {
    // Shutting down writes each profile.
    await sessions.with.close();
    await sessions.without.close();
  }
  try {
    const threads = {
      with: await contentMainThreads(files.with),
      without: await contentMainThreads(files.without),
    };
    const read = phase.has('load') ? readFrom(config, threads, windows.loads, highlights) : null;
    const frame = phase.has('frame') ? frameFrom(threads, windows.frame, frameHighlights, config) : null;
    const live = phase.has('live') ? liveFrom(threads, windows.live, config) : null;
    const hover = phase.has('hover') ? hoverFrom(threads.with, windows.hover) : null;
    return {
      browser: 'firefox',
      method:
        'Gecko profiler from start to shutdown: Awake markers of the content main thread (every task), 1 ms JS samples attribute extension script',
      runs: config.runs,
      read,
      hover,
      frame,
      live,
      memory: null,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    // BENCH_KEEP_PROFILES=1 leaves them for the Firefox Profiler (profiler.firefox.com, "Load a file").
    if (process.env.BENCH_KEEP_PROFILES) config.log(`Firefox profiles kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

type Threads = { with: MainThread[]; without: MainThread[] };

function threadFor(threads: readonly MainThread[], url: string): MainThread {
  const tag = new URL(url).search;
  const found = threads.filter((t) => t.mentions(tag));
  if (found.length !== 1)
    throw new Error(`Firefox: ${found.length} content processes show ${url} in the profile (expected 1)`);
  return found[0] as MainThread;
}

function readFrom(
  config: BenchConfig,
  threads: Threads,
  loads: { with: Window[]; without: Window[] },
  highlights: number,
): ReadResult {
  const totals = { with: [] as number[], without: [] as number[] };
  const cpu = { with: [] as number[], without: [] as number[], floor: [] as number[], limit: [] as number[] };
  const ext = { count: [] as number[], ms: [] as number[], longest: [] as number[] };
  for (const w of loads.with) {
    const thread = threadFor(threads.with, w.url);
    const awake = within(thread.awake, w.start, w.end);
    totals.with.push(lengthOf(awake));
    cpu.with.push(cpuOf(awake));
    const mine = containing(awake, thread.samplesWhere(isExtension));
    if (!mine.length) throw new Error('Firefox: no task ran extension script: the extension did not run');
    const busy = mine.filter((i) => i.end - i.start > 5);
    const last = busy.length ? Math.max(...busy.map((i) => i.end)) : w.start;
    if (w.end - last < config.idleMs)
      throw new Error(
        `Firefox: Rafiq was still working ${(config.idleMs - (w.end - last)).toFixed(0)} ms before the window ended; raise BENCH_LOAD_WAIT_MS`,
      );
    ext.count.push(mine.length);
    ext.ms.push(lengthOf(mine));
    ext.longest.push(Math.max(...mine.map((i) => i.end - i.start)));
  }
  const floors: number[] = [];
  const limits: number[] = [];
  for (const w of loads.without) {
    const thread = threadFor(threads.without, w.url);
    const awake = within(thread.awake, w.start, w.end);
    // The task around the baseline's own measure (a floor under 1 ms may have no sample).
    const task = (name: string) =>
      containing(
        awake,
        thread.markers
          .filter((m) => m.name === 'UserTiming' && m.data?.name === name && m.start >= w.start)
          .map((m) => (m.start + m.end) / 2),
      );
    const floor = task('bench:floor');
    const limit = task('bench:limit');
    if (!floor.length || !limit.length) throw new Error('Firefox: the floor or the limit is not in the profile');
    floors.push(lengthOf(floor));
    limits.push(lengthOf(limit));
    cpu.floor.push(cpuOf(floor));
    cpu.limit.push(cpuOf(limit));
    totals.without.push(lengthOf(awake) - lengthOf(floor) - lengthOf(limit));
    cpu.without.push(cpuOf(awake) - cpuOf(floor) - cpuOf(limit));
  }
  return {
    withMs: totals.with,
    withoutMs: totals.without,
    rafiqMs: median(totals.with) - median(totals.without),
    withCpuMs: cpu.with,
    withoutCpuMs: cpu.without,
    rafiqCpuMs: median(cpu.with) - median(cpu.without),
    floorCpuMs: median(cpu.floor),
    limitCpuMs: median(cpu.limit),
    tasks: {
      count: median(ext.count),
      ms: median(ext.ms),
      longestMs: median(ext.longest),
      longestBesidesLayoutMs: Number.NaN,
    },
    floorMs: median(floors),
    limitMs: median(limits),
    highlights,
  };
}

function frameFrom(
  threads: Threads,
  windows: { with: Window[]; without: Window[] },
  highlights: { overPage: number; registered: number },
  config: BenchConfig,
): FrameResult {
  const perFrame = { with: [] as number[], without: [] as number[] };
  const cpuPerFrame = { with: [] as number[], without: [] as number[] };
  const frames = { with: 0, without: 0 };
  for (const key of ['with', 'without'] as const) {
    for (const w of windows[key]) {
      const thread = threadFor(threads[key], w.url);
      const ticks = thread.markers.filter(
        (m) => m.name === 'RefreshDriverTick' && m.start >= w.start && m.end <= w.end,
      );
      if (ticks.length < 5) throw new Error(`Firefox: the page's animation drew ${ticks.length} frames`);
      const awake = within(thread.awake, w.start, w.end);
      perFrame[key].push(lengthOf(awake) / ticks.length);
      cpuPerFrame[key].push(cpuOf(awake) / ticks.length);
      frames[key] += ticks.length;
    }
  }
  if (config.requireHighlights && highlights.overPage < config.minHighlights)
    throw new Error(`Firefox: only ${highlights.overPage} highlighted ranges on the frame page`);
  return frameResult(highlights, perFrame, cpuPerFrame, frames, median);
}

function liveFrom(threads: Threads, windows: { with: Window[]; without: Window[] }, config: BenchConfig): LiveResult {
  const perS = (key: 'with' | 'without') => {
    const w = windows[key][0] as Window;
    const thread = threadFor(threads[key], w.url);
    const awake = within(thread.awake, w.start, w.end);
    const seconds = (w.end - w.start) / 1000;
    return {
      all: lengthOf(awake) / seconds,
      cpu: cpuOf(awake) / seconds,
      ext: lengthOf(containing(awake, thread.samplesWhere(isExtension))) / seconds,
    };
  };
  const a = perS('with');
  const b = perS('without');
  return {
    seconds: config.liveSeconds,
    withMsPerS: a.all,
    withoutMsPerS: b.all,
    rafiqMsPerS: a.all - b.all,
    rafiqCpuMsPerS: a.cpu - b.cpu,
    extensionMsPerS: a.ext,
  };
}

/**
 * For each hover: from the pointermove's dispatch (the first after the driver sent the move) to
 * the end of the first display list sent to the compositor after the card was shown
 * (`rafiq:hover`'s end, or else the end of the last extension task the move started).
 */
function hoverFrom(threads: readonly MainThread[], windows: ReadonlyArray<Window & { moves: number[] }>): HoverResult {
  const samples: number[] = [];
  const first: number[] = [];
  const busy: number[] = [];
  let missed = 0;
  for (const w of windows) {
    const thread = threadFor(threads, w.url);
    const moves = thread.markers.filter(
      (m) => m.name === 'DOMEvent' && m.data?.eventType === 'pointermove' && m.start >= w.start && m.start <= w.end,
    );
    const paints = thread.markers.filter((m) => m.name === 'ForwardDPTransaction' && m.start >= w.start);
    const hovers = thread.markers.filter((m) => m.name === 'UserTiming' && m.data?.name === 'rafiq:hover');
    const ext = containing(within(thread.awake, w.start, w.end), thread.samplesWhere(isExtension));
    for (let i = 0; i < w.moves.length; i += 2) {
      const sent = w.moves[i] as number;
      const next = w.moves[i + 1] as number;
      const move = moves.find((m) => m.start >= sent && m.start < next);
      if (move) busy.push(lengthOf(within(thread.awake, move.start, next)));
      let result: number | null = null;
      if (move) {
        const mark = hovers.find((m) => m.end >= move.start && m.end < next);
        let shown = mark?.end;
        if (shown === undefined) {
          const mine = ext.filter((x) => x.end >= move.start && x.start < move.start + 100 && x.start < next);
          shown = mine.length ? Math.max(...mine.map((x) => x.end)) : undefined;
        }
        const paint =
          shown === undefined ? undefined : paints.find((p) => p.start >= (shown as number) && p.start < next);
        if (paint) result = paint.end - move.start;
      }
      if (result === null) missed++;
      else {
        samples.push(result);
        if (i === 0) first.push(result);
      }
    }
  }
  // A card missing on more than a fifth of the hovers is a broken hover, not a slow one.
  if (!samples.length || missed > (samples.length + missed) / 5)
    throw new Error(`Firefox: ${missed} of ${samples.length + missed} hovers opened no card`);
  return { samples, first, p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), missed, busy };
}
