/**
 * Chromium: recording a trace of every task over CDP `Tracing`, and reading it back. A trace is
 * taken with nothing running but the page and the browser: tracing starts, the page is navigated
 * (or an input is dispatched), and a Node timer waits; no page script or driver call runs until
 * tracing stops.
 */

import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an X event, µs: what the thread ran, not counting time it was descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink.user_timing',
  // The sampling profiler: a slice that resumes after `scheduler.yield()` or an extension-API
  // reply carries no script address in its task's events, but its samples do.
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/** Records everything `during` causes, then `waitMs` more by a Node timer; returns the events. */
export async function record(cdp: CDPSession, during: () => Promise<unknown>, waitMs: number): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: ReadonlyArray<object> }) => {
    for (const v of e.value) events.push(v as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      // BENCH_V8_SAMPLES=0 leaves the sampler out, to see what it costs (tasks then count as the
      // extension's only by the script addresses their events carry).
      includedCategories:
        process.env.BENCH_V8_SAMPLES === '0'
          ? CATEGORIES.filter((c) => c !== 'disabled-by-default-v8.cpu_profiler')
          : CATEGORIES,
      recordMode: 'recordContinuously',
    },
  });
  try {
    await during();
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

export interface Thread {
  pid: number;
  tid: number;
}

/** The renderer main thread that committed a document whose address contains `url`. */
export function pageMainThread(events: readonly TraceEvent[], url: string): Thread {
  const committed = events.filter(
    (e) =>
      (e.name === 'FrameCommittedInBrowser' || e.name === 'TracingStartedInBrowser') &&
      JSON.stringify(e.args ?? {}).includes(url),
  );
  const pids = new Set<number>();
  for (const e of committed) {
    const data = e.args?.data as { processId?: number; frames?: Array<{ processId: number; url: string }> };
    if (data.processId) pids.add(data.processId);
    for (const f of data.frames ?? []) if (f.url.includes(url)) pids.add(f.processId);
  }
  for (const pid of pids) {
    const main = events.find(
      (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    if (main) return { pid, tid: main.tid };
  }
  throw new Error(`no renderer main thread committed ${url} in the trace`);
}

export interface Task {
  ts: number;
  dur: number;
  /** CPU time (µs): on a busy machine the wall time of a task also counts other processes' turns. */
  cpu: number;
  /** It ran extension script (an event naming a `chrome-extension://` script, or a sample in one). */
  extension: boolean;
  /** Page-own script files it ran (their addresses). */
  scripts: string[];
  /** Names of the page-own functions it called from the event loop (a timer's callback). */
  functions: string[];
}

const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'v8.callFunction',
  'TimerFire',
]);

function urlOf(e: TraceEvent): string | undefined {
  const data = e.args?.data as { url?: string; stackTrace?: Array<{ url?: string }> } | undefined;
  return data?.url || data?.stackTrace?.[0]?.url || undefined;
}

/** Times (µs, trace clock) of the CPU samples of `thread` that were in a script whose address passes `test`. */
function samplesIn(events: readonly TraceEvent[], thread: Thread, test: (url: string) => boolean): number[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  if (!profile) return [];
  let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  const matches = new Map<number, boolean>();
  const out: number[] = [];
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== thread.pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data as {
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame: { url?: string } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    // Nodes arrive before the samples that use them, parents before children.
    for (const node of data.cpuProfile?.nodes ?? []) {
      const own = !!node.callFrame.url && test(node.callFrame.url);
      matches.set(node.id, own || (node.parent !== undefined && matches.get(node.parent) === true));
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      if (matches.get(samples[i] as number)) out.push(t);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * Every top-level task of `thread` from `from` (µs) on, with whether it ran extension script
 * and which of the page's own scripts it ran.
 */
export function tasksOf(
  events: readonly TraceEvent[],
  thread: Thread,
  from = 0,
  extension = 'chrome-extension://',
): Task[] {
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.ts >= from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = [];
  let current: Task | null = null;
  for (const e of own) {
    const end = e.ts + (e.dur ?? 0);
    if (!current || e.ts >= current.ts + current.dur) {
      // Only the scheduler's tasks are top level; anything else outside one is still main-thread work.
      current = { ts: e.ts, dur: e.dur ?? 0, cpu: e.tdur ?? e.dur ?? 0, extension: false, scripts: [], functions: [] };
      tasks.push(current);
    } else if (end > current.ts + current.dur) current.dur = end - current.ts;
    if (SCRIPT_EVENTS.has(e.name)) {
      const url = urlOf(e);
      if (url?.startsWith(extension)) current.extension = true;
      else if (url?.startsWith('http')) {
        if (!current.scripts.includes(url)) current.scripts.push(url);
        const name = (e.args?.data as { functionName?: string } | undefined)?.functionName;
        if (name) current.functions.push(name);
      }
    }
  }
  const samples = samplesIn(events, thread, (url) => url.startsWith(extension));
  let i = 0;
  for (const task of tasks) {
    while (i < samples.length && (samples[i] as number) < task.ts) i++;
    if (i < samples.length && (samples[i] as number) <= task.ts + task.dur) task.extension = true;
  }
  return tasks;
}

/** The trace's last timestamp on any thread (µs): where recording stopped. */
export function traceEnd(events: readonly TraceEvent[]): number {
  let end = 0;
  for (const e of events) if (e.ph !== 'M') end = Math.max(end, e.ts + (e.dur ?? 0));
  return end;
}

/** When the document whose address contains `url` committed (µs), or the first task's start. */
export function commitTime(events: readonly TraceEvent[], url: string): number {
  const c = events.find((e) => e.name === 'FrameCommittedInBrowser' && JSON.stringify(e.args ?? {}).includes(url));
  return c?.ts ?? 0;
}
