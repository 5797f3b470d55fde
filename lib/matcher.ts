/**
 * The matcher: finds glossary forms in folded text, longest first, with proclitics on the first
 * word and short references resolved to the entity last named in full. It knows nothing of the
 * DOM; the content script, the annotate CLI and the tests all call `matchEntities`.
 */

import { MIN_REMAINDER, PROCLITICS_BY_FIRST_LETTER, type Proclitic, remainderAfter } from './arabic/clitics';
import { type FoldedText, foldArabic } from './arabic/fold';
import type { FoldWindow } from './arabic/window';
import { splitWords, type Words } from './arabic/words';
import type { CompiledGlossary, GeneratedBy, MatcherTables } from './glossary-types';
import {
  ALEF,
  BitSet,
  LAM,
  MIN_ANCHORED_READ,
  MIN_NAME_READ,
  NameReader,
  type NameStep,
  SHAPE_BITS,
  shape,
} from './name-reader';

export { NameReader } from './name-reader';

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
  /** Adjectives of origin (see `CompiledGlossary.adjectives`). */
  readonly adjectives: ReadonlySet<string>;
  /** Short forms that are ordinary words too: never read from page context alone. */
  readonly ordinary: ReadonlySet<string>;
  /** Shapes (see `shape`) of the first words of forms, six letters or more: a name written as two words. */
  readonly joinedShapes: BitSet;
  /** Shapes of one-word names of people, places and countries, for a name glued to a small word. */
  readonly gluedShapes: BitSet;
  /** Like `firstPairs`, for the two letters after ال of forms that start with the article. */
  readonly afterArticle: Uint8Array;
  /** The most words after the first one that reading a form may look at (see `MatchScan.step`). */
  readonly ahead: number;
  /**
   * Bit set over a hash of each form's first word (see `hashRun`): a word, a proclitic's remainder,
   * two words written as one or a name glued to a small word is looked up only when it is here.
   */
  readonly firstWords: BitSet;
}

/** FNV-1a over the letters `text[from, to)`, continuing from the state `h`. */
function hashRun(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
const FIRST_WORD_BITS = 20;
/** The index in `Matcher.firstWords` of a hash state. */
const bucket = (h: number) => h >>> (32 - FIRST_WORD_BITS);
const FNV_BASIS = 0x811c9dc5 | 0;
/** The hash state after ال, for a remainder that gets the article back (للصين → الصين). */
const ARTICLE_BASIS = Math.imul(Math.imul(FNV_BASIS ^ ALEF, 0x01000193) ^ LAM, 0x01000193);

/** How a mention was read, where a generalisation step rather than a listed form read it. */
export type MentionStep = GeneratedBy | NameStep | 'context';

/** Characters folded in the time a word is matched (a word is about six characters). */
const FOLD_CHARS_PER_WORD = 60;
/** A glued name has at least this many letters: shorter ones hide inside ordinary words. */
const MIN_GLUED = 5;
/** Entities whose one-word names are read out of a glued word. */
const GLUED_TYPES: ReadonlySet<string> = new Set(['person', 'place', 'country']);
/** Small words text extraction glues after a name (folded), longest first. */
const GLUED_AFTER: readonly string[] = ['وقال', 'قال', 'الى', 'على', 'في', 'من', 'عن', 'مع', 'ان', 'و'].map(foldArabic);
const GLUED_AFTER_BY_LAST = new Map<number, string[]>();
for (const after of GLUED_AFTER) {
  const c = after.charCodeAt(after.length - 1);
  GLUED_AFTER_BY_LAST.set(c, [...(GLUED_AFTER_BY_LAST.get(c) ?? []), after]);
}
/** Titles text extraction glues before a name (folded), longest first. */
const GLUED_BEFORE: readonly string[] = ['الرئيس', 'رئيس', 'الزعيم'].map(foldArabic);

/** Characters that join a Latin word to a web address or an e-mail around it (a dot apart: see `inWebAddress`). */
const URL_MARKS: readonly number[] = [0x2f, 0x40, 0x5f, 0x3d, 0x23]; // / @ _ = #
const isLatinLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const pairHash = (c0: number, c1: number) => ((c0 << 6) ^ c1) & 0xffff;

/** Index in a `PROCLITICS_AT` row for a second letter past U+06FF: no proclitic has one. */
const OTHER_SECOND = 0x0700;

/**
 * The proclitics a word may start with, by its first two letters: `PROCLITICS_BY_FIRST_LETTER`
 * without those whose second letter is not the word's (a word that starts وق can only be و + …),
 * in the same order, or undefined for none. A row per first letter, indexed by the second (every
 * proclitic is written in Arabic letters, below U+0700): most words that start with و, ف, ب, ل
 * try one or two proclitics instead of up to eleven.
 */
const PROCLITICS_AT: ReadonlyArray<ReadonlyArray<readonly Proclitic[] | undefined> | undefined> = (() => {
  const at: Array<Array<readonly Proclitic[] | undefined> | undefined> = new Array(0x0700).fill(undefined);
  const orNone = (list: readonly Proclitic[]) => (list.length ? list : undefined);
  for (const [c, list] of PROCLITICS_BY_FIRST_LETTER) {
    // One list for every second letter no longer proclitic has; one for each that some has.
    const row = new Array(OTHER_SECOND + 1).fill(orNone(list.filter((p) => p.written.length === 1)));
    for (const p of list) {
      const second = p.written.charCodeAt(1);
      if (p.written.length > 1 && second < OTHER_SECOND)
        row[second] = orNone(list.filter((q) => q.written.length === 1 || q.written.charCodeAt(1) === second));
    }
    at[c] = row;
  }
  return at;
})();

/** The proclitics word `text[ws, we)` may start with (see `PROCLITICS_AT`), or undefined. */
function procliticsOf(text: string, ws: number, we: number): readonly Proclitic[] | undefined {
  // A proclitic leaves at least MIN_REMAINDER letters: a word of two has none.
  if (we - ws <= MIN_REMAINDER) return undefined;
  const c0 = text.charCodeAt(ws);
  const row = c0 < 0x0700 ? PROCLITICS_AT[c0] : undefined;
  if (!row) return undefined;
  const c1 = text.charCodeAt(ws + 1);
  return row[c1 < OTHER_SECOND ? c1 : OTHER_SECOND];
}

/** Whether `text` has `written` at `i`, past its first two letters (known to match: see `procliticsOf`). */
function continuesWith(text: string, i: number, written: string): boolean {
  for (let k = 2; k < written.length; k++) if (text.charCodeAt(i + k) !== written.charCodeAt(k)) return false;
  return true;
}

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
  // Word by word without splitting the key, and a node's map of next words made only when a
  // word follows it: a fresh tab builds this trie first thing, and most forms end in a leaf.
  let map = root;
  for (let from = 0; ; ) {
    const space = key.indexOf(' ', from);
    const word = space < 0 ? key.slice(from) : key.slice(from, space);
    let node = map.get(word);
    if (!node) {
      node = { payload: null, next: null };
      map.set(word, node);
    }
    if (space < 0) return node;
    map = node.next ??= new Map();
    from = space + 1;
  }
}

