/**
 * Folding: one pipeline, used on the glossary at build time and on page text at run time, so both
 * sides meet in the same form. Each step is a small table from a character to its folded form,
 * described by an example; `foldText` applies all of them in one pass and keeps, for every folded
 * UTF-16 unit, the span of original text it came from, so a match on folded text maps back to the
 * exact characters on the page.
 */

import { finish, type Steps } from '../steps';
import { enlarged } from './typed-arrays';

const DROP = -1;

interface FoldStep {
  name: string;
  /** What the step does, shown as input → output. */
  example: string;
  /** Code points the step applies to, and what each becomes (`DROP` removes it). */
  table: ReadonlyArray<readonly [from: number | readonly [number, number], to: string | typeof DROP]>;
}

export const FOLD_STEPS: readonly FoldStep[] = [
  {
    name: 'drop diacritics',
    example: 'مُحَمَّد → محمد',
    table: [
      [[0x0610, 0x061a], DROP], // Quranic honorifics and small high letters
      [[0x064b, 0x065f], DROP], // harakat, tanwin, shadda, sukun, hamza marks
      [0x0670, DROP], // superscript (dagger) alef
      [[0x06d6, 0x06dc], DROP],
      [[0x06df, 0x06e4], DROP],
      [[0x06e7, 0x06e8], DROP],
      [[0x06ea, 0x06ed], DROP],
    ],
  },
  { name: 'drop tatweel', example: 'لـكن → لكن', table: [[0x0640, DROP]] },
  {
    name: 'drop invisible format characters',
    example: 'شي\u200cجين → شيجين',
    table: [
      [0x00ad, DROP], // soft hyphen
      [[0x200b, 0x200f], DROP], // zero-width space/joiners, LRM, RLM
      [[0x202a, 0x202e], DROP], // bidi embeddings
      [[0x2066, 0x2069], DROP], // bidi isolates
      [0xfeff, DROP],
    ],
  },
  {
    name: 'unify alef',
    example: 'أإآٱ → اااا',
    table: [
      [0x0622, 'ا'],
      [0x0623, 'ا'],
      [0x0625, 'ا'],
      [0x0671, 'ا'],
      [0x0672, 'ا'],
      [0x0673, 'ا'],
    ],
  },
  { name: 'alef maqsura to yeh', example: 'مستشفى → مستشفي', table: [[0x0649, 'ي']] },
  { name: 'teh marbuta to heh', example: 'مبادرة → مبادره', table: [[0x0629, 'ه']] },
  {
    name: 'Persian letter shapes to Arabic',
    example: 'کی → كي',
    table: [
      [0x06cc, 'ي'], // Farsi yeh, common in text typed on Persian keyboards
      [0x06a9, 'ك'], // keheh
      [0x06c1, 'ه'], // heh goal
      [0x06d5, 'ه'], // ae
    ],
  },
  {
    // Some outlets write the foreign sounds v, p, ch, g and zh with the extra letters (ڤلاديمير,
    // پكين); the glossary writes their Arabic bases, as most outlets do.
    name: 'letters for foreign sounds to their Arabic bases',
    example: 'ڤلاديمير → فلاديمير',
    table: [
      [0x06a4, 'ف'], // veh (v)
      [0x067e, 'ب'], // peh (p)
      [0x0686, 'ج'], // tcheh (ch)
      [0x06af, 'ك'], // gaf (g)
      [0x0698, 'ز'], // jeh (zh)
    ],
  },
  {
    name: 'Western digits',
    example: '٢٠٢٥ ۲۰۲۷ → 2025 2027',
    table: [
      ...Array.from({ length: 10 }, (_, d) => [0x0660 + d, String(d)] as const),
      ...Array.from({ length: 10 }, (_, d) => [0x06f0 + d, String(d)] as const),
    ],
  },
  {
    name: 'lower-case Latin',
    example: 'CGTN → cgtn',
    table: Array.from({ length: 26 }, (_, i) => [0x41 + i, String.fromCharCode(0x61 + i)] as const),
  },
  {
    // Turkic Latin alphabets write the names with accents (Türkmenistan, Ürümqi, Özbekiston,
    // Aşgabat), English copy without them: both read as the same Latin name.
    name: 'Latin letters with accents to their bases, lower case',
    example: 'Türkmenistan Ürümqi → turkmenistan urumqi',
    table: [...latinBases(), [[0x0300, 0x036f], DROP], [0x0131, 'i']],
  },
];

