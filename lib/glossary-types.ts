/**
 * The compiled glossary: what the content script carries. Built from `glossary/` at build time by
 * `compileGlossary`; explanations are not here (see `GlossaryDetails`).
 */

export interface CompiledEntity {
  id: string;
  type: string;
  /** Canonical Arabic (the base form shown on the card). */
  ar: string;
  en: string;
  zh: string;
  pinyin: string;
  /** What a mention of this entity says about the page's topic (see `lib/detect/topic.ts`). */
  signal?: string;
  /** A city that hosted the summit (see `lib/detect/topic.ts`). */
  venue?: boolean;
}

export interface CompiledGlossary {
  entities: CompiledEntity[];
  /** Folded form key (words joined by one space) → entity index. */
  full: Record<string, number>;
  /** Folded short reference → the entities it may refer to. */
  short: Record<string, number[]>;
}

export interface EntityDetails {
  en: string;
  zh: string;
  source: string;
  asOf?: string;
}

/** Entity id → explanations and source note, loaded only where they are shown. */
export type GlossaryDetails = Record<string, EntityDetails>;