function gluedShapesOf(glossary: CompiledGlossary): BitSet {
  const shapes = new BitSet(SHAPE_BITS);
  for (const [key, entity] of Object.entries(glossary.full)) {
    if (key.length < MIN_GLUED || key.includes(' ') || !GLUED_TYPES.has(glossary.entities[entity]?.type ?? ''))
      continue;
    shapes.add(shape(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length));
  }
  return shapes;
}

function joinedShapesOf(firstWords: Iterable<string>): BitSet {
  const shapes = new BitSet(SHAPE_BITS);
  for (const word of firstWords) {
    if (word.length >= 6) shapes.add(shape(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length));
  }
  return shapes;
}

/**
 * How many words after a form's first one its reading may look at, for the longest form of
 * `words` words: up to two page words for each (a name word written as two), one more to see
 * whether it goes on, and one more for the word after it (`standsApart`).
 */
const lookahead = (words: number) => 2 * words + 1;

/** How many words a form key has (its words are joined by single spaces). */
function wordsIn(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * The matcher's lookup sets for `glossary`, as lists: the build stores them with the compiled
 * glossary (`CompiledGlossary.tables`), so a tab fills in bit sets instead of computing them.
 */
export function matcherTables(glossary: CompiledGlossary): MatcherTables {
  const keys = [...Object.keys(glossary.full), ...Object.keys(glossary.short), ...(glossary.notOurs ?? [])];
  const firstWords = new Set<string>();
  let longest = 0;
  for (const key of keys) {
    longest = Math.max(longest, wordsIn(key));
    const space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.slice(0, space));
  }
  const pairs = new Set<number>();
  const afterArticle = new Set<number>();
  const hashes = new Set<number>();
  for (const word of firstWords) {
    pairs.add(pairHash(word.charCodeAt(0), word.charCodeAt(1)));
    if (word.startsWith('ال')) afterArticle.add(pairHash(word.charCodeAt(2), word.charCodeAt(3)));
    hashes.add(bucket(hashRun(FNV_BASIS, word, 0, word.length)));
  }
  const ascending = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);
  return {
    ahead: lookahead(longest),
    firstPairs: ascending(pairs),
    afterArticle: ascending(afterArticle),
    firstWords: ascending(hashes),
    joinedShapes: joinedShapesOf(firstWords).members(),
    gluedShapes: gluedShapesOf(glossary).members(),
    ...(glossary.names ? { names: NameReader.lookupsOf(glossary.names) } : {}),
  };
}

