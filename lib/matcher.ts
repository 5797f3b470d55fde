/**
 * The matcher: finds glossary forms in folded text, longest first, with proclitics on the first
 * word and short references resolved to the entity last named in full. It knows nothing of the
 * DOM; the content script, the annotate CLI and the tests all call `matchEntities`.
 */

import { deletions, slipDistance, slipsAllowed } from './arabic/approx';
import { PROCLITICS_BY_FIRST_LETTER, type Proclitic, remainderAfter } from './arabic/clitics';
import type { FoldedText } from './arabic/fold';
import { letterClass, skeleton } from './arabic/variants';
import { splitWords, type Words } from './arabic/words';
import type { CompiledGlossary, GeneratedBy, NameTables } from './glossary-types';

/** The payload of a name that is read whole and makes no mention (see `glossary/not-ours.ts`). */
const NOT_OURS = -2;

interface Payload {
  /** Entity matched by a full form, `NOT_OURS`, or -1. */
  full: number;
  /** Entities this form is a short reference to (valid only after their full form). */
  short: readonly number[] | null;
}

interface TrieNode {
  payload: Payload | null;
  next: Map<string, TrieNode> | null;
}

export interface Matcher {
  readonly glossary: CompiledGlossary;
  readonly root: Map<string, TrieNode>;
  /** Bit set over a hash of a word's first two letters: 0 means no form starts with that word. */
  readonly firstPairs: Uint8Array;
  /** Other readings of a word that is not itself in the glossary (variants, slips), or null. */
  readonly names: NameReader | null;
  /** Keys that must be written in capitals on the page. */
  readonly upper: ReadonlySet<string>;
  /** Short forms that are ordinary words too: never read from page context alone. */
  readonly ordinary: ReadonlySet<string>;
}

/** How a mention was read, where a generalisation step rather than a listed form read it. */
export type MentionStep = GeneratedBy | 'variant' | 'slip' | 'context';

/**
 * Reads a page word that is not a glossary word as the name words it may be: a transliteration
 * variant (same skeleton, see `lib/arabic/variants.ts`) or a long name with one slip (see
 * `lib/arabic/approx.ts`). Ordinary words of real text that would read so are blocked.
 */
export class NameReader {
  private readonly skeletons: Map<string, readonly string[]>;
  private readonly slipIndex = new Map<string, string[]>();
  private readonly blocked: ReadonlySet<string>;
  /** First and last letter classes of every name word: most page words are rejected here. */
  private readonly ends = new Set<number>();
  private readonly slipEnds = new Set<number>();
  private readonly maxSlipLength: number;

  constructor(tables: NameTables) {
    this.skeletons = new Map(Object.entries(tables.skeletons));
    this.blocked = new Set(tables.blocked);
    for (const words of this.skeletons.values()) for (const w of words) this.ends.add(endsKey(w));
    let max = 0;
    for (const w of tables.slips) {
      this.slipEnds.add(rawEndsKey(w));
      max = Math.max(max, w.length);
      for (const d of deletions(w, slipsAllowed(w.length))) {
        const list = this.slipIndex.get(d);
        if (list) list.push(w);
        else this.slipIndex.set(d, [w]);
      }
    }
    this.maxSlipLength = max + 2;
  }

  /** Whether `word` (folded) might be read as a name word: cheap, no strings built. */
  mayRead(text: string, start: number, end: number): boolean {
    if (end - start < 5) return false;
    // (Only the start of a name is looked for here: anchored reads happen inside `longestFrom`.)
    const a = text.charCodeAt(start);
    const z = text.charCodeAt(end - 1);
    return this.ends.has((letterClass(a) << 16) | letterClass(z)) || this.slipEnds.has((a << 16) | z);
  }

