/**
 * The mention-level gold (accuracy/gold/pages.json) and its page-text cache.
 *
 * The repository keeps each page's address, labels, the text's SHA-256 and the mentions (offsets,
 * surface, entity id), never the page text: the text lives in a cache outside the checkout
 * (`$RAFIQ_PAGE_CACHE`, default `~/.cache/rafiq/pages`), one file per address, written from the
 * search tool's stored copy of the page when the gold is gathered (see accuracy/README.md).
 *
 *   tsx scripts/gold.ts path URL          where the cached text of URL lives
 *   tsx scripts/gold.ts save URL < TEXT   write the cached text of URL from standard input
 *   tsx scripts/gold.ts check PART.json   place an annotator's mentions ({ id, text } in reading
 *                                         order) on the cached text and report what does not fit
 *   tsx scripts/gold.ts merge PART.json…  add annotators' parts to the gold, with offsets, the
 *                                         text's hash and the split (by outlet, decided once);
 *                                         a page repeating another's story is left out
 *   tsx scripts/gold.ts drop URL… -- WHY   take pages out of the gold (a reserved page, a twin
 *                                         across the split), saying why
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isReserved } from '../../shared/reserved/check.mjs';

export const PAGE_CACHE = process.env.RAFIQ_PAGE_CACHE ?? join(homedir(), '.cache', 'rafiq', 'pages');

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function cachePath(url: string): string {
  return join(PAGE_CACHE, `${sha256(url).slice(0, 20)}.txt`);
}

export function readCached(url: string): string | null {
  const file = cachePath(url);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Letters that may not touch a mention's edges: a mention covers whole written words. */
const LETTER = /[\p{L}\p{M}\p{N}]/u;

export interface PlacedMention {
  start: number;
  end: number;
  id: string;
  text: string;
  generic?: true;
}

/**
 * Places `mentions` (in reading order) on `text`: each is the next whole-word occurrence of its
 * surface after the previous one. Returns the placed mentions and the ones that did not fit.
 */