export function createMatcher(glossary: CompiledGlossary): Matcher {
  const tables = glossary.tables ?? matcherTables(glossary);
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
  for (const i of tables.firstPairs) firstPairs[i] = 1;
  const afterArticle = new Uint8Array(0x10000);
  for (const i of tables.afterArticle) afterArticle[i] = 1;
  return {
    glossary,
    root,
    ahead: tables.ahead,
    firstWords: BitSet.of(1 << FIRST_WORD_BITS, tables.firstWords),
    firstPairs,
    names: glossary.names ? new NameReader(glossary.names, tables.names) : null,
    upper: new Set(glossary.upper ?? []),
    adjectives: new Set(glossary.adjectives ?? []),
    ordinary: new Set(glossary.names?.ordinary ?? []),
    joinedShapes: BitSet.of(SHAPE_BITS, tables.joinedShapes),
    gluedShapes: BitSet.of(SHAPE_BITS, tables.gluedShapes),
    afterArticle,
  };
}

interface Hit {
  entity: number;
  /** Index of the last word of the match. */
  last: number;
  form: string;
  short: boolean;
  step?: MentionStep;
  /** Letters of the first word before the name, and of the last word after it (a glued word). */
  cutStart?: number;
  cutEnd?: number;
}

/** A short form seen before any full form licensed it: settled when the whole page is read. */
interface Deferred {
  at: number;
  last: number;
  form: string;
  candidates: readonly number[];
  step?: MentionStep;
  /**
   * What stands right before it: a title (الرئيس شي) makes it a person on any page; a reporting
   * verb (وقال شي) makes it the speaker on a page about the summit, even where the word can be
   * an ordinary one elsewhere (شي for شيء in colloquial text).
   */
  cue: 'title' | 'verb' | null;
  /** Where it lies in the original text, and whether it stands apart (`standsApart`), read when found. */
  start: number;
  end: number;
  apart: boolean;
}

interface Scan {
  text: string;
  words: Words;
  /** The original offsets of each folded unit of `text` (see `FoldedText`). */
  start: Int32Array;
  end: Int32Array;
  lastNamed: Int32Array;
  names: NameReader | null;
  deferred: Deferred | null;
}

/**
 * The node `word` leads to from `map`, after the words `form`: the word itself, else the name
 * words it may be read as. Shorter words are read as variants only inside a foreign name
 * (سيردار بردي), not after an Arabic word that starts a name (بحر جيزان is not بحر قزوين).
 */
