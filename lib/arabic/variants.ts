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
];

export const SKELETON_STEPS: readonly SkeletonStep[] = [
  ...LETTER_CLASSES,
  { name: 'a doubled letter written once', example: ['توكاييف', 'توكايف'] },
  { name: 'long vowels inside a word written or dropped', example: ['جاباروف', 'جباروف'] },
];

const CLASS_OF = new Map<number, number>();
for (const c of LETTER_CLASSES) for (const l of c.letters) CLASS_OF.set(l.charCodeAt(0), c.to.charCodeAt(0));

const ALEF = 0x0627;
const WAW = 0x0648;
const YEH = 0x064a;
const isLongVowel = (c: number) => c === ALEF || c === WAW || c === YEH;

/** The letter class of one (folded) letter. */
export function letterClass(code: number): number {
  return CLASS_OF.get(code) ?? code;
}

/**
 * The skeleton of a folded word: letters mapped to their class, doubled letters written once, and
 * the long vowels between the first and the last letter dropped (the first and last letters stay,
 * since outlets agree on those far more often than on the middle).
 */
export function skeleton(word: string): string {
  const n = word.length;
  let out = '';
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const c = letterClass(word.charCodeAt(i));
    if (c === previous) continue;
    previous = c;
    if (i > 0 && i < n - 1 && isLongVowel(c)) continue;
    out += String.fromCharCode(c);
  }
  // Dropping a vowel can bring two equal letters together (كيك → كك): write them once too.
  return out.replace(/(.)\1+/gu, '$1');
}
