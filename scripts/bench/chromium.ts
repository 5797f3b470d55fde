/**
 * The page benchmark in Chromium: every figure comes from a CDP trace of the page's renderer main
 * thread, taken while nothing but the page and the browser runs (see chromium-trace.ts). Rafiq's
 * cost is the same page in the same browser with the extension minus without it, loads
 * alternating; the floor and the limit are the page's own scripts, run in the browser without it.
 */

import type { CDPSession, Page } from 'playwright-core';
import { type ChromiumSession, launchChromium } from '../../e2e/browsers';
import {
  commitTime,
  pageMainThread,
  record,
  type Task,
  type Thread,
  type TraceEvent,
  tasksOf,
  traceEnd,
} from './chromium-trace';
import type { BenchConfig } from './config';
import { HIGHLIGHT_COUNT, HOVER_POINTS, PAINTED_OVER_PAGE } from './page-world';
import {
  type BrowserResult,
  type FrameResult,
  frameResult,
  type HoverResult,
  type LiveResult,
  type MemoryResult,
  type ReadResult,
} from './results';
import { median, quantile, sleep, sum } from './stats';

const ms = (us: number) => us / 1000;

async function settings(session: ChromiumSession, values: Record<string, unknown>) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
  await page.evaluate((v) => chrome.storage.sync.set(v), values);
  await page.close();
}

interface Load {
  events: TraceEvent[];
  thread: Thread;
  tasks: Task[];
  page: Page;
  cdp: CDPSession;
}

/** Opens `url` in a fresh tab while tracing, and waits `waitMs` by the clock. */
async function tracedLoad(session: ChromiumSession, url: string, waitMs: number): Promise<Load> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events = await record(cdp, () => cdp.send('Page.navigate', { url }), waitMs);
  const path = new URL(url).pathname;
  const thread = pageMainThread(events, path);
  return { events, thread, tasks: tasksOf(events, thread, commitTime(events, path)), page, cdp };
}

/** Opens `url` and waits until Rafiq (if there) has painted and gone quiet, then `settle` ms. */
async function readyPage(
  session: ChromiumSession,
  url: string,
  extension: boolean,
): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await session.context.newPage();
  await page.goto(url);
  if (extension) await page.waitForFunction(`${HIGHLIGHT_COUNT} > 0`, null, { timeout: 30_000, polling: 100 });
  await sleep(1000);
  return { page, cdp: await session.context.newCDPSession(page) };
}

const busy = (tasks: readonly Task[]) => sum(tasks.map((t) => t.dur));
const cpu = (tasks: readonly Task[]) => sum(tasks.map((t) => t.cpu));

function layoutIn(events: readonly TraceEvent[], thread: Thread, task: Task): number {
  let total = 0;
  for (const e of events) {
    if (e.pid !== thread.pid || e.tid !== thread.tid || e.ph !== 'X') continue;
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts >= task.ts && e.ts < task.ts + task.dur)
      total += e.dur ?? 0;
  }
  return total;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

function peakHeap(events: readonly TraceEvent[], thread: Thread): number {
  let peak = 0;
  for (const e of events) {
    if (e.name !== 'UpdateCounters' || e.pid !== thread.pid) continue;
    peak = Math.max(peak, Number((e.args?.data as { jsHeapSizeUsed?: number } | undefined)?.jsHeapSizeUsed ?? 0));
  }
  return peak;
}

