/**
 * Transliteration variants of foreign names. Arabic outlets write the same Chinese, Kazakh or
 * Uzbek name with different letters for the same foreign sound and with or without its long
 * vowels (توكاييف / توكايف, جاباروف / جباروف, ميرضيايف / ميرزيوييف, قازاقستان / كازاخستان). Instead
 * of listing every spelling, both the glossary's name words and a page's words are reduced to a
 * *skeleton* by the small named steps below; a page word whose skeleton is a name word's skeleton
 * is that name word. This is the idea news-scale name systems use to recognise variants they never
 * listed (normalise each transliteration to a key, compare keys), written here for Arabic.
 *
 * The steps are only ever applied to words of foreign names (people, places, countries), and every
 * ordinary word of real text that happens to reduce to a name's skeleton is listed as blocked at
 * build time (see `scripts/glossary-collisions.ts`).
 */

export interface SkeletonStep {
  name: string;
  /** Two spellings real outlets use for the same name, which this step makes equal. */
  example: readonly [string, string];
}

/** Letters that write the same foreign sound, each mapped to one representative. */
const LETTER_CLASSES: ReadonlyArray<SkeletonStep & { letters: string; to: string }> = [
  { name: 'g, k, q and kh written as ج غ ق ك خ', example: ['قازاقستان', 'كازاخستان'], letters: 'جغقكخ', to: 'ك' },
  { name: 't written as ت or ط', example: ['طاجيكستان', 'تاجيكستان'], letters: 'تط', to: 'ت' },
  { name: 's written as س or ص', example: ['صدير', 'سدير'], letters: 'سص', to: 'س' },
  { name: 'z written as ز ض ذ ظ', example: ['ميرضيايف', 'ميرزيايف'], letters: 'زضذظ', to: 'ز' },
  { name: 'a hamza on a seat written as its seat', example: ['ميرضيائيف', 'ميرضيايف'], letters: 'ئ', to: 'ي' },
  { name: 'a hamza on waw written as waw', example: ['لؤي', 'لوي'], letters: 'ؤ', to: 'و' },
  // Latin letters, for leaders' names a release writes in Latin inside the Arabic text: Turkmen
  // spelling ends the name in -ow where Russian-style spelling has -ov.
  { name: 'Latin w or v', example: ['berdimuhamedow', 'berdimuhamedov'], letters: 'wv', to: 'v' },
];

export const SKELETON_STEPS: readonly SkeletonStep[] = [
  ...LETTER_CLASSES,
  { name: 'a doubled letter written once', example: ['توكاييف', 'توكايف'] },
  { name: 'long vowels inside a word written or dropped', example: ['جاباروف', 'جباروف'] },
  // Latin transliterations of Central Asian names disagree on their vowels and on y between them
  // (Mirziyoyev / Mirziyaev, Nazarbayev / Nazarbaev): a, e, i, o, u and y inside a Latin word are
  // what the Arabic long vowels are inside an Arabic one.
  { name: 'Latin vowels and y inside a word written or dropped', example: ['mirziyoyev', 'mirziyaev'] },
];

/** Letter → class, for every code point below 0x0700 (Latin and Arabic); others are their own class. */
const CLASS_OF = new Uint16Array(0x0700).map((_, i) => i);
for (const c of LETTER_CLASSES) for (const l of c.letters) CLASS_OF[l.charCodeAt(0)] = c.to.charCodeAt(0);

const ALEF = 0x0627;
const WAW = 0x0648;
const YEH = 0x064a;
/** The Arabic long vowels, and the Latin vowels with y (lower case: page words are folded). */
export const isLongVowel = (c: number) =>
  c === ALEF || c === WAW || c === YEH || (c >= 0x61 && c <= 0x79 && ((LATIN_VOWELS >>> (c - 0x61)) & 1) === 1);
/** a, e, i, o, u, y as bits from a (a loop's test, so no Set). */
const LATIN_VOWELS = [...'aeiouy'].reduce((bits, l) => bits | (1 << (l.charCodeAt(0) - 0x61)), 0);

/** The letter class of one (folded) letter. */
export function letterClass(code: number): number {
  return code < 0x0700 ? (CLASS_OF[code] as number) : code;
}

/** Scratch space for `skeletonInto`: no name word is near this long. */
const SCRATCH = new Uint16Array(64);

/**
 * Writes the skeleton of `text[start, end)` into `out` and returns its length (at most
 * `out.length`): letters mapped to their class, doubled letters written once, and the long vowels
 * between the first and the last letter dropped (the first and last letters stay, since outlets
 * agree on those far more often than on the middle). No string is built, so a page word can be
 * tested cheaply (see `skeletonHash`).
 */
export function skeletonInto(text: string, start: number, end: number, out: Uint16Array): number {
  let len = 0;
  let previous = -1;
  for (let i = start; i < end && len < out.length; i++) {
    const c = letterClass(text.charCodeAt(i));
    if (c === previous) continue;
    previous = c;
    if (i > start && i < end - 1 && isLongVowel(c)) continue;
    // Dropping a vowel can bring two equal letters together (كيك → كك): written once too.
    if (len > 0 && out[len - 1] === c) continue;
    out[len++] = c;
  }
  return len;
}

/** A number for the skeleton in `out[0, len)` (FNV-1a), equal for equal skeletons. */
export function skeletonHash(out: Uint16Array, len: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < len; i++) h = Math.imul(h ^ (out[i] as number), 0x01000193);
  return h >>> 0;
}

/** The skeleton of a folded word, as a string (see `skeletonInto`). */
export function skeleton(word: string): string {
  const len = skeletonInto(word, 0, word.length, SCRATCH);
  return String.fromCharCode(...SCRATCH.subarray(0, len));
}
