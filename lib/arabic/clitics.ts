/**
 * Proclitics: the small words Arabic writes glued to the front of the next word. Every folded
 * word on a page may hide a glossary form behind one of these; the matcher tries the remainder
 * only when it is itself the start of a glossary form, so a name that merely begins with one of
 * these letters (بكين، لبنان، واشنطن، كازاخستان) is found whole first and never cut.
 */

export interface Proclitic {
  /** The letters as written (folded), e.g. `وبال`. */
  written: string;
  /** What the remainder gets back: `لل` is ل + ال with the alef dropped, so the article returns. */
  restore: string;
  /** Example as source → remainder. */
  example: string;
}

const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'] as const;
const ARTICLES = ['', 'ال'] as const;

function buildProclitics(): Proclitic[] {
  const list: Proclitic[] = [];
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      for (const art of ARTICLES) {
        if (!conj && !prep && !art) continue;
        if (prep === 'ل' && art === 'ال') {
          // للصين = ل + الصين: the article's alef is not written after ل. The remainder is read
          // with the article (names that carry it) and without it (adjectives stored bare).
          list.push({ written: `${conj}لل`, restore: 'ال', example: `${conj}للصين → الصين` });
          list.push({ written: `${conj}لل`, restore: '', example: `${conj}للصينيين → صينيين` });
          continue;
        }
        list.push({ written: conj + prep + art, restore: '', example: `${conj}${prep}${art}صيني → صيني` });
      }
    }
  }
  // Shortest first: the matcher prefers the reading that removes the least.
  return list.sort((a, b) => a.written.length - b.written.length || a.written.localeCompare(b.written));
}

export const PROCLITICS: readonly Proclitic[] = buildProclitics();

/** The longest proclitic, in letters: a word shorter than this plus two cannot hide a name. */
const MIN_REMAINDER = 2;

/**
 * Every reading of `word` as proclitics + remainder, least stripping first, whose remainder is
 * accepted by `isKnownStart`. The word itself is not included.
 */
export function procliticReadings(
  word: string,
  isKnownStart: (remainder: string) => boolean,
): Array<{ remainder: string; prefixLength: number }> {
  const readings: Array<{ remainder: string; prefixLength: number }> = [];
  for (const p of PROCLITICS) {
    if (word.length - p.written.length < MIN_REMAINDER || !word.startsWith(p.written)) continue;
    const remainder = p.restore + word.slice(p.written.length);
    if (isKnownStart(remainder)) readings.push({ remainder, prefixLength: p.written.length });
  }
  return readings;
}
