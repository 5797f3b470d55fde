/**
 * franc's trigram tables cut down to the languages Rafiq lets it choose (`FRANC_CODES`), for the
 * extension's build. franc builds a lookup table for every language of its data as it loads
 * (64 languages in four scripts, about 19,000 entries); Rafiq's `only` list lets just five of
 * them ever win, so the rest is start-up work for nothing on every Arabic page.
 *
 * The answers are the same as with the whole data, for every input: a script left with none of
 * the allowed languages is dropped, and franc then answers `und` for text in that script, as it
 * did before when `only` ruled all of its languages out (`franc-data.test.ts` checks both ways).
 */

export type FrancData = Record<string, Record<string, string>>;

export function francDataFor(data: FrancData, languages: readonly string[]): FrancData {
  const allowed = new Set(languages);
  const kept: FrancData = {};
  for (const [script, models] of Object.entries(data)) {
    const mine = Object.fromEntries(Object.entries(models).filter(([language]) => allowed.has(language)));
    if (Object.keys(mine).length > 0) kept[script] = mine;
  }
  return kept;
}
