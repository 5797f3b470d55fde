/**
 * Firefox: reading a Gecko profile (the raw format the profiler writes at shutdown through
 * MOZ_PROFILER_SHUTDOWN). The profiler records from the browser's start to its end; the bench
 * cuts it into windows by the wall clock (the profile's `meta.startTime` is an epoch time), each
 * window a stretch in which no page script and no driver call ran, only a navigation or an input.
 *
 * A content process's main thread (GeckoMain) carries `Awake` markers: every stretch the thread
 * was running rather than waiting for an event. Their sum is all of its main-thread work, the
 * way a trace's tasks are in Chromium; JS samples (1 ms) tell which of them ran extension script.
 */

import { readFile } from 'node:fs/promises';

interface Table {
  schema: Record<string, number>;
  data: unknown[][];
}

interface RawThread {
  name: string;
  processName?: string;
  pid: number | string;
  samples: Table;
  markers: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}

interface RawProcess {
  meta: { startTime: number };
  threads: RawThread[];
  processes?: RawProcess[];
}

export interface Interval {
  /** Epoch ms. */
  start: number;
  end: number;
  /** CPU time of an `Awake` stretch (ms): on a busy machine its wall time also counts other processes' turns. */
  cpu?: number;
}

export interface Marker extends Interval {
  name: string;
  data: Record<string, unknown> | null;
}

/** One content process's main thread, times converted to epoch ms. */
export class MainThread {
  readonly awake: Interval[] = [];
  readonly markers: Marker[] = [];
  private readonly sampleTimes: number[] = [];
  private readonly sampleStacks: number[] = [];

  constructor(
    readonly pid: string,
    private readonly raw: RawThread,
    epoch: number,
  ) {
    const m = raw.markers.schema as Record<'name' | 'startTime' | 'endTime' | 'phase' | 'data', number>;
    const open = new Map<string, Marker>();
    for (const row of raw.markers.data) {
      const name = raw.stringTable[row[m.name] as number] ?? '';
      const phase = row[m.phase] as number;
      const data = (row[m.data] as Record<string, unknown> | null) ?? null;
      const start = (row[m.startTime] as number | null) ?? 0;
      const end = (row[m.endTime] as number | null) ?? 0;
      // Phases: 0 an instant, 1 an interval, 2 its start, 3 its end (paired in order, per name).
      if (phase === 0) this.markers.push({ name, data, start: epoch + start, end: epoch + start });
      else if (phase === 1) this.markers.push({ name, data, start: epoch + start, end: epoch + end });
      else if (phase === 2) open.set(name, { name, data, start: epoch + start, end: Number.NaN });
      else if (phase === 3) {
        const begun = open.get(name);
        if (!begun) continue;
        open.delete(name);
        begun.end = epoch + end;
        // The end carries what was measured over the stretch (an Awake's CPU time).
        if (data) begun.data = { ...begun.data, ...data };
        this.markers.push(begun);
      }
    }
    this.markers.sort((a, b) => a.start - b.start);
    for (const marker of this.markers) {
      if (marker.name !== 'Awake') continue;
      const cpu = marker.data?.['CPU Time'];
      this.awake.push({ start: marker.start, end: marker.end, ...(typeof cpu === 'number' ? { cpu } : {}) });
    }
    const s = raw.samples.schema as Record<'stack' | 'time', number>;
    for (const row of raw.samples.data) {
      const stack = row[s.stack] as number | null;
      if (stack === null) continue;
      this.sampleTimes.push(epoch + (row[s.time] as number));
      this.sampleStacks.push(stack);
    }
  }

  /** Whether any marker's data mentions `text` (a page's address). */
  mentions(text: string): boolean {
    return this.markers.some((marker) => marker.data !== null && JSON.stringify(marker.data).includes(text));
  }

  /** Sample times (epoch ms) whose stack has a frame whose label passes `test`. */
  samplesWhere(test: (label: string) => boolean): number[] {
    const stacks = this.raw.stackTable;
    const frames = this.raw.frameTable;
    const prefixAt = stacks.schema.prefix as number;
    const frameAt = stacks.schema.frame as number;
    const locationAt = frames.schema.location as number;
    const memo = new Map<number, boolean>();
    const matches = (stack: number): boolean => {
      const chain: number[] = [];
      let found = false;
      for (let at: number | null = stack; at !== null; ) {
        const known = memo.get(at);
        if (known !== undefined) {
          found = known;
          break;
        }
        chain.push(at);
        const row = stacks.data[at] as unknown[];
        const label =
          this.raw.stringTable[(frames.data[row[frameAt] as number] as unknown[])[locationAt] as number] ?? '';
        if (test(label)) {
          found = true;
          break;
        }
        at = row[prefixAt] as number | null;
      }
      // A stack with a matching frame anywhere above it matches, whatever was called below.
      for (const at of chain) memo.set(at, found);
      return found;
    };
    const out: number[] = [];
    for (let i = 0; i < this.sampleTimes.length; i++)
      if (matches(this.sampleStacks[i] as number)) out.push(this.sampleTimes[i] as number);
    return out;
  }
}

/** The main threads of the web content processes (not the parent, not the extension process). */
export async function contentMainThreads(file: string): Promise<MainThread[]> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as RawProcess;
  const out: MainThread[] = [];
  for (const process of profile.processes ?? []) {
    for (const thread of process.threads) {
      if (thread.name === 'GeckoMain' && thread.processName === 'Web Content')
        out.push(new MainThread(String(thread.pid), thread, process.meta.startTime));
    }
  }
  return out;
}

/** The parts of `intervals` inside [from, to], clipped. */
export function within(intervals: readonly Interval[], from: number, to: number): Interval[] {
  return intervals
    .filter((i) => i.end > from && i.start < to)
    .map((i) => ({ ...i, start: Math.max(i.start, from), end: Math.min(i.end, to) }));
}

export const lengthOf = (intervals: readonly Interval[]) => intervals.reduce((n, i) => n + (i.end - i.start), 0);

/** CPU time of the stretches (their wall time where the profile has none). */
export const cpuOf = (intervals: readonly Interval[]) => intervals.reduce((n, i) => n + (i.cpu ?? i.end - i.start), 0);

/** The intervals that contain at least one of the sorted `times`. */
export function containing(intervals: readonly Interval[], times: readonly number[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  for (const interval of intervals) {
    while (i < times.length && (times[i] as number) < interval.start) i++;
    if (i < times.length && (times[i] as number) <= interval.end) out.push(interval);
  }
  return out;
}