/** Each accented Latin letter of Latin-1 and Latin Extended-A (À–ſ) and its base letter, lower case. */
function latinBases(): Array<readonly [number, string]> {
  const out: Array<readonly [number, string]> = [];
  for (let code = 0xc0; code <= 0x17f; code++) {
    const base = String.fromCharCode(code).normalize('NFD').charAt(0);
    if (base !== String.fromCharCode(code) && /[A-Za-z]/.test(base)) out.push([code, base.toLowerCase()]);
  }
  return out;
}

/** Arabic presentation forms (ligatures, isolated/final shapes): NFKC gives the plain letters. */
function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/** The first 0x0700 code points cover Latin and Arabic; everything the steps touch below 0x2100. */
const LUT_SIZE = 0x2100;
/**
 * What each code point below LUT_SIZE folds to: a unit (itself where no step touches it, so that
 * the common case is one test, ≥ 0) or DROP. Above it, `extra` and the presentation forms.
 */
const lut = new Int32Array(LUT_SIZE);
for (let c = 0; c < LUT_SIZE; c++) lut[c] = c;
const extra = new Map<number, number>();
/** `FoldBuffer.fold`'s marker for a code point above LUT_SIZE, looked up out of the table. */
const ABOVE = -2;
/** A presentation form, whose plain letters replace it (see `plainLetters`). */
const EXPAND = -3;
for (const step of FOLD_STEPS) {
  for (const [from, to] of step.table) {
    const [lo, hi] = typeof from === 'number' ? [from, from] : from;
    for (let c = lo; c <= hi; c++) {
      const value = to === DROP ? DROP : to.charCodeAt(0);
      if (c < LUT_SIZE) lut[c] = value;
      else extra.set(c, value);
    }
  }
}

export interface FoldedText {
  /** The folded text. A break (see `foldText`) is the character U+2029. */
  text: string;
  /** For each folded UTF-16 unit, the offset in the original text where its source starts. */
  start: Int32Array;
  /** For each folded UTF-16 unit, the offset just past its source (dropped marks after it included). */
  end: Int32Array;
}

/**
 * Folds `source`. `breaks` (ascending offsets into `source`) insert a hard break, so words on
 * either side of a block boundary (two paragraphs whose text nodes touch) never join into one
 * name. A break occupies no original characters.
 */
export function foldText(source: string, breaks: ArrayLike<number> = []): FoldedText {
  return finish(foldTextSteps(source, breaks));
}

/** Folded UTF-16 units with, for each, the span of original text it came from; grows as needed. */
export class FoldBuffer {
  out: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  len = 0;

