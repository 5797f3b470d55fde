/** What each browser's page benchmark reports (the table and artifacts/bench-page.json). */

export interface ReadResult {
  /** Main-thread ms of each load, with the extension and without (same page, same browser). */
  withMs: number[];
  withoutMs: number[];
  /** Median with − median without: everything Rafiq added to the page's main thread. */
  rafiqMs: number;
  /** The same in the main thread's CPU time, which other processes on a busy machine do not inflate. */
  withCpuMs: number[];
  withoutCpuMs: number[];
  rafiqCpuMs: number;
  floorCpuMs: number;
  limitCpuMs: number;
  /** Tasks that ran extension script (per load, medians). */
  tasks: { count: number; ms: number; longestMs: number; longestBesidesLayoutMs: number };
  floorMs: number;
  limitMs: number;
  highlights: number;
}

export interface HoverResult {
  /** Pointer event dispatched → the first frame committed after the card's DOM, ms. */
  samples: number[];
  /** The same for the first card of each fresh page. */
  first: number[];
  p50: number;
  p95: number;
  /** Hovers that found no card. */
  missed: number;
  /**
   * Main-thread busy time from each hover's move onto the term to the move away (ms): the card's
   * drawing and anything it sets off after its first frame (an explanation drawn in later).
   */
  busy: number[];
}

export interface FrameResult {
  /** Ranges registered while the page is at its top (the ones near the view). */
  highlights: number;
  /** Ranges painted over the whole page, as a reader scrolls it. */
  overPage: number;
  withMsPerFrame: number;
  withoutMsPerFrame: number;
  frames: { with: number; without: number };
  taxMs: number;
  /** The tax in CPU time per frame. */
  taxCpuMs: number;
}

/** The frame result from the per-load figures (ms per frame, with and without the extension). */
export function frameResult(
  highlights: { registered: number; overPage: number },
  perFrame: { with: number[]; without: number[] },
  cpuPerFrame: { with: number[]; without: number[] },
  frames: { with: number; without: number },
  median: (xs: number[]) => number,
): FrameResult {
  return {
    highlights: highlights.registered,
    overPage: highlights.overPage,
    withMsPerFrame: median(perFrame.with),
    withoutMsPerFrame: median(perFrame.without),
    frames,
    taxMs: median(perFrame.with) - median(perFrame.without),
    taxCpuMs: median(cpuPerFrame.with) - median(cpuPerFrame.without),
  };
}

export interface LiveResult {
  seconds: number;
  withMsPerS: number;
  withoutMsPerS: number;
  rafiqMsPerS: number;
  rafiqCpuMsPerS: number;
  /** Of which in tasks that ran extension script. */
  extensionMsPerS: number;
}

export interface MemoryResult {
  /** Highest JS heap during the load, with − without (MB). */
  peakAddedMB: number;
  /** After the load and a full GC, with − without (MB). */
  retainedAddedMB: number;
}

export interface BrowserResult {
  browser: 'chromium' | 'firefox';
  /** How main-thread time was seen. */
  method: string;
  runs: number;
  /** Null where the phase was not run (BENCH_ONLY), or, for memory, where no browser API tells. */
  read: ReadResult | null;
  hover: HoverResult | null;
  frame: FrameResult | null;
  live: LiveResult | null;
  memory: MemoryResult | null;
  seconds: number;
}
