/** How much `npm run bench:page` measures: every count can be changed by environment variable. */

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
};

export interface BenchConfig {
  origin: string;
  /** Loads with the extension and as many without, alternating. */
  runs: number;
  /** How long a traced load lasts after navigating (Node's clock). */
  loadWaitMs: number;
  /** Quiet time the trace must show after Rafiq's last task, or the load is not over. */
  idleMs: number;
  frameRuns: number;
  frameMs: number;
  liveSeconds: number;
  hoverPages: number;
  hoversPerPage: number;
  hoverGapMs: number;
  requireHighlights: boolean;
  /** Characters of text on the Arabic page (BENCH_PAGE_CHARS, default 1 M). */
  pageChars: number;
  /** Ranges the frame page must show over its length, or it was not painted (scaled to its size). */
  minHighlights: number;
  /** What to measure (BENCH_ONLY=frame,hover for a style experiment); all by default. */
  phases: ReadonlySet<Phase>;
  log(line: string): void;
}

export const PHASES = ['load', 'frame', 'live', 'hover'] as const;
export type Phase = (typeof PHASES)[number];

function phases(): ReadonlySet<Phase> {
  const raw = process.env.BENCH_ONLY;
  if (!raw) return new Set(PHASES);
  const chosen = raw.split(',').map((s) => s.trim());
  for (const p of chosen)
    if (!PHASES.includes(p as Phase)) throw new Error(`BENCH_ONLY: no phase ${p} (${PHASES.join(', ')})`);
  return new Set(chosen as Phase[]);
}

/** The Arabic page's characters of text: BENCH_PAGE_CHARS=100000 for the 100 K page. */
export const pageChars = () => num('BENCH_PAGE_CHARS', 1_000_000);

export function benchConfig(origin: string): BenchConfig {
  return {
    origin,
    runs: num('BENCH_RUNS', 4),
    // 6 s: on a throttled 2-core machine a 1 M-character page alone takes 1.5–2 s to load, and
    // Rafiq's read ends after it; 3.5 s left less than the second of quiet a load must end with.
    loadWaitMs: num('BENCH_LOAD_WAIT_MS', 6000),
    idleMs: num('BENCH_IDLE_MS', 1000),
    frameRuns: num('BENCH_FRAME_RUNS', 1),
    frameMs: num('BENCH_FRAME_MS', 2000),
    liveSeconds: num('BENCH_LIVE_SECONDS', 10),
    hoverPages: num('BENCH_HOVER_PAGES', 3),
    hoversPerPage: num('BENCH_HOVERS_PER_PAGE', 8),
    hoverGapMs: num('BENCH_HOVER_GAP_MS', 300),
    requireHighlights: true,
    pageChars: pageChars(),
    minHighlights: Math.max(10, Math.round((100 * pageChars()) / 570_000)),
    phases: phases(),
    log: (line) => console.error(line),
  };
}