  constructor(capacity: number) {
    this.out = new Uint16Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  private grow(need: number) {
    const capacity = Math.max(this.out.length * 2, this.len + need);
    this.out = enlarged(this.out, capacity);
    this.start = enlarged(this.start, capacity);
    this.end = enlarged(this.end, capacity);
  }

  /**
   * Folds `source[from, to)` onto the end of the buffer; `nextBreak` is the index of the first
   * break not yet written (at or after `from`). Returns the index of the first break after `to`.
   */
  fold(source: string, from: number, to: number, breaks: ArrayLike<number>, nextBreak: number): number {
    // Room for one unit per character left is kept throughout: a break or a presentation form
    // (which may give several) grows the buffer first if it would take that room.
    if (this.len + (to - from) > this.out.length) this.grow(to - from + 16);
    let { out, start, end, len } = this;
    // Past the end when no break is left: a small integer, as V8 keeps it unboxed in the loop.
    const none = to + 1;
    let pendingBreak = nextBreak < breaks.length ? (breaks[nextBreak] as number) : none;
    for (let i = from; i < to; i++) {
      while (pendingBreak <= i) {
        if (pendingBreak === i) {
          if (len + 1 + (to - i) > out.length) {
            this.len = len;
            this.grow(to - i + 16);
            ({ out, start, end } = this);
          }
          out[len] = 0x2029;
          start[len] = i;
          end[len] = i;
          len++;
        }
        nextBreak++;
        pendingBreak = nextBreak < breaks.length ? (breaks[nextBreak] as number) : none;
      }
      const code = source.charCodeAt(i);
      let folded = code < LUT_SIZE ? (lut[code] as number) : ABOVE;
      if (folded === ABOVE) folded = extra.get(code) ?? (isPresentationForm(code) ? EXPAND : code);
      if (folded >= 0) {
        out[len] = folded;
        start[len] = i;
        end[len] = i + 1;
        len++;
      } else if (folded === DROP) {
        // A mark belongs to the letter before it: a highlight of that letter covers it too.
        if (len > 0 && (end[len - 1] as number) === i) end[len - 1] = i + 1;
      } else {
        // Out of line: with the normalisation written here, V8 boxed a number for every character.
        const plain = plainLetters(code);
        if (plain === null) {
          // A presentation form that NFKC leaves alone (﴾ ﴿, unassigned ones) stays as it is.
          out[len] = code;
          start[len] = i;
          end[len] = i + 1;
          len++;
          continue;
        }
        if (len + plain.length + (to - i) > out.length) {
          this.len = len;
          this.grow(plain.length + (to - i) + 16);
          ({ out, start, end } = this);
        }
        for (let k = 0; k < plain.length; k++) {
          out[len] = plain.charCodeAt(k);
          start[len] = i;
          end[len] = i + 1;
          len++;
        }
      }
    }
    this.len = len;
    return nextBreak;
  }
}

/** The same fold, pausing (yield) after every `charsPerStep` characters (a 5 MB text node is one string). */
export function* foldTextSteps(
  source: string,
  breaks: ArrayLike<number> = [],
  charsPerStep = Number.POSITIVE_INFINITY,
): Steps<FoldedText> {
  const n = source.length;
  const buffer = new FoldBuffer(n + breaks.length + 16);
  let nextBreak = 0;
  for (let from = 0; from < n; from += charsPerStep) {
    if (from > 0) yield;
    nextBreak = buffer.fold(source, from, Math.min(n, from + charsPerStep), breaks, nextBreak);
  }
  const { out, start, end, len } = buffer;
  // Decoded in pieces too: one decode of a 5 MB text is a task of its own.
  const pieces: string[] = [];
  for (let from = 0; from < len; ) {
    if (from > 0) yield;
    let to = Math.min(len, from + charsPerStep);
    // Never between the two halves of a surrogate pair (each would decode as U+FFFD).
    if (to < len && (out[to - 1] as number) >= 0xd800 && (out[to - 1] as number) <= 0xdbff) to++;
    pieces.push(decoder.decode(out.subarray(from, to)));
    from = to;
  }
  return { text: pieces.join(''), start: start.subarray(0, len), end: end.subarray(0, len) };
}

/**
 * The folded plain letters of presentation form `code`, once per form: a page that writes some
 * words in them (a pasted PDF) has hundreds, and each fold of the normalised text builds buffers
 * (10 ms of a fresh tab for the 600 of the benchmark page).
 */
const plainOf = new Map<number, string | null>();

/** The folded plain letters of presentation form `code`, or null where NFKC leaves it alone (﴾ ﴿, unassigned ones). */
function plainLetters(code: number): string | null {
  let plain = plainOf.get(code);
  if (plain === undefined) {
    const form = String.fromCharCode(code);
    const nfkc = form.normalize('NFKC');
    plain = nfkc && nfkc !== form ? foldText(nfkc).text : null;
    plainOf.set(code, plain);
  }
  return plain;
}

/** Decodes folded units (lone surrogates become U+FFFD, as in `foldText`). */
export function decodeUnits(units: Uint16Array): string {
  return decoder.decode(units);
}

const decoder = new TextDecoder('utf-16le');

/** Folds a glossary form or any short string; no offsets kept. */
export function foldArabic(text: string): string {
  return foldText(text).text;
}
