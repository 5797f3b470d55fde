/**
 * What a pack's verdict reasons need to be said in words, in every interface language: the pack's
 * title, its sides, its roles and its venues' names. Small, and computed at build time
 * (`virtual:rafiq-packs`), so a surface that shows a verdict needs no glossary tables.
 */

import type { CompiledGlossary } from './glossary-types';

type InEveryUiLanguage = { en: string; zh: string; ar: string };

export interface PackLabels {
  id: string;
  version: string;
  title: InEveryUiLanguage;
  /** The languages its names and explanations are written in. */
  languages: string[];
  /** How many entities the pack defines itself (the ones it uses from others not counted). */
  entries: number;
  /** The profile's sides in order, each with how many groups (countries) it has. */
  sides: Array<{ id: string; label: InEveryUiLanguage; groups: number }>;
  /** The pair the verdict counts close mentions of: the side mentioned, then the side named near it. */
  pair?: [string, string];
  summit: InEveryUiLanguage;
  mechanism: InEveryUiLanguage;
  forums: InEveryUiLanguage;
  powers: InEveryUiLanguage;
  venues: InEveryUiLanguage[];
}

/** The labels of every pack of `index` that has a topic profile. */
export function packLabels(index: CompiledGlossary): PackLabels[] {
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const entries = (index.packs ?? []).map(() => 0);
  for (const e of index.entities) entries[e.pack ?? 0] = (entries[e.pack ?? 0] ?? 0) + 1;
  return (index.packs ?? []).flatMap((pack, p) => {
    const profile = pack.profile;
    if (!profile) return [];
    return [
      {
        id: pack.id,
        version: pack.version,
        title: pack.title,
        languages: pack.languages,
        entries: entries[p] ?? 0,
        sides: profile.sides.map((side) => ({
          id: side.id,
          label: side.label,
          groups: Object.keys(side.groups ?? {}).length,
        })),
        ...(profile.pairs ? { pair: profile.pairs.sides } : {}),
        ...profile.labels,
        venues: profile.venues.flatMap((id) => {
          const e = byId.get(id);
          return e ? [{ en: e.name.en ?? e.ar, zh: e.name.zh ?? e.name.en ?? e.ar, ar: e.ar }] : [];
        }),
      },
    ];
  });
}