export async function benchChromium(config: BenchConfig): Promise<BrowserResult> {
  const started = Date.now();
  const withExt = await launchChromium();
  const without = await launchChromium({ extension: false });
  try {
    const phase = config.phases;
    const loaded = phase.has('load') ? await loads(config, withExt, without) : null;
    // The live page as a reader has it (highlightMode first); then every mention highlighted
    // (about 400 ranges) for the frame tax and the hovers, and cards at once on hover.
    const live = phase.has('live') ? await livePage(config, withExt, without) : null;
    // `inspectable`: Rafiq's User Timing marks (rafiq:hover), which readers' pages never get.
    await settings(withExt, { highlightMode: 'all', hoverDelay: 0, inspectable: true });
    const frame = phase.has('frame') ? await frameTax(config, withExt, without) : null;
    const hover = phase.has('hover') ? await hovers(config, withExt) : null;
    return {
      browser: 'chromium',
      method: 'CDP trace of the page renderer main thread (every task; V8 samples attribute extension script)',
      runs: config.runs,
      read: loaded?.read ?? null,
      hover,
      frame,
      live,
      memory: loaded?.memory ?? null,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await withExt.close();
    await without.close();
  }
}

async function loads(
  config: BenchConfig,
  withExt: ChromiumSession,
  without: ChromiumSession,
): Promise<{ read: ReadResult; memory: MemoryResult }> {
  const u = (file: string) => `${config.origin}/bench/${file}`;
  // Loads, alternating with and without; the floor and the limit run in the page without.
  const read = { with: [] as number[], without: [] as number[], floor: [] as number[], limit: [] as number[] };
  const cpuOf = { with: [] as number[], without: [] as number[], floor: [] as number[], limit: [] as number[] };
  const extTasks = {
    count: [] as number[],
    ms: [] as number[],
    longest: [] as number[],
    besidesLayout: [] as number[],
  };
  const heap = {
    peakWith: [] as number[],
    peakWithout: [] as number[],
    with: [] as number[],
    without: [] as number[],
  };
  let highlights = 0;
  // A first load of each is thrown away: it pays for the browser's cold caches (fonts, the
  // extension's service worker starting), 1 s and more, in one browser but not the other.
  for (const [session, file] of [
    [withExt, 'read.html'],
    [without, 'plain.html'],
  ] as const) {
    const page = await session.context.newPage();
    await page.goto(u(file));
    await sleep(config.loadWaitMs / 2);
    await page.close();
  }
  for (let run = 0; run < config.runs; run++) {
    const a = await tracedLoad(withExt, u('read.html'), config.loadWaitMs);
    const ext = a.tasks.filter((t) => t.extension);
    if (!ext.length) throw new Error('Chromium: no task ran extension script: the extension did not run');
    // Over when its last task of any size is well before the end; its 1 s watchdog timers
    // (a millisecond or two each) go on for the page's life and are counted, not waited for.
    const lastEnd = Math.max(...ext.filter((t) => t.dur > 5000).map((t) => t.ts + t.dur), 0);
    const idle = ms(traceEnd(a.events) - lastEnd);
    if (idle < config.idleMs)
      throw new Error(
        `Chromium: Rafiq was still working ${config.idleMs - idle} ms before the trace ended; raise BENCH_LOAD_WAIT_MS`,
      );
    read.with.push(ms(busy(a.tasks)));
    cpuOf.with.push(ms(cpu(a.tasks)));
    extTasks.count.push(ext.length);
    extTasks.ms.push(ms(busy(ext)));
    extTasks.longest.push(ms(Math.max(...ext.map((t) => t.dur))));
    extTasks.besidesLayout.push(ms(Math.max(...ext.map((t) => t.dur - layoutIn(a.events, a.thread, t)))));
    heap.peakWith.push(peakHeap(a.events, a.thread));
    heap.with.push(await heapUsed(a.cdp));
    highlights = Number(await a.page.evaluate(HIGHLIGHT_COUNT));
    await a.page.close();

    const b = await tracedLoad(without, u('plain.html'), config.loadWaitMs);
    const baseline = (name: string) => b.tasks.find((t) => t.functions.includes(name));
    const floor = baseline('benchFloor');
    const limit = baseline('benchLimit');
    if (!floor || !limit) throw new Error('Chromium: the floor or the limit did not run in the trace');
    read.floor.push(ms(floor.dur));
    read.limit.push(ms(limit.dur));
    cpuOf.floor.push(ms(floor.cpu));
    cpuOf.limit.push(ms(limit.cpu));
    // The page without Rafiq, but for the baselines' own tasks.
    const pageOwn = b.tasks.filter((t) => !t.scripts.some((s) => s.includes('/bench/page/')));
    read.without.push(ms(busy(pageOwn)));
    cpuOf.without.push(ms(cpu(pageOwn)));
    heap.peakWithout.push(peakHeap(b.events, b.thread));
    heap.without.push(await heapUsed(b.cdp));
    await b.page.close();
    config.log(
      `chromium load ${run + 1}/${config.runs}: with ${read.with.at(-1)?.toFixed(0)} ms, without ${read.without.at(-1)?.toFixed(0)} ms`,
    );
  }
  const readResult: ReadResult = {
    withMs: read.with,
    withoutMs: read.without,
    rafiqMs: median(read.with) - median(read.without),
    withCpuMs: cpuOf.with,
    withoutCpuMs: cpuOf.without,
    rafiqCpuMs: median(cpuOf.with) - median(cpuOf.without),
    floorCpuMs: median(cpuOf.floor),
    limitCpuMs: median(cpuOf.limit),
    tasks: {
      count: median(extTasks.count),
      ms: median(extTasks.ms),
      longestMs: median(extTasks.longest),
      longestBesidesLayoutMs: median(extTasks.besidesLayout),
    },
    floorMs: median(read.floor),
    limitMs: median(read.limit),
    highlights,
  };

  return {
    read: readResult,
    memory: {
      peakAddedMB: (median(heap.peakWith) - median(heap.peakWithout)) / 2 ** 20,
      retainedAddedMB: (median(heap.with) - median(heap.without)) / 2 ** 20,
    },
  };
}

async function frameTax(config: BenchConfig, withExt: ChromiumSession, without: ChromiumSession): Promise<FrameResult> {
  const perFrame = { with: [] as number[], without: [] as number[] };
  const cpuPerFrame = { with: [] as number[], without: [] as number[] };
  const frames = { with: 0, without: 0 };
  let highlights = { overPage: 0, registered: 0 };
  for (let run = 0; run < config.frameRuns; run++) {
    for (const [key, session] of [
      ['with', withExt],
      ['without', without],
    ] as const) {
      const { page, cdp } = await readyPage(session, `${config.origin}/bench/frame.html`, key === 'with');
      if (key === 'with')
        highlights = {
          overPage: Number(await page.evaluate(PAINTED_OVER_PAGE)),
          registered: Number(await page.evaluate(HIGHLIGHT_COUNT)),
        };
      const events = await record(cdp, async () => {}, config.frameMs);
      const thread = pageMainThread(events, '/bench/frame.html');
      const tasks = tasksOf(events, thread);
      const n = events.filter(
        (e) => e.name === 'FireAnimationFrame' && e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X',
      ).length;
      if (n < 5) throw new Error(`Chromium: the page's animation drew ${n} frames in ${config.frameMs} ms`);
      perFrame[key].push(ms(busy(tasks)) / n);
      cpuPerFrame[key].push(ms(cpu(tasks)) / n);
      frames[key] += n;
      await page.close();
    }
  }
  if (config.requireHighlights && highlights.overPage < config.minHighlights)
    throw new Error(`Chromium: only ${highlights.overPage} highlighted ranges on the frame page`);
  return frameResult(highlights, perFrame, cpuPerFrame, frames, median);
}

async function livePage(config: BenchConfig, withExt: ChromiumSession, without: ChromiumSession): Promise<LiveResult> {
  const out = { with: 0, without: 0, extension: 0, withCpu: 0, withoutCpu: 0 };
  for (const [key, session] of [
    ['with', withExt],
    ['without', without],
  ] as const) {
    const { page, cdp } = await readyPage(session, `${config.origin}/bench/clock.html`, key === 'with');
    const events = await record(cdp, async () => {}, config.liveSeconds * 1000);
    const thread = pageMainThread(events, '/bench/clock.html');
    const tasks = tasksOf(events, thread);
    out[key] = ms(busy(tasks)) / config.liveSeconds;
    out[key === 'with' ? 'withCpu' : 'withoutCpu'] = ms(cpu(tasks)) / config.liveSeconds;
    if (key === 'with') out.extension = ms(busy(tasks.filter((t) => t.extension))) / config.liveSeconds;
    await page.close();
  }
  return {
    seconds: config.liveSeconds,
    withMsPerS: out.with,
    withoutMsPerS: out.without,
    rafiqMsPerS: out.with - out.without,
    rafiqCpuMsPerS: out.withCpu - out.withoutCpu,
    extensionMsPerS: out.extension,
  };
}

async function hovers(config: BenchConfig, session: ChromiumSession): Promise<HoverResult> {
  const samples: number[] = [];
  const first: number[] = [];
  const busy: number[] = [];
  let missed = 0;
  for (let p = 0; p < config.hoverPages; p++) {
    const { page, cdp } = await readyPage(session, `${config.origin}/bench/read.html`, true);
    const points = (await page.evaluate(HOVER_POINTS(config.hoversPerPage))) as Array<{ x: number; y: number }>;
    if (!points.length) throw new Error('Chromium: no highlighted range in the viewport to hover');
    const move = (x: number, y: number) => cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await move(3, 3);
    await sleep(300);
    const events = await record(
      cdp,
      async () => {
        // The trace's sampling profiler starts in the first script to run once tracing is on,
        // 50 ms and more inside that task: a move that hovers no term takes it, not the first card.
        await move(6, 6);
        await sleep(300);
        for (const point of points) {
          await move(point.x, point.y);
          await sleep(config.hoverGapMs);
          await move(3, 3);
          await sleep(config.hoverGapMs);
        }
      },
      200,
    );
    const thread = pageMainThread(events, '/bench/read.html');
    const found = hoverLatencies(events, thread, points.length, busy);
    missed += found.filter((x) => x === null).length;
    const got = found.filter((x): x is number => x !== null);
    samples.push(...got);
    if (found[0] != null) first.push(found[0]);
    await page.close();
  }
  // A card missing on more than a fifth of the hovers is a broken hover, not a slow one.
  if (!samples.length || missed > (samples.length + missed) / 5)
    throw new Error(`Chromium: ${missed} of ${samples.length + missed} hovers opened no card`);
  return { samples, first, p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), missed, busy };
}