  /**
   * The name words `word` may be, with the step that reads it so. `anchored`: the word follows
   * the start of a multi-word name (سيردار بردي for سيردار بيردي), where shorter words are safe.
   */
  read(word: string, anchored = false): { words: readonly string[]; step: MentionStep } | null {
    if (word.length < (anchored ? 4 : 5) || this.blocked.has(word)) return null;
    const sk = skeleton(word);
    // A variant adds or drops a vowel or two, not more; on its own, a short skeleton, or one that
    // starts like the article ال, is shared by too many ordinary words.
    const standalone = !anchored && (sk.length < 4 || sk.startsWith('ال'));
    const byVariant = standalone
      ? undefined
      : this.skeletons
          .get(sk)
          ?.filter((w) => Math.abs(w.length - word.length) <= 2 && (anchored || w.length >= MIN_STANDALONE));
    if (byVariant?.length) return { words: byVariant, step: 'variant' };
    if (word.length > this.maxSlipLength || !this.slipEnds.has(rawEndsKey(word))) return null;
    const found = new Set<string>();
    const limit = 2;
    for (const d of deletions(word, word.length >= 12 ? 2 : 1)) {
      for (const candidate of this.slipIndex.get(d) ?? []) {
        if (found.has(candidate)) continue;
        const allowed = slipsAllowed(candidate.length);
        if (slipDistance(word, candidate, Math.min(limit, allowed)) <= allowed) found.add(candidate);
      }
    }
    return found.size ? { words: [...found], step: 'slip' } : null;
  }
}

/** A name word read through a variant on its own (not inside a longer name) has this many letters. */
const MIN_STANDALONE = 6;

const endsKey = (w: string) => (letterClass(w.charCodeAt(0)) << 16) | letterClass(w.charCodeAt(w.length - 1));
// A slip never touches the first and the last letter: typos and OCR slips are inside a word.
const rawEndsKey = (w: string) => (w.charCodeAt(0) << 16) | w.charCodeAt(w.length - 1);

const pairHash = (c0: number, c1: number) => ((c0 << 6) ^ c1) & 0xffff;

export interface Mention {
  /** Index into `glossary.entities`. */
  entity: number;
  /** Offsets into the original text: the whole written words, proclitics included. */
  start: number;
  end: number;
  /** The glossary form (folded, words joined by spaces) the text was read as. */
  form: string;
  /** True when this is a short reference (`شي` after `شي جين بينغ`). */
  short: boolean;
  /** The generalisation step that read it, when a listed form alone would not have. */
  step?: MentionStep;
}

function addForm(root: Map<string, TrieNode>, key: string): TrieNode {
  let map = root;
  let node: TrieNode | undefined;
  for (const word of key.split(' ')) {
    node = map.get(word);
    if (!node) {
      node = { payload: null, next: null };
      map.set(word, node);
    }
    map = node.next ??= new Map();
  }
  // formKey never yields an empty key, so the loop ran at least once.
  const last = node as TrieNode;
  if (last.next?.size === 0) last.next = null;
  return last;
}

export function createMatcher(glossary: CompiledGlossary): Matcher {
  const root = new Map<string, TrieNode>();
  for (const [key, entity] of Object.entries(glossary.full)) {
    const node = addForm(root, key);
    node.payload = { full: entity, short: node.payload?.short ?? null };
  }
  for (const [key, entities] of Object.entries(glossary.short)) {
    const node = addForm(root, key);
    node.payload = { full: node.payload?.full ?? -1, short: entities };
  }
  for (const key of glossary.notOurs ?? []) {
    const node = addForm(root, key);
    node.payload ??= { full: NOT_OURS, short: null };
  }
  const firstPairs = new Uint8Array(0x10000);
  for (const word of root.keys()) firstPairs[pairHash(word.charCodeAt(0), word.charCodeAt(1))] = 1;
  return {
    glossary,
    root,
    firstPairs,
    names: glossary.names ? new NameReader(glossary.names) : null,
    upper: new Set(glossary.upper ?? []),
    ordinary: new Set(glossary.names?.ordinary ?? []),
  };
}

interface Hit {
  entity: number;
  /** Index of the last word of the match. */
  last: number;
  form: string;
  short: boolean;
  step?: MentionStep;
}

