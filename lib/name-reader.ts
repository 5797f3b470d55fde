/**
 * Reading a page word as a foreign name's word it was never listed as: a transliteration variant
 * (the same skeleton, `lib/arabic/variants.ts`) or a slip (`lib/arabic/approx.ts`), with the cheap
 * letter-shape tests that let the matcher rule most words out before building any string.
 */

import { slipDistance, slipsAllowed } from './arabic/approx';
import { isLongVowel, letterClass, skeletonHash, skeletonInto } from './arabic/variants';
import type { NameReaderTables, NameTables } from './glossary-types';

/** How a name reading was made. */
export type NameStep = 'variant' | 'slip';

/**
 * Reads a page word that is not a glossary word as the name words it may be: a transliteration
 * variant (same skeleton, see `lib/arabic/variants.ts`) or a long name with one slip (see
 * `lib/arabic/approx.ts`). Ordinary words of real text that would read so are blocked. Built so
 * that the common case, a word that is no name, costs a few array reads and no string.
 */
export class NameReader {
  private readonly skeletons: Map<string, readonly string[]>;
  private readonly nameWords: ReadonlySet<string>;
  /** Hashes of the skeletons a word standing alone may have (long enough, not like ال…). */
  private readonly standalone: ReadonlySet<number>;
  /** Hashes of every name word's skeleton (inside a multi-word name, shorter words are safe). */
  private readonly anchored: ReadonlySet<number>;
  /** Bit set over (first letter class, last letter class, length) a name word may be read from. */
  private readonly shapes: BitSet;
  /** Bit set over a shape and the class of the first consonant after the first letter (variants). */
  private readonly variantShapes: BitSet;
  /** Letters of each slip word as bits, for a quick "too different" test. */
  private readonly slipMasks = new Map<string, number>();
  private readonly blocked: ReadonlySet<string>;
  /** Long name words by first and last letter: slips keep both. */
  private readonly slipsByEnds = new Map<number, string[]>();
  private readonly buffer = new Uint16Array(64);
  private readonly rowA = new Int32Array(66);
  private readonly rowB = new Int32Array(66);
  private readonly rowC = new Int32Array(66);

  /** `lookups`: the sets as `NameReader.lookupsOf(tables)` gives them, computed at build time. */
  constructor(tables: NameTables, lookups: NameReaderTables = NameReader.lookupsOf(tables)) {
    this.skeletons = new Map(Object.entries(tables.skeletons));
    this.nameWords = new Set([...this.skeletons.values()].flat());
    this.blocked = new Set(tables.blocked);
    this.standalone = new Set(lookups.standalone);
    this.anchored = new Set(lookups.anchored);
    this.shapes = BitSet.of(SHAPE_BITS, lookups.shapes);
    this.variantShapes = BitSet.of(VARIANT_SHAPE_BITS, lookups.variantShapes);
    for (const w of tables.slips) {
      if (w.startsWith('ال')) continue;
      this.slipMasks.set(w, letterMask(w, 0, w.length));
      const key = rawEndsKey(w);
      const list = this.slipsByEnds.get(key);
      if (list) list.push(w);
      else this.slipsByEnds.set(key, [w]);
    }
  }

