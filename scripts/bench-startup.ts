/**
 * npm run bench:startup [-- DIR...] — what the annotator costs before it reads a word: evaluating
 * the built `annotator.js` (parsing, compiling, and every module's top-level work: the glossary
 * tables, franc's trigram tables, i18next and Preact set-up) in a fresh Chromium page, with the
 * script told it already ran so that it stops at its first line. Prints the median over fresh
 * pages for each build folder given (default: the current build), and the ratio to the first.
 */

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { OUT } from '../e2e/browsers';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main() {
  const dirs = process.argv.slice(2).map((d) => resolve(d));
  if (dirs.length === 0) dirs.push(OUT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const results: Array<{ dir: string; kB: number; ms: number }> = [];
  try {
    for (const dir of dirs) {
      const source = await readFile(join(dir, 'chrome-mv3', 'annotator.js'), 'utf8');
      const samples: number[] = [];
      // Interleaving would be fairer still; fresh pages per run keep each one cold.
      for (let run = 0; run < RUNS + 1; run++) {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html lang="ar"><body><p>نص</p></body></html>');
        const ms = await page.evaluate((src) => {
          (window as unknown as { __rafiqAnnotator: boolean }).__rafiqAnnotator = true;
          // An inline script runs as it is inserted: the time around the insertion is all of it.
          const script = document.createElement('script');
          script.textContent = src;
          const t0 = performance.now();
          document.head.append(script);
          return performance.now() - t0;
        }, source);
        if (run > 0) samples.push(ms); // the first page warms the browser, not the script
        await page.close();
      }
      results.push({ dir, kB: Buffer.byteLength(source) / 1024, ms: median(samples) });
    }
  } finally {
    await browser.close();
  }
  const first = results[0]?.ms ?? NaN;
  process.stdout.write(`annotator start-up (Chromium, median of ${RUNS} fresh pages):\n`);
  for (const r of results) {
    const ratio = r === results[0] ? '' : `  (${(r.ms / first).toFixed(2)}× the first)`;
    process.stdout.write(`  ${r.dir}: ${r.ms.toFixed(1)} ms, bundle ${r.kB.toFixed(0)} kB${ratio}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`bench:startup failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
