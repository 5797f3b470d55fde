/**
 * Property-based fuzzing of the pure engine (folding, word splitting, matching, annotation) over
 * random Arabic-script, mixed-script and malformed text with real glossary names spliced in
 * (generators: `lib/fuzz-arbitraries.ts`). It asserts that:
 *  1. the annotator and the matcher never throw;
 *  2. every mention's offsets are integers with 0 <= start < end <= text.length, in text order
 *     and not overlapping, on word edges (a name glued to a word aside), never inside a surrogate
 *     pair, and the characters they cover fold back to exactly the form the mention says it read
 *     (after a proclitic: وللصين is الصين); where a generalisation step read it (variant, slip,
 *     a name word written as two), each form word is read, in order, from one or two of the
 *     written words by that step, none left over; forms that must be in capitals are;
 *  3. reading in slices (`Annotator.steps(input, n)`, as the content script does) gives the same
 *     annotation as reading at once, for n = 1, 7, 100 and a large n;
 *  4. folding is idempotent, and `foldText`'s offsets are monotone, inside the input and map
 *     every folded unit back to the characters it came from;
 *  5. 1 MB single-line inputs never throw and stay within bounds (fewer runs);
 *  6. reading through a window of any size (`FoldWindow`: folded, split and matched a window at
 *     a time) gives what reading the text folded whole gives, and `WordBuffer` splits as
 *     `splitWords` does;
 *  7. the matcher's pre-filter (`MatchScan.mayStart`: words looked up by hash) drops no word that
 *     the letter pairs alone would have let through and that reads as anything.
 *
 * Runs: `RAFIQ_FUZZ_RUNS` is the total over all properties (default 150,000, shared out as
 * `SHARE` says; plus runs on 1 MB lines, one per 40,000, at least 3). The default run,
 * `npx vitest run lib/fuzz.test.ts` (part of `npm run test:unit`), took 29 s wall time on a 2-core
 * machine. The longer run, 10^6 runs (and 25 on 1 MB lines), took 2 min 46 s there:
 *
 *     RAFIQ_FUZZ_RUNS=1000000 npx vitest run lib/fuzz.test.ts
 *
 * Deterministic by default: a fixed seed, unless `RAFIQ_FUZZ_SEED` is set (an integer; each
 * property adds its own number to it). On a failure fast-check prints the property's seed and
 * the path of the shrunk counterexample; replay just that with
 *
 *     RAFIQ_FUZZ_REPLAY='<seed>:<path>' npx vitest run lib/fuzz.test.ts -t '<test name>'
 *
 * (with the same `RAFIQ_FUZZ_SEED`, if one was set).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { type AnnotateInput, type Annotation, Annotator } from './annotate';
import { PROCLITICS, remainderAfter } from './arabic/clitics';
import { foldArabic, foldText } from './arabic/fold';
import { FoldWindow } from './arabic/window';
import { formKey, splitWords, WordBuffer } from './arabic/words';
import { annotateInput, anyText, lineFrom, linePieces, namePool, newsText } from './fuzz-arbitraries';
import { MatchScan, type Mention, matchEntities } from './matcher';

const { index: glossary } = buildGlossary();
const annotator = new Annotator(glossary);
const pool = namePool(glossary);
const upper = new Set(glossary.upper ?? []);

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not ${raw}`);
  return value;
}

const TOTAL_RUNS = envInt('RAFIQ_FUZZ_RUNS', 150_000);
const SEED = envInt('RAFIQ_FUZZ_SEED', 0x5afe_0008);

/** Each property's share of `TOTAL_RUNS`. */
const SHARE = {
  annotate: 0.3,
  matcher: 0.1,
  slices: 0.15,
  foldIdempotent: 0.2,
  foldOffsets: 0.15,
  words: 0.1,
  windows: 0.05,
  filter: 0.05,
} as const;
const runsOf = (share: number) => Math.max(1, Math.round(TOTAL_RUNS * share));
const LONG_RUNS = Math.max(3, Math.round(TOTAL_RUNS / 40_000));
const MEGABYTE = 1 << 20;

/** A timeout for `runs` runs of about `microseconds` each, with room for a slow CI machine. */
const timeoutFor = (runs: number, microseconds: number) => 30_000 + Math.ceil((runs * microseconds * 5) / 1000);

