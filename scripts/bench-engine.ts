/**
 * node --expose-gc --import tsx scripts/bench-engine.ts [MB]
 *
 * The engine end to end in Node on about MB megabytes (UTF-8, default 1) of real Arabic: the
 * matcher's start-up (`createMatcher` on the compiled glossary), `Annotator.annotate` on the whole
 * text, and the heap it adds while it reads. Heap is sampled at every pause of `steps` (slices of
 * 1,000 words, as the content script reads), as the JavaScript heap plus array buffers above what
 * was live before; `retained` is what is still live after a full collection, the annotation
 * included. Medians over several runs; compare two builds by running this back to back.
 */

import { performance } from 'node:perf_hooks';
import { buildGlossary } from '../glossary/build';
import { Annotator } from '../lib/annotate';
import { createMatcher } from '../lib/matcher';
import { arabicText } from './corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const gc = (globalThis as { gc?: () => void }).gc;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

function main() {
  const size = Number(process.argv[2] ?? 1);
  const text = arabicText(size * 1024 * 1024);
  const { index } = buildGlossary();

  const t0 = performance.now();
  createMatcher(index);
  const firstCompile = performance.now() - t0;
  const compiles: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    createMatcher(index);
    compiles.push(performance.now() - t);
  }

  const annotator = new Annotator(index);
  const t1 = performance.now();
  const first = annotator.annotate({ text });
  const firstAnnotate = performance.now() - t1;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    annotator.annotate({ text });
    times.push(performance.now() - t);
  }

  let peak = 0;
  let retained = 0;
  if (gc) {
    const peaks: number[] = [];
    const kept: number[] = [];
    for (let i = 0; i < 3; i++) {
      gc();
      const base = used();
      let top = 0;
      const steps = annotator.steps({ text }, 1000);
      let next = steps.next();
      for (; !next.done; next = steps.next()) top = Math.max(top, used() - base);
      top = Math.max(top, used() - base);
      const annotation = next.value;
      gc();
      kept.push(used() - base);
      peaks.push(top);
      if (annotation.mentions.length !== first.mentions.length) throw new Error('runs disagree');
    }
    peak = median(peaks);
    retained = median(kept);
  }

  console.log(
    `engine benchmark: ${size} MB UTF-8 (${text.length} UTF-16 units), ${first.mentions.length} mentions, Node ${process.version}`,
  );
  console.log(`createMatcher: first ${firstCompile.toFixed(2)} ms, then median ${median(compiles).toFixed(2)} ms`);
  console.log(
    `annotate: first ${firstAnnotate.toFixed(1)} ms, then median ${median(times).toFixed(1)} ms (${RUNS} runs)`,
  );
  if (gc)
    console.log(`heap while annotating (slices of 1,000 words): peak +${mb(peak)} MB, retained +${mb(retained)} MB`);
  else console.log('heap: run with node --expose-gc --import tsx to measure');
}

main();