  /** The reader's lookup sets for `tables`, as lists (what the build stores with the glossary). */
  static lookupsOf(tables: NameTables): NameReaderTables {
    const standalone = new Set<number>();
    const anchored = new Set<number>();
    const shapes = new BitSet(SHAPE_BITS);
    const variantShapes = new BitSet(VARIANT_SHAPE_BITS);
    const buffer = new Uint16Array(64);
    const markShape = (word: string, spread: number) => {
      for (let len = Math.max(1, word.length - spread); len <= word.length + spread; len++) {
        shapes.add(shape(word.charCodeAt(0), word.charCodeAt(word.length - 1), len));
      }
    };
    for (const [sk, words] of Object.entries(tables.skeletons)) {
      const len = skeletonInto(sk, 0, sk.length, buffer);
      const hash = skeletonHash(buffer, len);
      anchored.add(hash);
      if (sk.length >= 4 && !sk.startsWith('ال') && words.some((w) => w.length >= MIN_STANDALONE)) {
        standalone.add(hash);
        for (const w of words) {
          if (w.length < MIN_STANDALONE) continue;
          markShape(w, 2);
          for (let len = w.length - 2; len <= w.length + 2; len++) {
            variantShapes.add(variantShape(w, 0, w.length, len));
          }
        }
      }
    }
    for (const w of tables.slips) if (!w.startsWith('ال')) markShape(w, slipsAllowed(w.length));
    const ascending = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);
    return {
      standalone: ascending(standalone),
      anchored: ascending(anchored),
      shapes: shapes.members(),
      variantShapes: variantShapes.members(),
    };
  }

  /** Whether `word` is a word of a foreign name (a person's, a place's, a country's). */
  isNameWord(word: string): boolean {
    return this.nameWords.has(word);
  }

  /** Whether `text[start, end)` (folded) may be read as a name word standing alone; builds nothing. */
  mayRead(text: string, start: number, end: number): boolean {
    if (end - start < MIN_NAME_READ) return false;
    // A word that starts with the article is read without it (the proclitic readings), never whole.
    if (text.charCodeAt(start) === ALEF && text.charCodeAt(start + 1) === LAM) return false;
    if (!this.shapes.has(shape(text.charCodeAt(start), text.charCodeAt(end - 1), end - start))) return false;
    const slips = this.slipsByEnds.get((text.charCodeAt(start) << 16) | text.charCodeAt(end - 1));
    if (slips && this.maySlip(slips, letterMask(text, start, end), end - start)) return true;
    if (!this.variantShapes.has(variantShape(text, start, end, end - start))) return false;
    const len = skeletonInto(text, start, end, this.buffer);
    return len >= 4 && this.standalone.has(skeletonHash(this.buffer, len));
  }

  /**
   * The name words `word` may be, with the step that reads it so. `anchored`: the word follows
   * the start of a multi-word name (سيردار بردي for سيردار بيردي), where shorter words are safe.
   */
  read(word: string, anchored = false): { words: readonly string[]; step: NameStep } | null {
    if (word.length < (anchored ? MIN_ANCHORED_READ : MIN_NAME_READ) || this.blocked.has(word)) return null;
    const len = skeletonInto(word, 0, word.length, this.buffer);
    const hash = skeletonHash(this.buffer, len);
    if ((anchored ? this.anchored : this.standalone).has(hash)) {
      const sk = String.fromCharCode(...this.buffer.subarray(0, len));
      // A variant adds or drops a vowel or two, not more; in Latin letters one (Mirziyaev for
      // Mirziyoyev, where Mirzayev is another family name).
      const spread = word.charCodeAt(0) < 0x80 ? 1 : 2;
      const words = this.skeletons
        .get(sk)
        ?.filter((w) => Math.abs(w.length - word.length) <= spread && (anchored || w.length >= MIN_STANDALONE));
      if (words?.length) return { words, step: 'variant' };
    }
    const candidates = this.slipsByEnds.get(rawEndsKey(word));
    if (!candidates) return null;
    const found: string[] = [];
    const mask = letterMask(word, 0, word.length);
    for (const candidate of candidates) {
      const allowed = slipsAllowed(candidate.length);
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      // Each slip changes at most two letters of the set of letters used.
      if (popcount(mask ^ (this.slipMasks.get(candidate) as number)) > 2 * allowed) continue;
      if (this.distance(word, candidate, allowed) <= allowed) found.push(candidate);
    }
    return found.length ? { words: found, step: 'slip' } : null;
  }

  /** Whether a word of this length and these letters is within reach of one of `slips`. */
  private maySlip(slips: readonly string[], mask: number, length: number): boolean {
    for (const w of slips) {
      const allowed = slipsAllowed(w.length);
      if (Math.abs(w.length - length) <= allowed && popcount(mask ^ (this.slipMasks.get(w) as number)) <= 2 * allowed) {
        return true;
      }
    }
    return false;
  }

  private distance(a: string, b: string, limit: number): number {
    return slipDistance(a, b, limit, this.rowA, this.rowB, this.rowC);
  }
}

/** One bit per index: the shape tables are sparse and large, so a byte each would cost megabytes per tab. */
export class BitSet {
  private readonly bits: Uint32Array;
  constructor(size: number) {
    this.bits = new Uint32Array((size + 31) >>> 5);
  }
  add(i: number) {
    this.bits[i >>> 5] = (this.bits[i >>> 5] as number) | (1 << (i & 31));
  }
  has(i: number): boolean {
    return ((this.bits[i >>> 5] as number) & (1 << (i & 31))) !== 0;
  }
  /** The indices in the set, ascending. */
  members(): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.bits.length; w++) {
      for (let word = this.bits[w] as number; word !== 0; word &= word - 1)
        out.push(w * 32 + (31 - Math.clz32(word & -word)));
    }
    return out;
  }
  static of(size: number, members: readonly number[]): BitSet {
    const set = new BitSet(size);
    for (const i of members) set.add(i);
    return set;
  }
}

/** The sizes of the shape bit sets (see `shape` and `variantShape`). */
export const SHAPE_BITS = 1 << 21;
const VARIANT_SHAPE_BITS = 1 << 22;

export const ALEF = 0x0627;
export const LAM = 0x0644;

/** A name word read through a variant on its own (not inside a longer name) has this many letters. */
const MIN_STANDALONE = 6;

/** A page word read on its own as a name word (`mayRead`, `read` unanchored) has at least this many letters. */
export const MIN_NAME_READ = 5;
/** A page word read as a name word inside a multi-word name (`read` anchored) has at least this many. */
export const MIN_ANCHORED_READ = 4;

/**
 * A word's shape (see `shape`) and the class of its first consonant after the first letter, hashed
 * into 22 bits: two spellings of a name agree on it (vowels are what they drop), most words do not.
 */
function variantShape(text: string, start: number, end: number, length: number): number {
  let i = start + 1;
  while (i < end - 1 && isLongVowel(text.charCodeAt(i))) i++;
  const second = letterClass(text.charCodeAt(i)) & 0x3f;
  return (Math.imul(shape(text.charCodeAt(start), text.charCodeAt(end - 1), length), 64) + second) & 0x3fffff;
}

/** A word's first and last letter classes and its length (up to 31), as one index. */
export const shape = (first: number, last: number, length: number) =>
  ((((letterClass(first) & 0xff) << 8) | (letterClass(last) & 0xff)) << 5) | Math.min(length, 31);

/** The letters of `text[start, end)` as bits (by their low five bits): equal words, equal masks. */
function letterMask(text: string, start: number, end: number): number {
  let mask = 0;
  for (let i = start; i < end; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// A slip never touches the first and the last letter: typos and OCR slips are inside a word.
const rawEndsKey = (w: string) => (w.charCodeAt(0) << 16) | w.charCodeAt(w.length - 1);