/**
 * For each hover (moves alternate: onto a term, then away): from the pointermove's dispatch to
 * the end of the first frame committed after the card was shown (`rafiq:hover`'s end, or else
 * the last extension task the move started). Null where no card was seen.
 */
function hoverLatencies(
  events: readonly TraceEvent[],
  thread: Thread,
  hovers: number,
  busy: number[],
): Array<number | null> {
  const main = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
  // The first move starts the profiler (see `hovers`); then onto a term and away, each hover.
  const moves = main
    .filter((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string })?.type === 'pointermove')
    .slice(1);
  if (moves.length !== hovers * 2)
    throw new Error(
      `Chromium: ${moves.length} pointermove events in the hover trace, expected ${hovers * 2} after the first`,
    );
  const tasks = tasksOf(events, thread);
  const out: Array<number | null> = [];
  for (let i = 0; i < hovers; i++) {
    const start = (moves[2 * i] as TraceEvent).ts;
    const until = (moves[2 * i + 1] as TraceEvent).ts;
    busy.push(ms(sum(tasks.filter((t) => t.ts >= start && t.ts < until).map((t) => t.dur))));
    const mark = main.find((e) => e.name === 'rafiq:hover' && e.ph === 'e' && e.ts >= start && e.ts < until);
    let shown = mark?.ts;
    if (shown === undefined) {
      const ext = tasks.filter((t) => t.extension && t.ts + t.dur >= start && t.ts < start + 100_000 && t.ts < until);
      shown = ext.length ? Math.max(...ext.map((t) => t.ts + t.dur)) : undefined;
    }
    if (shown === undefined) {
      out.push(null);
      continue;
    }
    const commit = main.find((e) => e.name === 'Commit' && e.ph === 'X' && e.ts >= (shown as number) && e.ts < until);
    out.push(commit ? ms(commit.ts + (commit.dur ?? 0) - start) : null);
  }
  return out;
}
