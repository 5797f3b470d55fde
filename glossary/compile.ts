/**
 * Compiles glossary entries into the matcher's tables (`CompiledGlossary`, small, for the content
 * script) and the explanations (`GlossaryDetails`, for the card and the panel). Runs at build time
 * through the Vite plugin in `wxt.config.ts`, and in Node for the annotate CLI and the tests.
 */

import { foldArabic } from '../lib/arabic/fold';
import { nisbaForms } from '../lib/arabic/nisba';
import { formKey } from '../lib/arabic/words';
import type { TopicSignal } from '../lib/detect/topic';
import type { CompiledGlossary, GlossaryDetails } from '../lib/glossary-types';
import type { GlossaryEntry } from './schema';

export interface CompiledOutput {
  index: CompiledGlossary;
  details: GlossaryDetails;
}

/** Every full form of an entry, as written in the data (nisba stems expanded). */
export function fullForms(entry: GlossaryEntry): string[] {
  return [entry.ar.canonical, ...(entry.ar.variants ?? []), ...(entry.ar.nisba ?? []).flatMap(nisbaForms)];
}

export function keyOf(form: string): string {
  const key = formKey(foldArabic(form));
  if (key === null)
    throw new Error(`glossary form "${form}" has punctuation that no name on a page could match across`);
  return key;
}

export function compileGlossary(
  entries: readonly GlossaryEntry[],
  signals: Readonly<Record<string, TopicSignal>> = {},
  venues: readonly string[] = [],
): CompiledOutput {
  const index: CompiledGlossary = { entities: [], full: {}, short: {} };
  const details: GlossaryDetails = {};
  const owner = new Map<string, string>();

  entries.forEach((entry, i) => {
    index.entities.push({
      id: entry.id,
      type: entry.type,
      ar: entry.ar.canonical,
      en: entry.en.name,
      zh: entry.zh.name,
      pinyin: entry.zh.pinyin,
      ...(signals[entry.id] ? { signal: signals[entry.id] } : {}),
      ...(venues.includes(entry.id) ? { venue: true } : {}),
    });
    details[entry.id] = {
      en: entry.en.explanation,
      zh: entry.zh.explanation,
      source: entry.source.note,
      ...(entry.source.asOf ? { asOf: entry.source.asOf } : {}),
    };
    for (const form of fullForms(entry)) {
      const key = keyOf(form);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== entry.id) {
        throw new Error(`"${form}" (${entry.id}) folds to "${key}", already a form of ${previous}`);
      }
      owner.set(key, entry.id);
      index.full[key] = i;
    }
  });

  entries.forEach((entry, i) => {
    for (const form of entry.ar.short ?? []) {
      const key = keyOf(form);
      const fullOwner = owner.get(key);
      if (fullOwner !== undefined) {
        throw new Error(`short form "${form}" of ${entry.id} is a full form of ${fullOwner}`);
      }
      const list = index.short[key] ?? [];
      if (!list.includes(i)) list.push(i);
      index.short[key] = list;
    }
  });
  return { index, details };
}
