/**
 * The shape of a glossary entry. Entries are plain typed data in `glossary/entries/*.ts`;
 * `glossary/glossary.test.ts` checks them, and `glossary/compile.ts` turns them into the small
 * tables the content script carries (explanations stay out of those tables).
 */

export const ENTITY_TYPES = [
  'person',
  'country',
  'place',
  'organization',
  'event',
  'document',
  'initiative',
  'project',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export interface ArabicForms {
  /** The base form shown on the card, as a careful outlet writes it (hamzas kept, no diacritics). */
  canonical: string;
  /**
   * Other full spellings that real outlets use for the same thing: transliteration variants,
   * with or without a hyphen, joined or split words. Matched anywhere, like `canonical`.
   */
  variants?: string[];
  /**
   * Masculine singular adjective (nisba) without the article, e.g. `صيني` for China. The compiler
   * derives the feminine, dual and plural forms; attached proclitics (ال، وال، بال …) are handled
   * by the matcher. Only for countries and regions whose adjective clearly points to them.
   */
  nisba?: string[];
  /**
   * Short references (a surname, a bare first name) that are matched only after a full form of
   * the same entity has appeared earlier in the text, because on their own they are ambiguous
   * (`شي` is also a misspelt "thing"; `رحمن` is a common name). Several entities may share a
   * short form: the one whose full form appeared most recently wins.
   */
  short?: string[];
}

export interface GlossaryEntry {
  /** Stable, kebab-case, never reused: other tools and saved exports refer to it. */
  id: string;
  type: EntityType;
  ar: ArabicForms;
  en: {
    name: string;
    /** Two or three sentences in our own words: who or what it is and why it matters at the summit. */
    explanation: string;
  };
  zh: {
    /** Official Chinese usage (e.g. 托卡耶夫, not an ad-hoc transcription). */
    name: string;
    /** Hanyu pinyin with tone marks, words separated as in official romanisation. */
    pinyin: string;
    explanation: string;
  };
  source: {
    /** Where the facts were checked (outlet or official page, in words, no URL needed). */
    note: string;
    /** ISO date (YYYY-MM or YYYY-MM-DD) for facts that can change: offices, titles, membership. */
    asOf?: string;
  };
}
