/**
 * Words in folded text. A word is a run of letters or digits; between two words is either a
 * joiner (spaces, hyphens, dashes: the gaps inside a multi-word name like `الصين-آسيا الوسطى`;
 * quotation marks, which outlets put around part of a name: `مبادرة “الحزام والطريق”`,
 * `وكالة "شينخوا" الصينية للأنباء`, `محادثات “أستانا”`) or anything else (a comma, a full stop,
 * a bracket, a paragraph break), which no name may cross.
 */

import { finish, type Steps } from '../steps';
import { enlarged } from './typed-arrays';

function isWordCode(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) || // Arabic letters
    (c >= 0x066e && c <= 0x06d3) || // extended Arabic letters (Persian, Urdu, Pashto, Kurdish …)
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0x61 && c <= 0x7a) || // a–z (folding lower-cases Latin)
    (c >= 0x30 && c <= 0x39) || // digits (folding makes Arabic-Indic digits Western)
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) // Latin letters with accents
  );
}

function isJoinerCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0xa0 || // no-break space
    c === 0x2d || // hyphen-minus
    c === 0x22 || // quotation marks: " « » “ ” „ (not the apostrophe, which is inside Latin names)
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x201c && c <= 0x201e) ||
    (c >= 0x2010 && c <= 0x2015) || // hyphens and dashes
    (c >= 0x2000 && c <= 0x200a) || // typographic spaces
    c === 0x202f ||
    c === 0x3000
  );
}

export interface Words {
  count: number;
  /** Offsets into the folded text. */
  start: Int32Array;
  end: Int32Array;
  /** 1 when only joiners stand between word i and word i + 1. */
  joinedToNext: Uint8Array;
}

/** For a word character: 2 for Arabic script, 1 for Latin letters, 0 for digits (which go with either). */
const scriptOf = (c: number) => (c >= 0x0600 ? 2 : c > 0x39 ? 1 : 0);

export function splitWords(text: string): Words {
  return finish(splitWordsSteps(text));
}

/** The same split, pausing (yield) after about every `charsPerStep` characters. */
export function* splitWordsSteps(text: string, charsPerStep = Number.POSITIVE_INFINITY): Steps<Words> {
  const n = text.length;
  let pause = charsPerStep;
  // A word needs at least one character and one separator, so n / 2 + 1 bounds the count; words
  // of two scripts written together (الصينquot, left by a broken &quot;) can exceed it: then grow.
  let cap = (n >> 1) + 1;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let joinedToNext = new Uint8Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (i >= pause) {
      pause = i + charsPerStep;
      yield;
    }
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    // A word keeps to one script: Arabic and Latin letters written together are two words, joined.
    let script = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) break;
      const sc = scriptOf(c);
      if (sc && script && sc !== script) break;
      if (sc) script = sc;
      i++;
    }
    if (count === cap) {
      cap *= 2;
      start = enlarged(start, cap);
      end = enlarged(end, cap);
      joinedToNext = enlarged(joinedToNext, cap);
    }
    start[count] = s;
    end[count] = i;
    let j = i;
    let joined = 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isWordCode(c)) break;
      if (!isJoinerCode(c)) joined = 0;
      j++;
    }
    joinedToNext[count] = j < n && (j > i ? joined : 1) ? 1 : 0;
    count++;
    i = j;
  }
  return { count, start, end, joinedToNext };
}

/**
 * A unit's kind for `WordBuffer.split`: `WORD`, `JOINER` or 0 (anything else), and for a word
 * character the scripts whose words it may continue: `LATIN`, `ARABIC`, or both for a digit.
 */
const WORD = 1;
const JOINER = 2;
const LATIN = 4;
const ARABIC = 8;
/** Every UTF-16 unit has an entry, so a read never falls outside the table. */
const KIND = new Uint8Array(0x10000);
for (let c = 0; c <= 0x3000; c++) {
  const script = scriptOf(c);
  if (isWordCode(c)) KIND[c] = WORD | (script === 2 ? ARABIC : script === 1 ? LATIN : LATIN | ARABIC);
  else if (isJoinerCode(c)) KIND[c] = JOINER;
}

/** Whether a folded unit is a letter or digit of a word, or a joiner between the words of a name. */
export const isJoinerOrWordUnit = (c: number) => (KIND[c] as number) !== 0;

/** Words as `splitWords` gives them, in arrays that are kept and reused (grown as needed). */
export class WordBuffer implements Words {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  joinedToNext: Uint8Array;

  constructor(capacity = 1024) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.joinedToNext = new Uint8Array(capacity);
  }

  private grow() {
    const cap = this.start.length * 2;
    this.start = enlarged(this.start, cap);
    this.end = enlarged(this.end, cap);
    this.joinedToNext = enlarged(this.joinedToNext, cap);
  }

  /**
   * Splits folded units `codes[0, n)` into words exactly as `splitWords` splits their text (one
   * table read per unit instead of a few range tests).
   */
  split(codes: Uint16Array, n: number) {
    let { start, end, joinedToNext } = this;
    let count = 0;
    let i = 0;
    while (i < n && !((KIND[codes[i] as number] as number) & WORD)) i++;
    // Each round reads one word and the gap after it, which ends at the next word (or at n).
    while (i < n) {
      const s = i;
      // A word keeps to one script: Arabic and Latin letters written together are two words,
      // joined. `scripts` narrows to the word's script at its first letter (digits go with either).
      let scripts = LATIN | ARABIC;
      for (; i < n; i++) {
        const kind = KIND[codes[i] as number] as number;
        if (!(kind & scripts)) break;
        scripts &= kind;
      }
      if (count === start.length) {
        this.grow();
        ({ start, end, joinedToNext } = this);
      }
      start[count] = s;
      end[count] = i;
      let j = i;
      let joined = 1;
      for (; j < n; j++) {
        const kind = KIND[codes[j] as number] as number;
        if (kind & WORD) break;
        if (!(kind & JOINER)) joined = 0;
      }
      joinedToNext[count] = j < n && (j > i ? joined : 1) ? 1 : 0;
      count++;
      i = j;
    }
    this.count = count;
  }
}

/**
 * The key a glossary form is stored under: its folded words joined by single spaces. Returns
 * null when the form has a separator no page name may cross (a full stop, a bracket …).
 */
export function formKey(folded: string): string | null {
  const words = splitWords(folded);
  if (words.count === 0) return null;
  const parts: string[] = [];
  for (let w = 0; w < words.count; w++) {
    if (w < words.count - 1 && !words.joinedToNext[w]) return null;
    parts.push(folded.slice(words.start[w], words.end[w]));
  }
  return parts.join(' ');
}
