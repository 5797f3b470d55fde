/**
 * npx tsx scripts/bench-engine.ts [MB]
 *
 * The engine end to end in Node on about MB megabytes (UTF-8, default 1) of real Arabic, each
 * figure measured in fresh Node processes (so a first call is a first call):
 *  - start-up: `createMatcher` on the compiled glossary, the first call in a process (as in a
 *    new tab) and, warm, the median of later calls;
 *  - `Annotator.annotate` on the whole text: the median CPU time of several runs (CPU time, not
 *    wall time, so another process on the machine disturbs it less), and the first run;
 *  - heap: the peak of what is live at the pauses of `steps` (slices of 1,000 words, as the
 *    content script reads; a full collection at each) above what was live before, and what the
 *    whole read allocates (young generation made large enough that nothing is collected).
 * Compare two versions by running this in each, back to back.
 */

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildGlossary } from '../glossary/build';
import { Annotator } from '../lib/annotate';
import { createMatcher } from '../lib/matcher';
import { arabicText } from './corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 7);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** One measurement, in this process; prints one JSON line. */
function measure(what: string, size: number) {
  const text = arabicText(size * 1024 * 1024);
  const { index } = buildGlossary();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (what === 'startup') {
    const t0 = performance.now();
    createMatcher(index);
    const first = performance.now() - t0;
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      createMatcher(index);
      warm.push(performance.now() - t);
    }
    return { first, warm: median(warm) };
  }
  const annotator = new Annotator(index);
  if (what === 'annotate') {
    let since = process.cpuUsage();
    const first = annotator.annotate({ text });
    const firstMs = cpuMs(since);
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      since = process.cpuUsage();
      const t = performance.now();
      annotator.annotate({ text });
      wall.push(performance.now() - t);
      cpu.push(cpuMs(since));
    }
    return {
      chars: text.length,
      mentions: first.mentions.length,
      first: firstMs,
      cpu: median(cpu),
      wall: median(wall),
    };
  }
  annotator.annotate({ text });
  if (what === 'allocated') {
    gc?.();
    const before = heap();
    annotator.annotate({ text });
    return { allocated: heap() - before };
  }
  // Peak live: a full collection at every pause.
  gc?.();
  const base = heap();
  let peak = 0;
  const steps = annotator.steps({ text }, 1000);
  for (let next = steps.next(); !next.done; next = steps.next()) {
    gc?.();
    peak = Math.max(peak, heap() - base);
  }
  gc?.();
  return { peak, retained: heap() - base };
}

function inChild(what: string, size: number, flags: string[] = []): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', ...flags, '--import', 'tsx', fileURLToPath(import.meta.url), '--measure', what, String(size)],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string);
}

function main() {
  if (process.argv[2] === '--measure') {
    console.log(JSON.stringify(measure(process.argv[3] as string, Number(process.argv[4]))));
    return;
  }
  const size = Number(process.argv[2] ?? 1);
  const startups = Array.from({ length: PROCESSES }, () => inChild('startup', size));
  const annotates = Array.from({ length: 3 }, () => inChild('annotate', size));
  const live = inChild('live', size);
  const allocated = inChild('allocated', size, ['--min-semi-space-size=256', '--max-semi-space-size=256']);
  const a = annotates[0] as Record<string, number>;
  const of = (list: Array<Record<string, number>>, key: string) => median(list.map((r) => r[key] as number));
  console.log(
    `engine benchmark: ${size} MB UTF-8 (${a.chars} UTF-16 units), ${a.mentions} mentions, Node ${process.version}`,
  );
  console.log(
    `createMatcher: first call ${of(startups, 'first').toFixed(2)} ms, warm ${of(startups, 'warm').toFixed(2)} ms (medians of ${PROCESSES} processes)`,
  );
  console.log(
    `annotate: ${of(annotates, 'cpu').toFixed(1)} ms CPU (wall ${of(annotates, 'wall').toFixed(1)} ms), first run ${of(annotates, 'first').toFixed(1)} ms CPU (medians of ${RUNS} runs in 3 processes)`,
  );
  console.log(
    `heap: peak live +${mb(live.peak as number)} MB at the pauses of slices of 1,000 words, retained +${mb(live.retained as number)} MB; allocated ${mb(allocated.allocated as number)} MB in one read`,
  );
}

main();
