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
  // Shortest first: the matcher prefers the reading that removes the least. Among proclitics of
  // one length a word can start with only one, so their order there decides nothing; it is fixed
  // by code unit, not `localeCompare`, whose collator costs a fresh page 10 ms and more to set up.
  // The sort is stable, so the two readings of لل keep the order above.
  return list.sort(
    (a, b) => a.written.length - b.written.length || (a.written < b.written ? -1 : a.written > b.written ? 1 : 0),
  );
}

export const PROCLITICS: readonly Proclitic[] = buildProclitics();

/** The proclitics grouped by their first letter, so a word is tried only against those it starts with. */
export const PROCLITICS_BY_FIRST_LETTER: ReadonlyMap<number, readonly Proclitic[]> = (() => {
  const map = new Map<number, Proclitic[]>();
  for (const p of PROCLITICS) {
    const c = p.written.charCodeAt(0);
    const list = map.get(c);
    if (list) list.push(p);
    else map.set(c, [p]);
  }
  return map;
})();

/** A remainder shorter than this cannot be a name. */
export const MIN_REMAINDER = 2;

/** `word` read as proclitic `p` + remainder: the remainder, or null when `word` does not start so. */
export function remainderAfter(word: string, p: Proclitic): string | null {
  if (word.length - p.written.length < MIN_REMAINDER || !word.startsWith(p.written)) return null;
  return p.restore + word.slice(p.written.length);
}
