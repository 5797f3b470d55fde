/**
 * npm run bench — the matcher on ~1 MB of real Arabic (from ../shared/corpus/saudinewsnet), beside
 * two baselines run in the same process on the same aliases:
 *   - one regular expression: an alternation of every alias, longest first;
 *   - per-term search in the style of mark.js: one regular expression per alias, run in turn.
 * Both baselines run on text folded by Rafiq's own folding (otherwise they would find far less),
 * and neither does proclitics, short references or offsets back to the original: the comparison
 * flatters them. Prints medians over several runs and the ratios.
 */

import { performance } from 'node:perf_hooks';
import { buildGlossary } from '../glossary/build';
import collisions from '../glossary/collisions.json' with { type: 'json' };
import { compileGlossary } from '../glossary/compile';
import { glossary, PACKS } from '../glossary/index';
import { foldText } from '../lib/arabic/fold';
import { createMatcher, matchEntities } from '../lib/matcher';
import { arabicText } from './corpus';
import { syntheticGlossary } from './synthetic-glossary';

const MB = 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => number, runs = RUNS): { ms: number; found: number } {
  run(); // warm-up
  const samples: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = run();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), found };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Folded key → a pattern: words separated by any run of spaces or hyphens, whole words only. */
const pattern = (key: string) => key.split(' ').map(escapeRegExp).join('[\\s\\-\u2013\u2014]+');
const WORD_EDGE_BEFORE = '(?<![\\u0621-\\u064a\\w])';
const WORD_EDGE_AFTER = '(?![\\u0621-\\u064a\\w])';

function main() {
  const text = arabicText(MB);
  const bytes = Buffer.byteLength(text);
  const { index } = buildGlossary();
  const matcher = createMatcher(index);
  const aliases = [...Object.keys(index.full), ...Object.keys(index.short)].sort((a, b) => b.length - a.length);

  const rafiq = time(() => matchEntities(matcher, foldText(text)).length);
  const prefolded = foldText(text);
  const rafiqMatchOnly = time(() => matchEntities(matcher, prefolded).length);
  const folded = prefolded.text;
  const alternation = new RegExp(`${WORD_EDGE_BEFORE}(?:${aliases.map(pattern).join('|')})${WORD_EDGE_AFTER}`, 'g');
  const regex = time(() => {
    let n = 0;
    for (const _ of folded.matchAll(alternation)) n++;
    return n;
  });

  const perTerm = aliases.map((a) => new RegExp(`${WORD_EDGE_BEFORE}${pattern(a)}${WORD_EDGE_AFTER}`, 'g'));
  const markStyle = time(() => {
    let n = 0;
    for (const re of perTerm) {
      re.lastIndex = 0;
      while (re.exec(folded)) n++;
    }
    return n;
  });

  const mbps = (ms: number) => (bytes / MB / (ms / 1000)).toFixed(1);
  const row = (name: string, r: { ms: number; found: number }, note: string) =>
    `${name.padEnd(34)} ${r.ms.toFixed(1).padStart(8)} ms ${mbps(r.ms).padStart(7)} MB/s ${String(r.found).padStart(6)} matches  ${note}`;
  console.log(
    `matcher benchmark: ${(bytes / MB).toFixed(2)} MB UTF-8 (${text.length} UTF-16 units) of SaudiNewsNet text`,
  );
  console.log(
    `${aliases.length} aliases (${Object.keys(index.full).length} full, ${Object.keys(index.short).length} short), median of ${RUNS} runs, Node ${process.version}`,
  );
  const ratio = (base: number) =>
    `rafiq match ${(base / rafiqMatchOnly.ms).toFixed(1)}×, fold + match ${(base / rafiq.ms).toFixed(1)}× its speed`;
  console.log(row('rafiq fold + match (with offsets)', rafiq, 'what the content script and the CLI run'));
  console.log(row('rafiq match only (text pre-folded)', rafiqMatchOnly, 'same input as the baselines'));
  console.log(row('regex alternation (folded text)', regex, ratio(regex.ms)));
  console.log(row('per-term regex, mark.js style', markStyle, ratio(markStyle.ms)));
  scaling(text, prefolded);
}

/**
 * The glossary at ×1, ×10 and ×100 (invented entries through the real compiler): set-up (compile,
 * then the matcher's trie and name tables) and matching, each as a ratio to ×1. Matches should
 * not change: the invented names are not in the text.
 */
function scaling(text: string, prefolded: ReturnType<typeof foldText>) {
  const factors = (process.env.BENCH_GLOSSARY_FACTORS ?? '1,10,100').split(',').map(Number);
  const rows: Array<{
    factor: number;
    entries: number;
    forms: number;
    compile: number;
    parse: number;
    build: number;
    match: number;
    fold: number;
    found: number;
  }> = [];
  for (const factor of factors) {
    const packs = [{ ...(PACKS[0] as (typeof PACKS)[number]), entries: syntheticGlossary(glossary, factor) }];
    const entries = packs[0]?.entries ?? [];
    const options = { collisions };
    // Set-up is slow at ×100 and varies little: fewer runs.
    const compile = time(() => Object.keys(compileGlossary(packs, options).index.full).length, 3);
    const { index } = compileGlossary(packs, options);
    // In a tab: the tables parsed from the bundle, then the trie built from them.
    const json = JSON.stringify(index);
    const parse = time(() => Object.keys((JSON.parse(json) as typeof index).full).length, 3);
    const build = time(() => (createMatcher(index) ? 1 : 0), 3);
    const matcher = createMatcher(index);
    const match = time(() => matchEntities(matcher, prefolded).length);
    const fold = time(() => matchEntities(matcher, foldText(text)).length);
    rows.push({
      factor,
      entries: entries.length,
      forms: Object.keys(index.full).length + Object.keys(index.short).length,
      compile: compile.ms,
      parse: parse.ms,
      build: build.ms,
      match: match.ms,
      fold: fold.ms,
      found: match.found,
    });
  }
  const base = rows[0];
  if (!base) return;
  console.log('\nglossary size (invented entries through glossary/compile.ts; ratios to the first row):');
  const cell = (v: number, b: number) => `${v.toFixed(1)} (${(v / b).toFixed(2)}×)`.padStart(16);
  console.log(
    `  ${'size'.padEnd(6)}${'entries'.padStart(8)}${'forms'.padStart(8)}${'compile (build)'.padStart(16)}` +
      `${'parse (tab)'.padStart(16)}${'trie (tab)'.padStart(16)}${'match'.padStart(16)}${'fold+match'.padStart(16)}${'matches'.padStart(9)}   (ms)`,
  );
  for (const r of rows) {
    console.log(
      `  ×${String(r.factor).padEnd(5)}${String(r.entries).padStart(8)}${String(r.forms).padStart(8)}` +
        `${cell(r.compile, base.compile)}${cell(r.parse, base.parse)}${cell(r.build, base.build)}` +
        `${cell(r.match, base.match)}${cell(r.fold, base.fold)}${String(r.found).padStart(9)}`,
    );
  }
  if (rows.some((r) => r.found !== base.found))
    console.log('  note: the match count changed with the glossary size: an invented name was found in the text');
}

main();