/** A short form seen before any full form licensed it: settled when the whole page is read. */
interface Deferred {
  at: number;
  last: number;
  form: string;
  candidates: readonly number[];
  step?: MentionStep;
  /** A title stands right before it (الرئيس شي): a person, whatever else the word can be. */
  titled: boolean;
}

interface Scan {
  text: string;
  words: Words;
  lastNamed: Int32Array;
  names: NameReader | null;
  deferred: Deferred | null;
}

/** The node `word` leads to from `map`: the word itself, else the name words it may be read as. */
function follow(
  map: Map<string, TrieNode>,
  word: string,
  names: NameReader | null,
  anchored = false,
): { node: TrieNode; word: string; step?: MentionStep } | null {
  const node = map.get(word);
  if (node) return { node, word };
  if (!names) return null;
  const read = names.read(word, anchored);
  if (!read) return null;
  for (const w of read.words) {
    const other = map.get(w);
    if (other) return { node: other, word: w, step: read.step };
  }
  return null;
}

/** The longest form starting at word `w`, read as `first`; `best` if nothing reads further. */
function longestFrom(
  root: Map<string, TrieNode>,
  scan: Scan,
  w: number,
  first: string,
  best: Hit | null,
  firstStep?: MentionStep,
  firstLast = w,
): Hit | null {
  const { text, words } = scan;
  const before = best;
  let step = root.has(first) ? firstStep : undefined;
  let node = root.get(first);
  let j = firstLast;
  let form = first;
  while (node) {
    const hit = node.payload && resolve(node.payload, scan.lastNamed);
    // A longer form that is not licensed here (`القمة الأولى` before the first summit was named)
    // still says what the words are: the shorter reading inside it (`القمة`) would be wrong.
    if (node.payload && !hit && j > w) best = before;
    if (hit && (!best || j > best.last)) best = { entity: hit.entity, short: hit.short, last: j, form, step };
    if (node.payload && !hit && !best && node.payload.short) {
      scan.deferred = { at: w, last: j, form, candidates: node.payload.short, step, titled: titledAt(scan, w) };
    }
    if (!node.next || !words.joinedToNext[j] || j + 1 >= words.count) break;
    const nextWord = text.slice(words.start[j + 1], words.end[j + 1]);
    let next = follow(node.next, nextWord, scan.names, true);
    let used = 1;
    // One name word written as two (نزار باييف for نزارباييف).
    if (!next && words.joinedToNext[j + 1] && j + 2 < words.count) {
      const joined = nextWord + text.slice(words.start[j + 2], words.end[j + 2]);
      const node2 = node.next.get(joined);
      if (node2) {
        next = { node: node2, word: joined, step: 'joined' };
        used = 2;
      }
    }
    if (!next) break;
    node = next.node;
    step ??= next.step;
    form += ` ${next.word}`;
    j += used;
  }
  return best;
}

/** Words that stand before a person's name as a title (folded, proclitics removed). */
const TITLES: ReadonlySet<string> = new Set(['الرييس', 'رييس', 'الزعيم', 'زعيم', 'نظيره', 'نظيرها', 'السيد']);

/** Whether a title stands before word `w`, or before the adjective after it (الرئيس الصيني شي). */
function titledAt(scan: Scan, w: number): boolean {
  const { text, words } = scan;
  const isTitle = (k: number) => {
    if (k < 0 || !words.joinedToNext[k]) return false;
    let word = text.slice(words.start[k], words.end[k]);
    if (word.length > 4 && (word.startsWith('و') || word.startsWith('ف'))) word = word.slice(1);
    if (word.startsWith('لل')) word = `ال${word.slice(2)}`;
    else if (word.length > 4 && (word.startsWith('ب') || word.startsWith('ل'))) word = word.slice(1);
    return TITLES.has(word);
  };
  if (isTitle(w - 1)) return true;
  const adjective = w - 1 >= 0 && text.startsWith('ال', words.start[w - 1] as number);
  return adjective && isTitle(w - 2);
}

