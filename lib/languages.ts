/**
 * The glossary languages: the languages names and explanations are shown in. They are data: each
 * pack lists the ones it carries (`languages` in `glossary/pack.ts`), and every surface offers the
 * languages of the packs it has, so a pack written in a third language needs no code change. The
 * reader's choice is one of them or `both`, which shows every language the glossary carries
 * (English and Chinese side by side for the bundled packs; the stored value keeps its old name).
 */

/** A language code (`en`, `zh`, `ru` …) or `both`. */
export type GlossaryLanguage = string;

/** The choice that shows every language at once. */
export const EVERY_LANGUAGE = 'both';

/** What the reader gets before choosing, and what an unknown stored choice reads as. */
export const DEFAULT_LANGUAGE = 'en';

/** Text keyed by language code. */
export type Names = Readonly<Record<string, string>>;

/** A stored choice as this build can use it: a language code or `both`; anything else is the default. */
export function repairGlossaryLanguage(raw: unknown): GlossaryLanguage {
  return raw === EVERY_LANGUAGE || (typeof raw === 'string' && /^[a-z]{2,3}$/.test(raw)) ? raw : DEFAULT_LANGUAGE;
}

/**
 * The languages several packs carry, in order of first appearance (the first pack's order first),
 * without repeats. Never empty: with no pack at all, the default language.
 */
export function languagesOf(packs: ReadonlyArray<{ languages?: readonly string[] }>): string[] {
  const seen = new Set<string>();
  for (const pack of packs) for (const language of pack.languages ?? []) seen.add(language);
  return seen.size ? [...seen] : [DEFAULT_LANGUAGE];
}

/**
 * The languages a choice shows, given those the glossary carries: `both` shows all; a carried
 * language shows itself; a language no pack carries (a choice synced from a browser with another
 * pack) shows the glossary's first, so the reader always reads something.
 */
export function shownLanguages(choice: GlossaryLanguage, available: readonly string[]): string[] {
  if (choice === EVERY_LANGUAGE) return [...available];
  return available.includes(choice) ? [choice] : available.slice(0, 1);
}

/** The choices a toggle offers: each language, then `both` when there are two or more. */
export function languageChoices(available: readonly string[]): GlossaryLanguage[] {
  return available.length > 1 ? [...available, EVERY_LANGUAGE] : [...available];
}

/**
 * What the one-click toggle and the keyboard shortcut do: the next language the glossary carries,
 * after the last back to the first (English → Chinese → English for the bundled packs). From
 * `both`, or a language the glossary does not carry, the first.
 */
export function nextLanguage(current: GlossaryLanguage, available: readonly string[]): GlossaryLanguage {
  const at = available.indexOf(current);
  return (at < 0 ? available[0] : available[(at + 1) % available.length]) ?? DEFAULT_LANGUAGE;
}

/**
 * An entity's text in one language, or, where its pack does not carry that language, in English,
 * then in any language it has: with the language it is actually in, so the page can mark it
 * (`lang`) and a screen reader reads it in the right voice. Null when it has no text at all.
 */
export function textIn(names: Names | undefined, language: string): { text: string; language: string } | null {
  if (!names) return null;
  for (const code of [language, DEFAULT_LANGUAGE]) {
    const text = names[code];
    if (text) return { text, language: code };
  }
  const any = Object.entries(names).find(([, text]) => text);
  return any ? { text: any[1], language: any[0] } : null;
}

/**
 * An entity's texts in the languages shown: each it has, in their order; if it has none of them
 * (its pack does not carry the chosen language), the one `textIn` falls back to, so a card is
 * never empty and never repeats a fallback once per missing language.
 */
export function textsIn(names: Names | undefined, shown: readonly string[]): Array<{ text: string; language: string }> {
  const found = shown.flatMap((language) => {
    const text = names?.[language];
    return text ? [{ text, language }] : [];
  });
  if (found.length) return found;
  const fallback = textIn(names, shown[0] ?? DEFAULT_LANGUAGE);
  return fallback ? [fallback] : [];
}

/** The one name a sentence uses (a screen reader's announcement, "show X instead"): the first shown. */
export function nameFor(names: Names | undefined, choice: GlossaryLanguage, available: readonly string[]): string {
  return textsIn(names, shownLanguages(choice, available))[0]?.text ?? '';
}

/** Languages written right to left (primary subtags); every other glossary language is left to right. */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL.has(language) ? 'rtl' : 'ltr';
}

/**
 * A language's name in itself (English, 中文, Русский), as language pickers write them, so a
 * reader finds their language whatever the interface language is. From the browser's own data
 * (`Intl.DisplayNames`); the code itself where that has no name for it.
 */
export function autonym(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language);
    if (name && name !== language) return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    // not a code Intl knows
  }
  return language;
}