export function placeMentions(text: string, mentions: ReadonlyArray<{ id: string; text: string; generic?: boolean }>) {
  const placed: PlacedMention[] = [];
  const errors: string[] = [];
  let from = 0;
  for (const m of mentions) {
    let at = text.indexOf(m.text, from);
    while (at >= 0) {
      const before = at > 0 ? text.charAt(at - 1) : '';
      const after = text.charAt(at + m.text.length);
      if (!LETTER.test(before) && !LETTER.test(after)) break;
      at = text.indexOf(m.text, at + 1);
    }
    if (at < 0 || m.text.length === 0) {
      errors.push(`not found as whole words after offset ${from}: ${m.id} "${m.text}"`);
      continue;
    }
    placed.push({
      start: at,
      end: at + m.text.length,
      id: m.id,
      text: m.text,
      ...(m.generic ? { generic: true } : {}),
    });
    from = at + m.text.length;
  }
  return { placed, errors };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface PartPage {
  url: string;
  outlet: string;
  kind: string;
  label: 'summit' | 'related' | 'none';
  published?: string | null;
  why?: string;
  mentions: Array<{ id: string; text: string; generic?: boolean }>;
  notes?: string[];
}

export type Split = 'tune' | 'heldout';

export interface GoldMention {
  start: number;
  end: number;
  id: string;
  text: string;
  /** A generic noun standing for the entity (القمة for the summit): scored apart. */
  generic?: true;
}

export interface GoldPage {
  url: string;
  outlet: string;
  domain: string;
  split: Split;
  kind: string;
  label: 'summit' | 'related' | 'none';
  published: string | null;
  why: string;
  annotator: string;
  /** SHA-256 and UTF-16 length of the text the offsets are into. */
  sha256: string;
  length: number;
  mentions: GoldMention[];
}

export interface Gold {
  about: string;
  pages: GoldPage[];
}

export const GOLD_FILE = join(import.meta.dirname, '..', 'accuracy', 'gold', 'pages.json');

export const domainOf = (url: string) => new URL(url).hostname.replace(/^www\./, '').toLowerCase();

/**
 * Which part an outlet belongs to, decided once per outlet and kept in the gold file: outlets the
 * development set studied are tuning outlets; the others fall on either side by a hash of their
 * domain, so the held-back part is outlets whose spellings nobody tuned on.
 */
function splitFor(domain: string, studied: ReadonlySet<string>, known: ReadonlyMap<string, Split>): Split {
  const before = known.get(domain);
  if (before) return before;
  if (studied.has(domain)) return 'tune';
  return Number.parseInt(sha256(domain).slice(0, 8), 16) % 2 === 0 ? 'heldout' : 'tune';
}

/** The gold as JSON a reviewer can diff: one line per page field, one line per mention. */
export function goldJson(gold: Gold): string {
  const pages = gold.pages.map((page) => {
    const { mentions, ...fields } = page;
    const head = Object.entries(fields).map(([k, v]) => `   ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    const lines = mentions.map((m) => `    ${JSON.stringify(m)}`);
    return `  {\n${head.join(',\n')},\n   "mentions": [\n${lines.join(',\n')}\n   ]\n  }`;
  });
  return `{\n "about": ${JSON.stringify(gold.about)},\n "pages": [\n${pages.join(',\n')}\n ]\n}\n`;
}

/** The page's runs of five words: what two copies of one story share, whatever the outlet wraps round it. */
export function shingles(text: string): Set<string> {
  const words = text.split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}

/** How much of the shorter text the longer one contains, by runs of five words (0 to 1). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * A page that repeats another's story (an agency wire or a study republished by a second outlet)
 * is left out: kept, its copy could fall on the other side of the split, and a held-back page
 * would be read through its tuning twin.
 */
export const DUPLICATE_OVERLAP = 0.5;

function merge(files: string[]): number {
  const gold: Gold = existsSync(GOLD_FILE)
    ? (JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Gold)
    : { about: '', pages: [] };
  gold.about =
    'Mention-level gold, annotated blind (see accuracy/README.md). Offsets are UTF-16 into the cached page text whose SHA-256 is given; the text itself is not kept here.';
  const devset = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'devset', 'pages.json'), 'utf8')) as Array<{
    url: string;
  }>;
  const studied = new Set(devset.map((p) => domainOf(p.url)));
  const known = new Map(gold.pages.map((p) => [p.domain, p.split] as const));
  const have = new Set(gold.pages.map((p) => p.url));
  const texts: Array<{ url: string; shingles: Set<string> }> = [];
  for (const p of gold.pages) {
    const text = readCached(p.url);
    if (text !== null) texts.push({ url: p.url, shingles: shingles(text) });
  }
  let problems = 0;
  for (const file of files) {
    const part = JSON.parse(readFileSync(file, 'utf8')) as { annotator: string; pages: PartPage[] };
    for (const page of part.pages) {
      if (have.has(page.url)) continue;
      if (isReserved(page.url)) {
        console.log(`RESERVED, left out: ${page.url}`);
        continue;
      }
      const text = readCached(page.url);
      if (text === null) {
        console.log(`MISSING TEXT ${page.url}`);
        problems++;
        continue;
      }
      const own = shingles(text);
      const twin = texts.find((t) => overlap(own, t.shingles) >= DUPLICATE_OVERLAP);
      if (twin) {
        console.log(`DUPLICATE of ${twin.url}, left out: ${page.url}`);
        continue;
      }
      texts.push({ url: page.url, shingles: own });
      const { placed, errors } = placeMentions(text, page.mentions);
      for (const e of errors) console.log(`${page.url}: ${e}`);
      problems += errors.length;
      const domain = domainOf(page.url);
      const split = splitFor(domain, studied, known);
      known.set(domain, split);
      have.add(page.url);
      gold.pages.push({
        url: page.url,
        outlet: page.outlet,
        domain,
        split,
        kind: page.kind,
        label: page.label,
        published: page.published ?? null,
        why: page.why ?? '',
        annotator: part.annotator,
        sha256: sha256(text),
        length: text.length,
        mentions: placed,
      });
    }
  }
  gold.pages.sort((a, b) => a.domain.localeCompare(b.domain) || a.url.localeCompare(b.url));
  mkdirSync(join(GOLD_FILE, '..'), { recursive: true });
  writeFileSync(GOLD_FILE, goldJson(gold));
  const bySplit = (s: Split) => gold.pages.filter((p) => p.split === s);
  const outlets = (pages: GoldPage[]) => new Set(pages.map((p) => p.domain)).size;
  console.log(
    `gold: ${gold.pages.length} pages from ${outlets(gold.pages)} outlets; tune ${bySplit('tune').length} pages (${outlets(bySplit('tune'))} outlets), held back ${bySplit('heldout').length} (${outlets(bySplit('heldout'))} outlets)`,
  );
  return problems ? 1 : 0;
}

function drop(args: string[]): number {
  const cut = args.indexOf('--');
  const urls = new Set(cut < 0 ? args : args.slice(0, cut));
  const why = cut < 0 ? '' : args.slice(cut + 1).join(' ');
  if (urls.size === 0 || !why) {
    console.log('usage: gold.ts drop URL… -- WHY');
    return 2;
  }
  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Gold;
  const kept = gold.pages.filter((p) => !urls.has(p.url));
  const gone = gold.pages.length - kept.length;
  if (gone !== urls.size) {
    console.log(`only ${gone} of ${urls.size} addresses are in the gold; nothing changed`);
    return 1;
  }
  writeFileSync(GOLD_FILE, goldJson({ ...gold, pages: kept }));
  console.log(`dropped ${gone} page(s) (${why}); ${kept.length} left`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  if (command === 'drop') return drop(argv.slice(1));
  if (command === 'path' && arg) {
    console.log(cachePath(arg));
    return 0;
  }
  if (command === 'save' && arg) {
    const text = await readStdin();
    mkdirSync(PAGE_CACHE, { recursive: true });
    writeFileSync(cachePath(arg), text);
    console.log(`${cachePath(arg)}: ${text.length} UTF-16 units, sha256 ${sha256(text).slice(0, 12)}`);
    return 0;
  }
  if (command === 'check' && arg) {
    const part = JSON.parse(readFileSync(arg, 'utf8')) as { pages: PartPage[] };
    let bad = 0;
    let total = 0;
    for (const page of part.pages) {
      const text = readCached(page.url);
      if (text === null) {
        console.log(`MISSING TEXT ${page.url}`);
        bad++;
        continue;
      }
      const { placed, errors } = placeMentions(text, page.mentions);
      total += placed.length;
      for (const e of errors) console.log(`${page.url}: ${e}`);
      bad += errors.length;
    }
    console.log(`${part.pages.length} pages, ${total} mentions placed, ${bad} problems`);
    return bad ? 1 : 0;
  }
  if (command === 'merge' && arg) return merge(argv.slice(1));
  process.stderr.write(
    'usage: tsx scripts/gold.ts path URL | save URL < TEXT | check PART.json | merge PART.json...\n',
  );
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
