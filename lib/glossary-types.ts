/**
 * The compiled glossary: what the content script carries. Built from `glossary/` at build time by
 * `compileGlossary`; explanations are not here (see `GlossaryDetails`).
 */

import type { TopicProfile } from '../glossary/pack';
import type { Names } from './languages';

export interface CompiledEntity {
  id: string;
  type: string;
  /** Canonical Arabic (the base form shown on the card). */
  ar: string;
  /** Its name in each language its pack carries (see `lib/languages.ts`). */
  name: Names;
  /** How the name is read, where the script does not say (pinyin for Chinese: `{ zh }`). */
  reading?: Names;
  /** The pack that defines it (its place in `CompiledGlossary.packs`); absent: the first. */
  pack?: number;
}

/** A pack as the annotator needs it: which it is, and its topic profile (see `glossary/pack.ts`). */
export interface CompiledPack {
  id: string;
  version: string;
  title: { en: string; zh: string; ar: string };
  /** The languages its names and explanations are written in. */
  languages: string[];
  /** Entities other packs define that this one shows too (the people and places it shares). */
  uses?: string[];
  profile?: TopicProfile;
}

export interface CompiledGlossary {
  entities: CompiledEntity[];
  /** The packs compiled together, in order: the first is the primary one (its verdict is `topic`). */
  packs?: CompiledPack[];
  /** Folded form key (words joined by one space) → entity index. */
  full: Record<string, number>;
  /** Folded short reference → the entities it may refer to. */
  short: Record<string, number[]>;
  /** Keys the compiler generated rather than read from the data, and by which step. */
  origin?: Record<string, GeneratedBy>;
  /** Names that contain a glossary name but are something else (مسار أستانا): read, never shown. */
  notOurs?: string[];
  /** Keys of adjectives of origin (nisba: صيني, تركمانية): read as the country, except in a person's name. */
  adjectives?: string[];
  /** Keys that match only where the page writes them in capitals (Latin acronyms: SCO, CGTN). */
  upper?: string[];
  /** What lets the matcher read names written in ways the data never listed. */
  names?: NameTables;
  /** Per pack, a series of summits and its editions (entity indexes), each with its host city or -1. */
  series?: Array<{ series: number; editions: Array<{ entity: number; venue: number }> }>;
  /**
   * The matcher's lookup tables, computed from the rest at build time (`matcherTables`) so that a
   * tab only fills them in; without them `createMatcher` computes them.
   */
  tables?: MatcherTables;
}

/** The members of the matcher's lookup sets, ascending (see `createMatcher` for what each is). */
export interface MatcherTables {
  ahead: number;
  firstPairs: number[];
  afterArticle: number[];
  firstWords: number[];
  joinedShapes: number[];
  gluedShapes: number[];
  names?: NameReaderTables;
}

/** The members of `NameReader`'s lookup sets, ascending. */
export interface NameReaderTables {
  standalone: number[];
  anchored: number[];
  shapes: number[];
  variantShapes: number[];
}

/** The steps that generate forms at build time (see `glossary/generate.ts`). */
export type GeneratedBy = 'joined' | 'partial' | 'latin' | 'variant' | 'named';

export interface NameTables {
  /** Skeleton (see `lib/arabic/variants.ts`) → the words of foreign names that have it. */
  skeletons: Record<string, string[]>;
  /** Words of foreign names long enough to be read through a slip (see `lib/arabic/approx.ts`). */
  slips: string[];
  /** Words of real text that would read as a name through a skeleton or a slip, but are not. */
  blocked: string[];
  /** Short forms that are also ordinary words: they need the full name earlier, page or not. */
  ordinary: string[];
}

export interface EntityDetails {
  /** What it is, in each language its pack carries. */
  explanation: Names;
  source: string;
  asOf?: string;
}

/** Entity id → explanations and source note, loaded only where they are shown. */
export type GlossaryDetails = Record<string, EntityDetails>;