/**
 * A scan of folded text that can stop and resume: the content script matches a large page in
 * slices between which the browser can paint and handle input; everything else runs it to the
 * end at once (`matchEntities`). Short references carry across slices.
 */
export class MatchScan {
  readonly mentions: Mention[] = [];
  /** Short forms read before any full form of theirs: see `settleDeferred`. */
  private readonly deferred: Deferred[] = [];
  private readonly scan: Scan;
  private w = 0;

  /**
   * `source` is the original text `folded` was made from; without it, forms that must be written
   * in capitals (Latin acronyms) are taken in any case.
   */
  constructor(
    private readonly matcher: Matcher,
    private readonly folded: FoldedText,
    private readonly source?: string,
  ) {
    this.scan = {
      text: folded.text,
      words: splitWords(folded.text),
      lastNamed: new Int32Array(matcher.glossary.entities.length).fill(-1),
      names: matcher.names,
      deferred: null,
    };
  }

  /** Whether the original text writes `[start, end)` without a lower-case Latin letter. */
  private writtenInCapitals(start: number, end: number): boolean {
    return !this.source || !/[a-z]/.test(this.source.slice(start, end));
  }

  /** The mention for words `w`..`hit.last`, in original offsets. */
  private mentionOf(w: number, last: number, entity: number, form: string, short: boolean, step?: MentionStep) {
    const { words } = this.scan;
    const m: Mention = {
      entity,
      start: this.folded.start[words.start[w] as number] as number,
      end: this.folded.end[(words.end[last] as number) - 1] as number,
      form,
      short,
    };
    const origin = this.matcher.glossary.origin?.[form];
    if (step ?? origin) m.step = step ?? origin;
    return m;
  }

  /** Reads up to `budget` more words; true when the whole text has been read. */
  step(budget = Number.POSITIVE_INFINITY): boolean {
    const { root, firstPairs, names } = this.matcher;
    const { text, words, lastNamed } = this.scan;
    const stop = Math.min(words.count, this.w + budget);
    let w = this.w;
    while (w < stop) {
      const ws = words.start[w] as number;
      const c0 = text.charCodeAt(ws);
      const proclitics = PROCLITICS_BY_FIRST_LETTER.get(c0);
      // Most words can start no form and carry no proclitic: skip them without building a string.
      if (
        !proclitics &&
        !firstPairs[pairHash(c0, text.charCodeAt(ws + 1))] &&
        !names?.mayRead(text, ws, words.end[w] as number)
      ) {
        w++;
        continue;
      }
      const word = text.slice(ws, words.end[w]);
      this.scan.deferred = null;
      let best = longestFrom(root, this.scan, w, word, null);
      // A name found whole is never cut (بكين stays بكين); otherwise try proclitic readings,
      // least stripping first, keeping the one that reads furthest.
      if (!best && proclitics) {
        for (const p of proclitics) {
          const at = p.written.length;
          if (!p.restore && !firstPairs[pairHash(word.charCodeAt(at), word.charCodeAt(at + 1))]) continue;
          const remainder = remainderAfter(word, p);
          if (remainder !== null && root.has(remainder)) best = longestFrom(root, this.scan, w, remainder, best);
        }
      }
      // One name word written as two (نزار باييف): the two together, when that starts a form.
      if (!best && !this.scan.deferred && words.joinedToNext[w] && w + 1 < words.count) {
        const joined = word + text.slice(words.start[w + 1], words.end[w + 1]);
        if (root.has(joined)) best = longestFrom(root, this.scan, w, joined, null, 'joined', w + 1);
      }
      // Not a listed form, with or without a proclitic: perhaps a variant or a slip of a name.
      if (!best && !this.scan.deferred && names) best = this.readName(w, word, proclitics);
      if (
        best &&
        this.matcher.upper.has(best.form) &&
        !this.writtenInCapitals(
          this.folded.start[ws] as number,
          this.folded.end[(words.end[best.last] as number) - 1] as number,
        )
      ) {
        best = null;
      }
      if (best?.entity === NOT_OURS) {
        w = best.last + 1;
      } else if (best) {
        this.mentions.push(this.mentionOf(w, best.last, best.entity, best.form, best.short, best.step));
        if (!best.short) lastNamed[best.entity] = this.mentions.length;
        w = best.last + 1;
      } else {
        const deferred = this.scan.deferred as Deferred | null;
        if (deferred) {
          this.deferred.push(deferred);
          w = deferred.last + 1;
        } else {
          w++;
        }
      }
    }
    this.w = w;
    return w >= words.count;
  }

