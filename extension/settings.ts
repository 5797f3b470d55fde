/**
 * Every stored setting, as versioned WXT storage items. Small preferences the user sets sync
 * across their browsers; nothing is stored that the user did not choose.
 */

import { storage } from 'wxt/utils/storage';

export type GlossaryLanguage = 'en' | 'zh' | 'both';
export const GLOSSARY_LANGUAGES: readonly GlossaryLanguage[] = ['en', 'zh', 'both'];

export function isGlossaryLanguage(v: unknown): v is GlossaryLanguage {
  return GLOSSARY_LANGUAGES.includes(v as GlossaryLanguage);
}

/** The language names and explanations are shown in. */
export const glossaryLanguage = storage.defineItem<GlossaryLanguage>('sync:glossaryLanguage', {
  fallback: 'en',
  version: 1,
});

/** Reads the language, treating anything unexpected (a corrupted value) as the default. */
export async function readGlossaryLanguage(): Promise<GlossaryLanguage> {
  const value: unknown = await glossaryLanguage.getValue();
  return isGlossaryLanguage(value) ? value : 'en';
}

/** English → Chinese → English: what the one-click toggle and the keyboard shortcut do. */
export function nextLanguage(current: GlossaryLanguage): GlossaryLanguage {
  return current === 'en' ? 'zh' : 'en';
}
