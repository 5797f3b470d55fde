/**
 * npx tsx scripts/engine-identity.ts write|check
 *
 * A guard for work on the engine that must change no result: `write` annotates every text it can
 * find and stores one digest per text (language, topic, every mention) in .cache/ (outside git:
 * the texts are not ours to commit); `check` annotates them again and reports every text whose
 * digest differs. The texts: the seed article, every SaudiNewsNet article (as the accuracy report
 * reads them, with the title's break), the cached gold pages, the sample pages, the 1 MB benchmark
 * text, and stressed copies of some articles (marks, tatweel, invisible characters, presentation
 * forms, Persian letters and capitals inserted at seeded places), so the paths that map folded
 * text back to the page are exercised too. Each text is also read in small slices (`steps` with a
 * few words per step) and must give the same digest as read at once.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary } from '../glossary/build';
import { type AnnotateInput, type Annotation, Annotator } from '../lib/annotate';
import { finish } from '../lib/steps';
import { readDocument } from './annotate';
import { arabicText, readSaudiArticles, SEED } from './corpus';
import { PAGE_CACHE } from './gold';

const REPO = join(import.meta.dirname, '..');
const STORE = join(REPO, '.cache', 'engine-identity.digests');
/**
 * Slice sizes (words per step) a content script might use, each with a window size (characters
 * folded at a time, see `FoldWindow`; 0 for the default): the small ones put window edges inside
 * names, ligatures and runs of marks.
 */
const SLICED: ReadonlyArray<readonly [words: number, window: number]> = [
  [1, 0],
  [7, 37],
  [1000, 0],
  [Number.POSITIVE_INFINITY, 300],
];

interface Named {
  name: string;
  input: AnnotateInput;
}

function* texts(): Generator<Named> {
  yield { name: 'seed', input: { text: readFileSync(SEED, 'utf8') } };
  const articles = readSaudiArticles();
  for (const [i, a] of articles.entries()) {
    const text = `${a.title}\n${a.content}`;
    yield { name: `saudi/${i}`, input: { text, breaks: [a.title.length + 1] } };
  }
  if (existsSync(PAGE_CACHE)) {
    for (const file of readdirSync(PAGE_CACHE).sort()) {
      if (!file.endsWith('.txt')) continue;
      yield {
        name: `page/${file}`,
        input: { text: readDocument(readFileSync(join(PAGE_CACHE, file), 'utf8'), 'txt').text },
      };
    }
  }
  for (const file of ['samples/summit-article.html', 'scripts/fixtures/short-article.html']) {
    const read = readDocument(readFileSync(join(REPO, file), 'utf8'), 'html');
    yield { name: file, input: { text: read.text, breaks: read.breaks, lang: read.lang } };
  }
  for (let i = 0; i < articles.length; i += 6) {
    const a = articles[i] as (typeof articles)[number];
    const text = stressed(`${a.title}\n${a.content}`, i + 1);
    yield { name: `stressed/${i}`, input: { text: text.text, breaks: text.breaks } };
  }
  yield { name: 'bench-1MB', input: { text: arabicText(1024 * 1024) } };
}

/** Characters a page may carry that folding drops, maps or expands. */
const NOISE = ['\u064e', '\u0651', '\u0652', '\u0640', '\u200c', '\u200f', '\u00ad', '\ufeff', '\u0670'];
const SWAPS: Record<string, string> = {
  ي: 'ی',
  ك: 'ک',
  ه: 'ە',
  ف: 'ڤ',
  ب: 'پ',
  ج: 'چ',
  ا: 'أ',
  ة: '\ufe94',
  ل: '\ufedf',
  ' ': '-',
};

/** A copy of `text` with noise at seeded places, and breaks between some words. */
function stressed(text: string, seed: number): { text: string; breaks: number[] } {
  let s = seed * 2654435761;
  const rand = () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) | 0;
    return (s >>> 0) / 0x100000000;
  };
  let out = '';
  const breaks: number[] = [];
  for (const ch of text) {
    const r = rand();
    if (r < 0.04) out += SWAPS[ch] ?? ch;
    else if (r < 0.05 && /[a-z]/.test(ch)) out += ch.toUpperCase();
    else out += ch;
    const q = rand();
    if (q < 0.05) out += NOISE[Math.floor(rand() * NOISE.length)];
    else if (q < 0.052) out += String.fromCharCode(0xfe8d + Math.floor(rand() * 60));
    else if (q < 0.054 && ch === ' ') breaks.push(out.length);
  }
  return { text: out, breaks };
}

function digest(a: Annotation, annotator: Annotator): string {
  const ids = annotator.glossary.entities;
  return JSON.stringify({
    language: a.language,
    topic: a.topic,
    mentions: a.mentions.map((m) => [ids[m.entity]?.id, m.start, m.end, m.form, m.short, m.step ?? null]),
    // By id and count only: the shape an annotation lists its entities in may change, what it finds may not.
    entities: a.entities.map((e) => [e.entity, e.count]),
  });
}

function main(mode: string | undefined) {
  if (mode !== 'write' && mode !== 'check') {
    process.stderr.write('usage: npx tsx scripts/engine-identity.ts write|check\n');
    return 2;
  }
  const annotator = new Annotator(buildGlossary().index);
  const windowed = new Map<number, Annotator>();
  const reader = (window: number) => {
    if (!window) return annotator;
    let a = windowed.get(window);
    if (!a) {
      a = new Annotator(annotator.glossary);
      if ('windowChars' in a) (a as { windowChars: number }).windowChars = window;
      windowed.set(window, a);
    }
    return a;
  };
  const stored: Record<string, string> = mode === 'check' ? JSON.parse(readFileSync(STORE, 'utf8')) : {};
  const now: Record<string, string> = {};
  let differ = 0;
  let missing = 0;
  let sliceDiffer = 0;
  let n = 0;
  const t0 = performance.now();
  for (const { name, input } of texts()) {
    n++;
    const whole = digest(annotator.annotate(input), annotator);
    now[name] = whole;
    // Slicing must never change a result; the big text is sliced once (it is slow sliced finely).
    for (const [per, window] of name === 'bench-1MB' ? [[1000, 0] as const, [100, 300] as const] : SLICED) {
      if (digest(finish(reader(window).steps(input, per)), annotator) !== whole) {
        sliceDiffer++;
        if (sliceDiffer <= 10)
          console.log(`${name}: read in slices of ${per} words (window ${window}) differs from read at once`);
      }
    }
    if (mode === 'check') {
      if (!(name in stored)) missing++;
      else if (stored[name] !== whole) {
        differ++;
        if (differ <= 10)
          console.log(`${name}: differs\n  was ${stored[name]?.slice(0, 400)}\n  now ${whole.slice(0, 400)}`);
      }
    }
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (mode === 'write') {
    mkdirSync(join(REPO, '.cache'), { recursive: true });
    writeFileSync(STORE, JSON.stringify(now));
    console.log(`wrote ${n} digests to ${STORE} (${seconds} s); sliced reads differing: ${sliceDiffer}`);
    return sliceDiffer ? 1 : 0;
  }
  const gone = Object.keys(stored).filter((k) => !(k in now)).length;
  console.log(
    `checked ${n} texts (${seconds} s): ${differ} differ, ${missing} new, ${gone} no longer found; sliced reads differing: ${sliceDiffer}`,
  );
  return differ || missing || gone || sliceDiffer ? 1 : 0;
}

process.exitCode = main(process.argv[2]);