  /** Word `w` (or what follows a proclitic on it) read as a variant or a slip of a name word. */
  private readName(w: number, word: string, proclitics: readonly Proclitic[] | undefined): Hit | null {
    const { root } = this.matcher;
    const names = this.scan.names as NameReader;
    const readings: string[] = [word];
    for (const p of proclitics ?? []) {
      const remainder = remainderAfter(word, p);
      if (remainder !== null && remainder.length >= 5) readings.push(remainder);
    }
    let best: Hit | null = null;
    for (const reading of readings) {
      const read = names.read(reading);
      if (!read) continue;
      for (const candidate of read.words) {
        if (root.has(candidate)) best = longestFrom(root, this.scan, w, candidate, best, read.step);
      }
      if (best) return best;
    }
    return best;
  }

  /**
   * Settles the short forms read before any full form licensed them, once the whole text is read:
   * one whose entity is named in full anywhere on the page is a reference to it (a headline's
   * surname before the article's full name); with `pageContext` (the page is about the summit),
   * one that can only be one entity stands on its own, unless it is also an ordinary word.
   * Returns the mentions added, which are also merged into `mentions` in text order.
   */
  settleDeferred(pageContext: boolean): Mention[] {
    if (!this.deferred.length) return [];
    const named = new Set<number>();
    for (const m of this.mentions) if (!m.short) named.add(m.entity);
    const added: Mention[] = [];
    for (const d of this.deferred) {
      const onPage = d.candidates.filter((c) => named.has(c));
      let entity = -1;
      if (onPage.length === 1) entity = onPage[0] as number;
      else if (
        d.candidates.length === 1 &&
        this.matcher.glossary.entities[d.candidates[0] as number]?.type === 'person' &&
        (d.titled || (pageContext && !this.matcher.ordinary.has(d.form)))
      ) {
        // Only people: a leader's surname names one person on a summit page, but "the first
        // summit" (القمة الأولى) there is not known to be the one the glossary means.
        entity = d.candidates[0] as number;
      }
      if (entity < 0) continue;
      added.push(this.mentionOf(d.at, d.last, entity, d.form, true, d.step ?? 'context'));
    }
    // What the page alone could not settle waits for the page's verdict (a second call).
    this.deferred.splice(
      0,
      this.deferred.length,
      ...this.deferred.filter(
        (d) => !added.some((m) => m.start === this.folded.start[this.scan.words.start[d.at] as number]),
      ),
    );
    if (added.length) {
      this.mentions.push(...added);
      this.mentions.sort((a, b) => a.start - b.start);
    }
    return added;
  }
}

/** Finds every mention in `folded`, in text order, none overlapping. */
export function matchEntities(matcher: Matcher, folded: FoldedText): Mention[] {
  const scan = new MatchScan(matcher, folded);
  scan.step();
  return scan.mentions;
}

function resolve(payload: Payload, lastNamed: Int32Array): { entity: number; short: boolean } | null {
  if (payload.full >= 0 || payload.full === NOT_OURS) return { entity: payload.full, short: false };
  let entity = -1;
  let when = -1;
  for (const candidate of payload.short ?? []) {
    const named = lastNamed[candidate] as number;
    if (named > when) {
      when = named;
      entity = candidate;
    }
  }
  return entity >= 0 ? { entity, short: true } : null;
}