function follow(
  map: Map<string, TrieNode>,
  word: string,
  names: NameReader | null,
  form: string,
): { node: TrieNode; word: string; step?: MentionStep } | null {
  const node = map.get(word);
  if (node) return { node, word };
  if (!names) return null;
  // Asked only now, and only of a word long enough to be read at all (no string built otherwise).
  if (word.length < MIN_ANCHORED_READ) return null;
  const read = names.read(word, names.isNameWord(form.slice(form.lastIndexOf(' ') + 1)));
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
  let node = root.get(first);
  let step = node ? firstStep : undefined;
  let j = firstLast;
  let form = first;
  while (node) {
    const hit = node.payload && resolve(node.payload, scan.lastNamed);
    // A longer form that is not licensed here (`القمة الأولى` before the first summit was named)
    // still says what the words are: the shorter reading inside it (`القمة`) would be wrong.
    if (node.payload && !hit && j > w) best = before;
    if (hit && (!best || j > best.last)) best = { entity: hit.entity, short: hit.short, last: j, form, step };
    if (node.payload && !hit && !best && node.payload.short) {
      scan.deferred = {
        at: w,
        last: j,
        form,
        candidates: node.payload.short,
        step,
        cue: cueBefore(scan, w),
        start: scan.start[words.start[w] as number] as number,
        end: scan.end[(words.end[j] as number) - 1] as number,
        apart: standsApart(scan, w, j),
      };
    }
    if (!node.next || !words.joinedToNext[j] || j + 1 >= words.count) break;
    const nextWord = text.slice(words.start[j + 1], words.end[j + 1]);
    let next = follow(node.next, nextWord, scan.names, form);
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
const TITLES: ReadonlySet<string> = new Set(
  ['الرئيس', 'رئيس', 'الزعيم', 'زعيم', 'نظيره', 'نظيرها', 'السيد', 'فخامة'].map(foldArabic),
);

/** Verbs news puts right before the person who speaks or acts (قال شي, استقبل توكاييف). */
const REPORTING_VERBS: ReadonlySet<string> = new Set(
  ['قال', 'أكد', 'أضاف', 'أشار', 'دعا', 'أعلن', 'شدد', 'أوضح', 'اقترح', 'التقى', 'استقبل', 'أعرب', 'صرح'].map(
    foldArabic,
  ),
);

/** The word `k` without the conjunction or preposition glued to it (وقال → قال, للرئيس → الرئيس). */
function bareWord(scan: Scan, k: number): string | null {
  const { text, words } = scan;
  if (k < 0 || !words.joinedToNext[k]) return null;
  let word = text.slice(words.start[k], words.end[k]);
  if (word.length > 3 && (word.startsWith('و') || word.startsWith('ف'))) word = word.slice(1);
  if (word.startsWith('لل')) return `ال${word.slice(2)}`;
  if (word.length > 4 && (word.startsWith('ب') || word.startsWith('ل'))) return word.slice(1);
  return word;
}

/** Small words that may stand right before or after a name without being part of it (folded). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'إن',
    'أن',
    'ان',
    'في',
    'على',
    'من',
    'إلى',
    'عن',
    'مع',
    'خلال',
    'قد',
    'لقد',
    'كما',
    'يوم',
    'اليوم',
    'أمس',
    'بعد',
    'قبل',
    'إنه',
    'أنه',
    'الذي',
    'التي',
    'بين',
    'عبر',
    'لدى',
    'حيث',
  ].map(foldArabic),
);

/**
 * Whether words `w`..`last` stand apart from the words around them: each neighbour joined to them
 * is a small word, a title, a reporting verb or an adjective (الصيني), never an unknown word that
 * may be the rest of another person's name (شياو بينغ, شيانغ كاي شيك).
 */
/**
 * A generated part of a name this long (folded letters) is distinctive enough to stand beside any
 * word: a family name (توكاييف, ميرضيايف, تليوبيردي) after the full name, as in "قوله لتليوبيردي"
 * or "وزير تليوبيردي", where a short part (بينغ, شوكت, سردار) stays held to `standsApart`. The
 * same length from which a slip is allowed (`lib/arabic/approx.ts`).
 */
const LONG_PARTIAL = 7;

function standsApart(scan: Scan, w: number, last: number): boolean {
  const fits = (word: string | null) =>
    word === null ||
    FUNCTION_WORDS.has(word) ||
    TITLES.has(word) ||
    REPORTING_VERBS.has(word) ||
    word.startsWith('ال') ||
    /^[0-9]/.test(word);
  const { text, words } = scan;
  const after =
    last + 1 < scan.words.count && words.joinedToNext[last]
      ? text.slice(words.start[last + 1], words.end[last + 1]).replace(/^[وف](?=..)/, '')
      : null;
  return fits(bareWord(scan, w - 1)) && fits(after);
}

/** A title before word `w` (or before the adjective after it: الرئيس الصيني شي), or a reporting verb. */
function cueBefore(scan: Scan, w: number): Deferred['cue'] {
  const before = bareWord(scan, w - 1);
  if (before === null) return null;
  if (TITLES.has(before)) return 'title';
  if (REPORTING_VERBS.has(before)) return 'verb';
  const adjective = before.startsWith('ال');
  const title = adjective ? bareWord(scan, w - 2) : null;
  return title !== null && TITLES.has(title) ? 'title' : null;
}

/**
 * The first word of a kunya, the "father of" part of an Arabic name (أبو مسلم), in its three
 * cases, folded. An adjective of origin after a kunya and one more word is that person's name,
 * not a mention of the country: أبو مسلم التركماني is a man, أبو عمر الطاجيكي another. Abu Dhabi
 * is a city whose adjective is the country's (مباحثات أبو ظبي الروسية), so it stays out. The
 * "mother of" أم is left out: it is also the word "or" (الجانب الروسي أم الجانب الصيني).
 */
const KUNYA: ReadonlySet<string> = new Set(['أبو', 'أبي', 'أبا'].map(foldArabic));
const NOT_A_KUNYA: ReadonlySet<string> = new Set(['ظبي'].map(foldArabic));

/** Whether the one-word adjective at word `w` closes a kunya name (أبو مسلم التركماني). */
function closesKunya(scan: Scan, w: number): boolean {
  const before = bareWord(scan, w - 1);
  if (before === null || NOT_A_KUNYA.has(before) || FUNCTION_WORDS.has(before)) return false;
  const kunya = bareWord(scan, w - 2);
  return kunya !== null && KUNYA.has(kunya);
}

/**
 * A scan of folded text that can stop and resume: the content script matches a large page in
 * slices between which the browser can paint and handle input; everything else runs it to the
 * end at once (`matchEntities`). Short references carry across slices.
 */
export class MatchScan {
  readonly mentions: Mention[] = [];
  /** Short forms read before any full form of theirs: see `settleDeferred`. */
  private deferred: Deferred[] = [];
  /** Set by `mayStart` for the word being read: where in it a name's variant or slip may begin. */
  private nameAt = 0;
  private readonly scan: Scan;
  private w = 0;
  /** Set when the text is read through a sliding window rather than folded whole. */
  private readonly window: FoldWindow | null;

  /**
   * `source` is the original text `folded` was made from; without it, forms that must be written
   * in capitals (Latin acronyms) are taken in any case. `folded` is the whole text folded, or a
   * window that slides along it (see `FoldWindow`), which the scan moves on as it reads.
   */
  constructor(
    private readonly matcher: Matcher,
    folded: FoldedText | FoldWindow,
    private readonly source?: string,
    /** `folded.text` split into words, if the caller split it already (in slices). */
    words?: Words,
  ) {
    this.window = 'reach' in folded ? folded : null;
    this.scan = {
      text: folded.text,
      words: this.window ? this.window.words : (words ?? splitWords(folded.text)),
      start: folded.start,
      end: folded.end,
      lastNamed: new Int32Array(matcher.glossary.entities.length).fill(-1),
      names: matcher.names,
      deferred: null,
    };
  }

  /**
   * Moves the window on when word `w` or the words a form starting there may read are not final
   * in it yet, keeping the two words before `w` that a cue is read from. Returns `w` in the window.
   */
  private reach(w: number): number {
    const window = this.window as FoldWindow;
    const moved = window.reach(w, this.matcher.ahead, 2);
    if (moved !== w || this.scan.text !== window.text) {
      this.scan.text = window.text;
      this.scan.start = window.start;
      this.scan.end = window.end;
    }
    return moved;
  }

  /**
   * Whether folded `[from, to)` is part of a web address or an e-mail in the original text
   * (`visahq.com/china/`, `arabic.news.cn`): a slash, a dot, @, _, = or # touches it, not a name.
   */
  private inWebAddress(from: number, to: number): boolean {
    const source = this.source;
    if (!source) return false;
    const start = this.scan.start[from] as number;
    const end = this.scan.end[to - 1] as number;
    const before = source.charCodeAt(start - 1);
    const after = source.charCodeAt(end);
    // A dot is a full stop, and a slash a separator ("شبكة طريق الحرير/ CGTN/"), unless a Latin
    // letter or a digit stands on its other side.
    const latinAt = (i: number) => isLatinLetter(source.charCodeAt(i) | 0x20) || isDigit(source.charCodeAt(i));
    if (before === 0x2e || URL_MARKS.includes(before)) return latinAt(start - 2);
    if (after === 0x2e || URL_MARKS.includes(after)) return latinAt(end + 1);
    return false;
  }

  /** Whether the original text writes `[start, end)` without a lower-case Latin letter. */
  private writtenInCapitals(start: number, end: number): boolean {
    return !this.source || !/[a-z]/.test(this.source.slice(start, end));
  }

  /** The mention for words `w`..`hit.last`, in original offsets. */
  private mentionOf(
    w: number,
    last: number,
    entity: number,
    form: string,
    short: boolean,
    step?: MentionStep,
    cutStart = 0,
    cutEnd = 0,
  ) {
    const { words, start, end } = this.scan;
    return this.mentionAt(
      start[(words.start[w] as number) + cutStart] as number,
      end[(words.end[last] as number) - 1 - cutEnd] as number,
      entity,
      form,
      short,
      step,
    );
  }

  /** The mention of `[start, end)` in the original text. */
  private mentionAt(start: number, end: number, entity: number, form: string, short: boolean, step?: MentionStep) {
    const m: Mention = { entity, start, end, form, short };
    const origin = this.matcher.glossary.origin?.[form];
    if (step ?? origin) m.step = step ?? origin;
    return m;
  }

  /** Reads up to `budget` more words; true when the whole text has been read. */
  step(budget = Number.POSITIVE_INFINITY): boolean {
    const { root, names, ahead } = this.matcher;
    const { words, lastNamed } = this.scan;
    const window = this.window;
    let { text } = this.scan;
    let w = this.w;
    let stop = w + budget;
    for (;;) {
      if (window && !window.final && w + ahead >= words.count - 1 && w > window.closedUpTo) {
        const fills = window.fills;
        const moved = this.reach(w);
        // Folding a window is work too, about a tenth of matching its words: it counts against
        // the budget, so that a stretch without words is read a window a slice.
        stop -= w - moved + ((window.fills - fills) * window.chars) / FOLD_CHARS_PER_WORD;
        w = moved;
        text = this.scan.text;
        // A window with no word left to read: on to the next, budget allowing.
        if (w < stop && w >= words.count && !window.final) continue;
      }
      if (w >= stop || w >= words.count) break;
      // Most words can start no form, with or without a proclitic: they are skipped without
      // building a string, up to the budget's end or the first word the window must move on
      // for (see `FoldWindow.reach`: words up to `closedUpTo`, or `ahead` words before its end).
      const safe = window && !window.final ? Math.max(words.count - 1 - ahead, window.closedUpTo + 1) : words.count;
      // A whole number, so that the loop compares word indices with an integer (`stop` may be
      // fractional, or infinite).
      const limit = stop < safe ? Math.ceil(stop) | 0 : safe;
      w = this.skip(w, limit);
      if (w >= limit) continue;
      const ws = words.start[w] as number;
      const proclitics = procliticsOf(text, ws, words.end[w] as number);
      const word = text.slice(ws, words.end[w]);
      this.scan.deferred = null;
      let best = longestFrom(root, this.scan, w, word, null);
      // A name found whole is never cut (بكين stays بكين); otherwise try proclitic readings,
      // least stripping first, keeping the one that reads furthest.
      if (!best && proclitics) {
        for (let i = 0; i < proclitics.length; i++) {
          const p = proclitics[i] as Proclitic;
          const at = p.written.length;
          // Too short for a remainder (see `remainderAfter`): tested first, as reading the
          // letters past the word's end would cost `step` its optimised code.
          if (word.length - at < MIN_REMAINDER) continue;
          if (
            p.restore
              ? !this.matcher.afterArticle[pairHash(word.charCodeAt(at), word.charCodeAt(at + 1))]
              : !this.mayStartAt(ws + at)
          ) {
            continue;
          }
          const remainder = remainderAfter(word, p);
          if (remainder !== null && root.has(remainder)) best = longestFrom(root, this.scan, w, remainder, best);
        }
      }
      // One name word written as two (نزار باييف): the two together, when that starts a form.
      if (
        !best &&
        !this.scan.deferred &&
        words.joinedToNext[w] &&
        w + 1 < words.count &&
        this.matcher.joinedShapes.has(
          shape(
            word.charCodeAt(0),
            text.charCodeAt((words.end[w + 1] as number) - 1),
            word.length + (words.end[w + 1] as number) - (words.start[w + 1] as number),
          ),
        )
      ) {
        const joined = word + text.slice(words.start[w + 1], words.end[w + 1]);
        if (root.has(joined)) best = longestFrom(root, this.scan, w, joined, null, 'joined', w + 1);
      }
      // Not a listed form, with or without a proclitic: perhaps a variant or a slip of a name.
      if (!best && !this.scan.deferred && names) best = this.readName(w, word);
      if (!best && !this.scan.deferred && word.length >= MIN_GLUED + 2) best = this.readGlued(w, word);
      if (
        best &&
        this.matcher.upper.has(best.form) &&
        !this.writtenInCapitals(
          this.scan.start[ws] as number,
          this.scan.end[(words.end[best.last] as number) - 1] as number,
        )
      ) {
        best = null;
      }
      if (best && isLatinLetter(best.form.charCodeAt(0)) && this.inWebAddress(ws, words.end[best.last] as number)) {
        best = null;
      }
      // A short generated part of a name (بينغ, شوكت) is a reference only where it stands apart:
      // not inside another name that shares it (دنغ شياو بينغ is Deng Xiaoping).
      if (
        best?.short &&
        this.matcher.glossary.origin?.[best.form] === 'partial' &&
        best.form.length < LONG_PARTIAL &&
        !standsApart(this.scan, w, best.last)
      ) {
        best = null;
      }
      // An adjective of origin that is part of a person's name (أبو مسلم التركماني).
      if (
        best &&
        best.last === w &&
        !best.short &&
        this.matcher.adjectives.has(best.form) &&
        closesKunya(this.scan, w)
      ) {
        best = null;
      }
      if (best?.entity === NOT_OURS) {
        w = best.last + 1;
      } else if (best) {
        // Stores, not push, here and below: the first push into a new scan's empty list changes its
        // elements kind, and `step` optimised with push inlined for the old kind was thrown away
        // ('not a Smi', once or twice a page under --trace-deopt).
        const m = this.mentionOf(
          w,
          best.last,
          best.entity,
          best.form,
          best.short,
          best.step,
          best.cutStart,
          best.cutEnd,
        );
        this.mentions[this.mentions.length] = m;
        if (!best.short) lastNamed[best.entity] = this.mentions.length;
        w = best.last + 1;
      } else {
        const deferred = this.scan.deferred as Deferred | null;
        if (deferred) {
          this.deferred[this.deferred.length] = deferred;
          w = deferred.last + 1;
        } else {
          w++;
        }
      }
    }
    this.w = w;
    return w >= words.count && (!window || window.final);
  }

  /**
   * The first word from `w` on, before `limit`, that may start a form (see `mayStart`), or
   * `limit`. A loop of its own, apart from the rest of `step`: nineteen words of twenty end here,
   * and a fresh tab runs a small loop in optimised code long before it has compiled all of `step`.
   */
  private skip(w: number, limit: number): number {
    const { text, words } = this.scan;
    for (; w < limit; w++) {
      const ws = words.start[w] as number;
      const we = words.end[w] as number;
      if (this.mayStart(w, ws, we, procliticsOf(text, ws, we))) return w;
    }
    return w;
  }

  /**
   * Whether word `w` (`text[ws, we)`) may start a form: read whole (see `mayReadWhole`), or after
   * one of its proclitics, whose remainder must then be a form's first word, or as a name word.
   * Reads the text in place; builds no string. Most words of a page share their first letters
   * with some form (من, على, ان), so letters alone let half of them through.
   */
  private mayStart(w: number, ws: number, we: number, proclitics: readonly Proclitic[] | undefined): boolean {
    const { afterArticle, names } = this.matcher;
    const { text } = this.scan;
    // Where a variant or a slip may begin (bit k: after the first k letters), kept for `readName`.
    // (Half of a page's words are too short to ask.)
    let nameAt = names !== null && we - ws >= MIN_NAME_READ && names.mayRead(text, ws, we) ? 1 : 0;
    // The letter pairs rule out most words at the cost of two reads; what passes is looked up
    // as `step` would read it, by hash (both asked, so no word passes that did not before).
    let form = this.mayStartAt(ws) && this.mayReadWhole(w, ws, we);
    if (proclitics) {
      // Indexed, not for…of: before `mayStart` is optimised, an array iterator costs more than the test.
      for (let i = 0; i < proclitics.length; i++) {
        const p = proclitics[i] as Proclitic;
        const k = p.written.length;
        const at = ws + k;
        if (we - at < MIN_REMAINDER || !continuesWith(text, ws, p.written)) continue;
        // After a proclitic only the remainder itself is looked up: it must be a form's first word.
        if (p.restore) {
          form ||=
            afterArticle[pairHash(text.charCodeAt(at), text.charCodeAt(at + 1))] === 1 &&
            this.isFirstWord(ARTICLE_BASIS, at, we);
          continue;
        }
        form ||= this.mayStartAt(at) && this.isFirstWord(FNV_BASIS, at, we);
        if (names !== null && we - at >= MIN_NAME_READ && !(nameAt & (1 << k)) && names.mayRead(text, at, we))
          nameAt |= 1 << k;
      }
    }
    this.nameAt = nameAt;
    if (!form && nameAt === 0 && we - ws >= MIN_GLUED + 3) {
      const c0 = text.charCodeAt(ws);
      for (let i = 0; i < GLUED_BEFORE.length; i++) {
        const title = GLUED_BEFORE[i] as string;
        if (title.charCodeAt(0) === c0 && text.startsWith(title, ws) && this.mayStartAt(ws + title.length)) return true;
      }
    }
    return form || nameAt !== 0;
  }

  /**
   * Whether some form starts with the letters at `i`: their first two letters, or, after the
   * article ال that so many forms and words share, the two letters after it.
   */
  private mayStartAt(i: number): boolean {
    const { text } = this.scan;
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    if (c0 === ALEF && c1 === LAM) {
      return this.matcher.afterArticle[pairHash(text.charCodeAt(i + 2), text.charCodeAt(i + 3))] === 1;
    }
    return this.matcher.firstPairs[pairHash(c0, c1)] === 1;
  }

  /**
   * Whether word `w` (`text[ws, we)`) may be read whole as `step` reads it: as a form's first word,
   * with the next word as one name word (نزار باييف), or as a name glued to a small word.
   */
  private mayReadWhole(w: number, ws: number, we: number): boolean {
    const { firstWords, joinedShapes } = this.matcher;
    const { text, words } = this.scan;
    const h = hashRun(FNV_BASIS, text, ws, we);
    if (firstWords.has(bucket(h))) return true;
    if (words.joinedToNext[w] && w + 1 < words.count) {
      const ns = words.start[w + 1] as number;
      const ne = words.end[w + 1] as number;
      if (
        joinedShapes.has(shape(text.charCodeAt(ws), text.charCodeAt(ne - 1), we - ws + ne - ns)) &&
        firstWords.has(bucket(hashRun(h, text, ns, ne)))
      ) {
        return true;
      }
    }
    return we - ws >= MIN_GLUED + 2 && this.mayGlue(ws, we);
  }

  /** Whether the letters `text[from, to)`, after the hash state `h`, may be a form's first word. */
  private isFirstWord(h: number, from: number, to: number): boolean {
    return this.matcher.firstWords.has(bucket(hashRun(h, this.scan.text, from, to)));
  }

  /** Whether `readGlued` may read a name out of `text[ws, we)`: its conditions, with the name looked up by hash. */
  private mayGlue(ws: number, we: number): boolean {
    const { gluedShapes: shapes, firstWords } = this.matcher;
    const { text } = this.scan;
    const n = we - ws;
    const first = text.charCodeAt(ws);
    const last = text.charCodeAt(we - 1);
    const afters = GLUED_AFTER_BY_LAST.get(last);
    for (let i = 0; afters && i < afters.length; i++) {
      const after = afters[i] as string;
      const len = n - after.length;
      if (len < MIN_GLUED || !shapes.has(shape(first, text.charCodeAt(ws + len - 1), len))) continue;
      if (text.startsWith(after, ws + len) && firstWords.has(bucket(hashRun(FNV_BASIS, text, ws, ws + len)))) {
        return true;
      }
    }
    for (let i = 0; i < GLUED_BEFORE.length; i++) {
      const before = GLUED_BEFORE[i] as string;
      const len = n - before.length;
      if (len < MIN_GLUED || first !== before.charCodeAt(0) || !text.startsWith(before, ws)) continue;
      if (!shapes.has(shape(text.charCodeAt(ws + before.length), last, len))) continue;
      if (firstWords.has(bucket(hashRun(FNV_BASIS, text, ws + before.length, we)))) return true;
    }
    return false;
  }

  /**
   * A one-word foreign name glued to the word after it or to a title before it, as text pulled out
   * of a page's markup often is (توكاييفوقال, الرئيسميرضيايف): the name alone is the mention.
   */
  private readGlued(w: number, word: string): Hit | null {
    const shapes = this.matcher.gluedShapes;
    const n = word.length;
    const last = word.charCodeAt(n - 1);
    for (const after of GLUED_AFTER_BY_LAST.get(last) ?? []) {
      const len = n - after.length;
      if (len < MIN_GLUED || !shapes.has(shape(word.charCodeAt(0), word.charCodeAt(len - 1), len))) continue;
      if (!word.endsWith(after)) continue;
      const hit = this.gluedName(w, word.slice(0, len));
      if (hit) return { ...hit, cutEnd: after.length };
    }
    const first = word.charCodeAt(0);
    for (const before of GLUED_BEFORE) {
      const len = n - before.length;
      if (len < MIN_GLUED || first !== before.charCodeAt(0) || !word.startsWith(before)) continue;
      if (!shapes.has(shape(word.charCodeAt(before.length), last, len))) continue;
      const hit = this.gluedName(w, word.slice(before.length));
      if (hit) return { ...hit, cutStart: before.length };
    }
    return null;
  }

  /** `name` as the one-word name of a person, place or country, read at word `w`. */
  private gluedName(w: number, name: string): Hit | null {
    const entity = this.matcher.root.get(name)?.payload?.full ?? -1;
    if (entity < 0 || !GLUED_TYPES.has(this.matcher.glossary.entities[entity]?.type ?? '')) return null;
    return { entity, last: w, form: name, short: false, step: 'joined' };
  }

  /** Word `w` (or what follows a proclitic on it) read as a variant or a slip of a name word. */
  private readName(w: number, word: string): Hit | null {
    // `mayStart` marked where the letters may be a name (the word itself, or after a proclitic);
    // only there is a string built. (A remainder that gets the article back, للـ → الـ, is never
    // read as a variant: see `mayRead`.)
    const nameAt = this.nameAt;
    if (nameAt & 1) {
      const best = this.readAs(w, word);
      if (best) return best;
    }
    for (let k = 1; k < 5; k++) {
      if (!(nameAt & (1 << k))) continue;
      const best = this.readAs(w, word.slice(k));
      if (best) return best;
    }
    return null;
  }

  /** The longest form starting at word `w` when `reading` is read as the name words it may be. */
  private readAs(w: number, reading: string): Hit | null {
    const read = (this.scan.names as NameReader).read(reading);
    if (!read) return null;
    let best: Hit | null = null;
    for (const candidate of read.words) {
      if (this.matcher.root.has(candidate))
        best = longestFrom(this.matcher.root, this.scan, w, candidate, best, read.step);
    }
    return best;
  }

  /**
   * Settles the short forms read before any full form licensed them, once the whole text is read:
   * one whose entity is named in full anywhere on the page (or in `alsoNamed`: the rest of a page
   * whose one changed part this is) is a reference to it (a headline's
   * surname before the article's full name); with `pageContext` (the page is about the summit),
   * one that can only be one entity stands on its own, unless it is also an ordinary word.
   * Returns the mentions added, which are also merged into `mentions` in text order.
   */
  settleDeferred(pageContext: boolean, alsoNamed?: ReadonlySet<number>): Mention[] {
    if (!this.deferred.length) return [];
    const named = new Set<number>(alsoNamed);
    for (const m of this.mentions) if (!m.short) named.add(m.entity);
    const added: Mention[] = [];
    // What the page alone cannot settle waits for the page's verdict (a second call).
    const waiting: Deferred[] = [];
    for (const d of this.deferred) {
      const onPage = d.candidates.filter((c) => named.has(c));
      let entity = -1;
      if (onPage.length === 1) entity = onPage[0] as number;
      else if (
        d.candidates.length === 1 &&
        this.matcher.glossary.entities[d.candidates[0] as number]?.type === 'person' &&
        (d.cue === 'title' || (pageContext && (d.cue === 'verb' || !this.matcher.ordinary.has(d.form)))) &&
        d.apart
      ) {
        // Only people: a leader's surname names one person on a summit page, but "the first
        // summit" (القمة الأولى) there is not known to be the one the glossary means.
        entity = d.candidates[0] as number;
      }
      if (entity < 0) waiting.push(d);
      else added.push(this.mentionAt(d.start, d.end, entity, d.form, true, d.step ?? 'context'));
    }
    this.deferred = waiting;
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