const REPLAY = /^(-?\d+):([\d:]+)$/.exec(process.env.RAFIQ_FUZZ_REPLAY ?? '');

/**
 * fast-check parameters: the run count, and a seed of the property's own (`SEED` + `which`, fixed
 * per property, so running one test alone with `-t` draws the same inputs). `RAFIQ_FUZZ_REPLAY`
 * (`<seed>:<path>`, as fast-check prints them) replays one counterexample of the property with
 * that seed.
 */
function params(numRuns: number, which: number): fc.Parameters<unknown> {
  const seed = SEED + which;
  if (REPLAY && Number(REPLAY[1]) === seed) return { seed, path: REPLAY[2], endOnFailure: true, verbose: 1 };
  return { numRuns, seed, verbose: 1 };
}

/** Throws (for fast-check to report and shrink) unless `ok`: cheaper than `expect` in hot loops. */
function check(ok: boolean, message: string | (() => string)): asserts ok {
  if (!ok) throw new Error(typeof message === 'string' ? message : message());
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** The text around `[start, end)`, for messages (a 1 MB text is not printed whole). */
const around = (text: string, start: number, end: number) =>
  text.length <= 200 ? text : `…${text.slice(Math.max(0, start - 60), end + 60)}…`;

/** A folded text's words, joined by single spaces (what a form key looks like). */
function wordKey(folded: string): string {
  const words = splitWords(folded);
  const parts: string[] = [];
  for (let w = 0; w < words.count; w++) parts.push(folded.slice(words.start[w], words.end[w]));
  return parts.join(' ');
}

/**
 * Whether the written characters `written` read as the glossary form `form`: their folded words
 * are the form's, perhaps after a proclitic on the first word (وللصين → الصين); for a name word
 * written as two, or a name glued to a small word (`joined`), the letters are the form's.
 */
function readsAs(written: string, form: string, joined: boolean): boolean {
  const key = wordKey(foldArabic(written));
  const squash = (s: string) => (joined ? s.replaceAll(' ', '') : s);
  if (squash(key) === squash(form)) return true;
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  const rest = space < 0 ? '' : key.slice(space);
  return PROCLITICS.some((p) => {
    const remainder = remainderAfter(first, p);
    return remainder !== null && squash(remainder + rest) === squash(form);
  });
}

/** Original offsets where the folded text's words start and end, and where any folded unit does. */
function edgesOf(text: string, breaks: readonly number[]) {
  const folded = foldText(text, breaks);
  const words = splitWords(folded.text);
  const wordStarts = new Set<number>();
  const wordEnds = new Set<number>();
  for (let w = 0; w < words.count; w++) {
    wordStarts.add(folded.start[words.start[w] as number] as number);
    wordEnds.add(folded.end[(words.end[w] as number) - 1] as number);
  }
  return { wordStarts, wordEnds, unitStarts: new Set(folded.start), unitEnds: new Set(folded.end) };
}

/** Asserts everything a mention list must satisfy for `text` (property 2). */
function checkMentions(text: string, breaks: readonly number[], mentions: readonly Mention[], sourceKnown = true) {
  const edges = edgesOf(text, breaks);
  let previousEnd = 0;
  for (const m of mentions) {
    const where = () => `mention ${JSON.stringify(m)} in ${JSON.stringify(around(text, m.start, m.end))}`;
    check(Number.isInteger(m.start) && Number.isInteger(m.end), () => `${where()}: offsets are not integers`);
    check(m.start >= 0 && m.start < m.end && m.end <= text.length, () => `${where()}: offsets out of bounds`);
    // In text order, none overlapping.
    check(m.start >= previousEnd, () => `${where()}: overlaps or precedes the mention before it`);
    previousEnd = m.end;
    check(m.entity >= 0 && m.entity < glossary.entities.length, () => `${where()}: no such entity`);
    check(!splitsPair(text, m.start) && !splitsPair(text, m.end), () => `${where()}: cuts a surrogate pair`);
    const written = text.slice(m.start, m.end);
    // A glued name (توكاييفوقال) is cut out of its word; everything else covers whole words.
    const glued = m.step === 'joined';
    check((glued ? edges.unitStarts : edges.wordStarts).has(m.start), () => `${where()}: starts off a word edge`);
    check((glued ? edges.unitEnds : edges.wordEnds).has(m.end), () => `${where()}: ends off a word edge`);
    if (sourceKnown && upper.has(m.form)) check(!/[a-z]/.test(written), () => `${where()}: not in capitals`);
    if (readsAs(written, m.form, glued)) continue;
    // Otherwise a generalisation step read it (a variant, a slip, a name word written as two, or
    // several of these: `step` names the first): each word of the form must still be read from
    // the written words in order, one or two of them each, none left over.
    const literal = m.step === undefined || m.step === 'partial' || m.step === 'latin' || m.step === 'named';
    check(!literal, () => `${where()}: ${JSON.stringify(written)} does not fold to ${JSON.stringify(m.form)}`);
    check(
      alignsWith(wordKey(foldArabic(written)).split(' '), m.form.split(' ')),
      () => `${where()}: the words of ${JSON.stringify(written)} do not read as ${JSON.stringify(m.form)}`,
    );
  }
}

/** Whether the name reader reads the written word `word` as the form word `name`. */
function nameReads(word: string, name: string): boolean {
  const names = annotator.matcher.names;
  if (!names) return false;
  return (names.read(word)?.words.includes(name) ?? false) || (names.read(word, true)?.words.includes(name) ?? false);
}

/** Whether written word `word` reads as form word `name`: as is, as a variant or slip, after a proclitic if first. */
function wordReads(word: string, name: string, first: boolean): boolean {
  if (word === name || nameReads(word, name)) return true;
  if (!first) return false;
  for (const p of PROCLITICS) {
    const remainder = remainderAfter(word, p);
    if (remainder !== null && (remainder === name || nameReads(remainder, name))) return true;
  }
  for (let k = 1; k < 5; k++) if (nameReads(word.slice(k), name)) return true;
  return false;
}

/** Whether the written words read, in order, as the form's words, each from one word or two written apart. */
function alignsWith(written: readonly string[], form: readonly string[], i = 0, j = 0): boolean {
  if (j === form.length) return i === written.length;
  if (i >= written.length) return false;
  const name = form[j] as string;
  const word = written[i] as string;
  if (wordReads(word, name, i === 0) && alignsWith(written, form, i + 1, j + 1)) return true;
  const next = written[i + 1];
  return next !== undefined && wordReads(word + next, name, i === 0) && alignsWith(written, form, i + 2, j + 1);
}

/** Runs a read to the end in slices of `n` words. */
function runSliced(input: AnnotateInput, n: number): Annotation {
  const steps = annotator.steps(input, n);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Asserts what the annotation as a whole must satisfy: its entity summary agrees with its mentions. */
function checkAnnotation(input: AnnotateInput, result: Annotation) {
  checkMentions(input.text, Array.from(input.breaks ?? []), result.mentions);
  check(result.entities.reduce((sum, e) => sum + e.count, 0) === result.mentions.length, 'entity counts');
  check(['summit', 'related', 'none'].includes(result.topic.level), 'topic level');
  check(typeof result.language.isArabic === 'boolean', 'language verdict');
}

const inputs = annotateInput(anyText(pool));

describe('fuzz: the generators', () => {
  it('splice in names that are read, in every way the matcher reads them', () => {
    const samples = fc.sample(inputs, { numRuns: 3000, seed: SEED });
    const steps = new Set<string>();
    let withMentions = 0;
    let short = 0;
    let summit = 0;
    for (const input of samples) {
      const result = annotator.annotate(input);
      if (result.mentions.length) withMentions++;
      if (result.topic.level === 'summit') summit++;
      for (const m of result.mentions) {
        steps.add(m.step ?? 'listed');
        if (m.short) short++;
      }
    }
    expect(withMentions / samples.length).toBeGreaterThan(0.3);
    expect(short).toBeGreaterThan(100);
    expect(summit).toBeGreaterThan(30);
    expect([...steps]).toEqual(
      expect.arrayContaining(['context', 'joined', 'latin', 'listed', 'named', 'partial', 'slip', 'variant']),
    );
  });
});

describe('fuzz: the annotator and the matcher', () => {
  const annotateRuns = runsOf(SHARE.annotate);
  it(
    `never throw, and every mention covers exactly what it read (${annotateRuns} runs)`,
    () => {
      fc.assert(
        fc.property(inputs, (input) => {
          checkAnnotation(input, annotator.annotate(input));
        }),
        params(annotateRuns, 1),
      );
    },
    timeoutFor(annotateRuns, 400),
  );

  const matcherRuns = runsOf(SHARE.matcher);
  it(
    `matchEntities on folded text alone stays within bounds (${matcherRuns} runs)`,
    () => {
      fc.assert(
        fc.property(inputs, ({ text, breaks }) => {
          checkMentions(text, breaks, matchEntities(annotator.matcher, foldText(text, breaks)), false);
        }),
        params(matcherRuns, 2),
      );
    },
    timeoutFor(matcherRuns, 300),
  );

  const sliceRuns = runsOf(SHARE.slices);
  it(
    `reads the same in slices of 1, 7, 100 and 10^9 words as at once (${sliceRuns} runs)`,
    () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const whole = annotator.annotate(input);
          for (const n of [1, 7, 100, 1e9]) expect(runSliced(input, n), `slices of ${n}`).toEqual(whole);
        }),
        params(sliceRuns, 3),
      );
    },
    timeoutFor(sliceRuns, 1500),
  );

  const windowRuns = runsOf(SHARE.windows);
  it(
    `reads the same through windows of any size as folded whole (${windowRuns} runs)`,
    () => {
      const whole = new Annotator(glossary);
      whole.windowChars = Number.POSITIVE_INFINITY;
      const windowed = new Annotator(glossary);
      fc.assert(
        fc.property(inputs, fc.integer({ min: 1, max: 300 }), (input, size) => {
          windowed.windowChars = size;
          expect(windowed.annotate(input), `windows of ${size}`).toEqual(whole.annotate(input));
          // The scan on the whole folded text (no window) finds the same mentions.
          const scan = new MatchScan(
            windowed.matcher,
            new FoldWindow(input.text, input.breaks ?? [], size),
            input.text,
          );
          scan.step();
          const folded = new MatchScan(windowed.matcher, foldText(input.text, input.breaks), input.text);
          folded.step();
          expect(scan.mentions).toEqual(folded.mentions);
        }),
        params(windowRuns, 8),
      );
    },
    timeoutFor(windowRuns, 1500),
  );

  const filterRuns = runsOf(SHARE.filter);
  it(
    `the pre-filter drops only words that read as nothing (${filterRuns} runs)`,
    () => {
      const scanOf = (input: AnnotateInput) => {
        const scan = new MatchScan(annotator.matcher, foldText(input.text, input.breaks), input.text);
        scan.step();
        scan.settleDeferred(true);
        return scan.mentions;
      };
      // The letter pairs alone: every lookup by hash says yes.
      const proto = MatchScan.prototype as unknown as Record<string, unknown>;
      const byHash = { mayReadWhole: proto.mayReadWhole, isFirstWord: proto.isFirstWord };
      fc.assert(
        fc.property(inputs, (input) => {
          const filtered = scanOf(input);
          Object.assign(proto, { mayReadWhole: () => true, isFirstWord: () => true });
          try {
            expect(filtered).toEqual(scanOf(input));
          } finally {
            Object.assign(proto, byHash);
          }
        }),
        params(filterRuns, 9),
      );
    },
    timeoutFor(filterRuns, 1500),
  );

  it(
    `reads 1 MB single lines without throwing, within bounds, the same in slices (${LONG_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(linePieces(pool), (pieces) => {
          const text = lineFrom(pieces, MEGABYTE);
          expect(text.length).toBe(MEGABYTE);
          const input = { text, lang: 'ar' };
          const whole = annotator.annotate(input);
          checkAnnotation(input, whole);
          // One word a slice, and the content script's slice size.
          for (const n of [1, 8_000]) {
            const sliced = runSliced(input, n);
            expect(sliced.mentions.length, `slices of ${n}`).toBe(whole.mentions.length);
            expect(sliced, `slices of ${n}`).toEqual(whole);
          }
        }),
        { ...params(LONG_RUNS, 4), endOnFailure: true },
      );
    },
    30_000 + LONG_RUNS * 10_000,
  );
});

const foldable = fc.oneof(anyText(pool), newsText(pool, { maxTokens: 8 }));

describe('fuzz: folding and words', () => {
  const idempotentRuns = runsOf(SHARE.foldIdempotent);
  it(
    `folding twice is folding once (${idempotentRuns} runs)`,
    () => {
      fc.assert(
        fc.property(foldable, (text) => {
          const once = foldArabic(text);
          expect(foldArabic(once)).toBe(once);
          const key = formKey(once);
          if (key !== null) expect(formKey(foldArabic(key))).toBe(key);
        }),
        params(idempotentRuns, 5),
      );
    },
    timeoutFor(idempotentRuns, 100),
  );

  const offsetRuns = runsOf(SHARE.foldOffsets);
  it(
    `foldText offsets are monotone, inside the input, and map each unit back to its source (${offsetRuns} runs)`,
    () => {
      fc.assert(
        fc.property(annotateInput(foldable), ({ text, breaks }) => {
          const folded = foldText(text, breaks);
          const n = folded.text.length;
          check(folded.start.length === n && folded.end.length === n, 'one start and one end per folded unit');
          let inserted = 0;
          const withoutBreaks: number[] = [];
          for (let k = 0; k < n; k++) {
            const s = folded.start[k] as number;
            const e = folded.end[k] as number;
            const where = () => `unit ${k} [${s}, ${e}) of ${JSON.stringify(text)}`;
            check(0 <= s && s <= e && e <= text.length, where);
            if (k > 0) {
              check(s >= (folded.start[k - 1] as number), () => `start goes back at ${where()}`);
              check(e >= (folded.end[k - 1] as number), () => `end goes back at ${where()}`);
            }
            const unit = folded.text.charCodeAt(k);
            check(s < e || unit === 0x2029, () => `${where()} covers no characters`);
            if (unit === 0x2029 && (s === e || text.charCodeAt(s) !== 0x2029)) {
              // A break: no characters of its own, but a mark or control right after it belongs
              // to it as to any unit before a mark (\u2029\u200f covers the RLM).
              check(breaks.includes(s), () => `${where()} is a break where none was asked for`);
              check(foldArabic(text.slice(s, e)) === '', () => `${where()} is a break that covers letters`);
              inserted++;
              continue;
            }
            withoutBreaks.push(unit);
            // Surrogate halves fold, alone, to U+FFFD: compare the others.
            if (isHigh(unit) || isLow(unit) || unit === 0xfffd) continue;
            check(
              foldArabic(text.slice(s, e)).includes(folded.text.charAt(k)),
              () => `${where()} is not from its source`,
            );
          }
          check(inserted === breaks.filter((b) => b < text.length).length, 'one break unit per break');
          // (Skipped where a break may part two surrogate halves, which then decode differently.)
          if (breaks.length === 0 || !/[\ud800-\udfff]/.test(text)) {
            check(String.fromCharCode(...withoutBreaks) === foldArabic(text), 'breaks change nothing else');
          }
        }),
        params(offsetRuns, 6),
      );
    },
    timeoutFor(offsetRuns, 150),
  );

  const wordRuns = runsOf(SHARE.words);
  it(
    `splitWords gives ordered words inside the text (${wordRuns} runs)`,
    () => {
      fc.assert(
        fc.property(foldable, (text) => {
          const folded = foldArabic(text);
          const words = splitWords(folded);
          let previousEnd = 0;
          for (let w = 0; w < words.count; w++) {
            const s = words.start[w] as number;
            const e = words.end[w] as number;
            check(previousEnd <= s && s < e && e <= folded.length, () => `word ${w}: [${s}, ${e})`);
            check(words.joinedToNext[w] === 0 || words.joinedToNext[w] === 1, 'joinedToNext is 0 or 1');
            previousEnd = e;
          }
          if (words.count > 0) expect(words.joinedToNext[words.count - 1]).toBe(0);
          const units = new Uint16Array(folded.length);
          for (let k = 0; k < folded.length; k++) units[k] = folded.charCodeAt(k);
          const buffer = new WordBuffer(1);
          buffer.split(units, units.length);
          expect(buffer.count).toBe(words.count);
          for (let w = 0; w < words.count; w++) {
            check(
              buffer.start[w] === words.start[w] &&
                buffer.end[w] === words.end[w] &&
                buffer.joinedToNext[w] === words.joinedToNext[w],
              () => `WordBuffer differs at word ${w} of ${JSON.stringify(folded)}`,
            );
          }
        }),
        params(wordRuns, 7),
      );
    },
    timeoutFor(wordRuns, 100),
  );
});
