/**
 * Compiles glossary entries into the matcher's tables (`CompiledGlossary`, small, for the content
 * script) and the explanations (`GlossaryDetails`, for the card and the panel). Runs at build time
 * through the Vite plugin in `wxt.config.ts`, and in Node for the annotate CLI and the tests.
 */

import { slipsAllowed } from '../lib/arabic/approx';
import { foldArabic } from '../lib/arabic/fold';
import { nisbaForms } from '../lib/arabic/nisba';
import { skeleton } from '../lib/arabic/variants';
import { formKey } from '../lib/arabic/words';
import type { CompiledGlossary, GlossaryDetails } from '../lib/glossary-types';
import { matcherTables } from '../lib/matcher';
import { foreignNameWords, generateForms } from './generate';
import { NOT_OURS } from './not-ours';
import type { GlossaryEntry, Pack, TopicProfile } from './pack';

/** What real text says about generated forms (see `scripts/glossary-collisions.ts`). */
export interface Collisions {
  /** Words of real text that a skeleton or a slip would read as a name. */
  blocked: readonly string[];
  /** Generated forms that real text uses as ordinary words: `id key`. */
  dropped: readonly string[];
  /** Short forms (data or generated) that are ordinary words somewhere in real text. */
  ordinary: readonly string[];
}

export interface CompileOptions {
  /** Generate forms and name tables (default true); off reproduces the data's forms only. */
  generate?: boolean;
  collisions?: Collisions;
}

/** A form the compiler left out, and why: reported per entry, never thrown. */
export interface Conflict {
  pack: string;
  entity: string;
  form: string;
  why: 'duplicate-id' | 'full-form-taken' | 'short-is-full-form' | 'unknown-entity';
  /** The entity that holds the form (or the id) already. */
  other?: string;
}

export interface CompiledOutput {
  index: CompiledGlossary;
  details: GlossaryDetails;
  conflicts: Conflict[];
}

/** Every full form of an entry, as written in the data (nisba stems expanded). */
export function fullForms(entry: GlossaryEntry): string[] {
  return [entry.ar.canonical, ...(entry.ar.variants ?? []), ...(entry.ar.nisba ?? []).flatMap(nisbaForms)];
}

/** The texts in the pack's languages, in its order (an entry's text in a language it does not list is not shown). */
function inLanguages(texts: Readonly<Record<string, string>>, languages: readonly string[]): Record<string, string> {
  return Object.fromEntries(languages.flatMap((l) => (texts[l] ? [[l, texts[l]]] : [])));
}

export function keyOf(form: string): string {
  const key = formKey(foldArabic(form));
  if (key === null)
    throw new Error(`glossary form "${form}" has punctuation that no name on a page could match across`);
  return key;
}

/**
 * Compiles packs, in order, into one index: an entity is defined once, by the first pack that has
 * it, and a later pack that lists the same id again is reported (it should name it in `uses`).
 * A form another entity already holds is left out and reported, so one bad entry of a reader's
 * pack costs that entry its form and nothing else.
 */
export function compileGlossary(packs: readonly Pack[], options: CompileOptions = {}): CompiledOutput {
  const { generate = true } = options;
  const collisions = options.collisions ?? { blocked: [], dropped: [], ordinary: [] };
  const index: CompiledGlossary = { entities: [], full: {}, short: {}, packs: [] };
  const details: GlossaryDetails = {};
  const conflicts: Conflict[] = [];
  const owner = new Map<string, string>();
  const entries: GlossaryEntry[] = [];
  const packOf: string[] = [];
  const at = new Map<string, number>();

  packs.forEach((pack, p) => {
    index.packs?.push({
      id: pack.id,
      version: pack.version,
      title: pack.title,
      languages: pack.languages,
      ...(pack.uses ? { uses: pack.uses } : {}),
      ...(pack.profile ? { profile: pack.profile } : {}),
    });
    for (const entry of pack.entries) {
      const defined = at.get(entry.id);
      if (defined !== undefined) {
        conflicts.push({ pack: pack.id, entity: entry.id, form: '', why: 'duplicate-id', other: packOf[defined] });
        continue;
      }
      const i = entries.length;
      at.set(entry.id, i);
      entries.push(entry);
      packOf.push(pack.id);
      index.entities.push({
        id: entry.id,
        type: entry.type,
        ar: entry.ar.canonical,
        name: inLanguages(entry.name, pack.languages),
        ...(entry.reading ? { reading: entry.reading } : {}),
        ...(p ? { pack: p } : {}),
      });
      details[entry.id] = {
        explanation: inLanguages(entry.explanation, pack.languages),
        source: entry.source.note,
        ...(entry.source.asOf ? { asOf: entry.source.asOf } : {}),
      };
      for (const form of fullForms(entry)) {
        const key = keyOf(form);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== entry.id) {
          conflicts.push({ pack: pack.id, entity: entry.id, form, why: 'full-form-taken', other: previous });
          continue;
        }
        owner.set(key, entry.id);
        index.full[key] = i;
      }
    }
  });

  entries.forEach((entry, i) => {
    for (const form of entry.ar.short ?? []) {
      const key = keyOf(form);
      const fullOwner = owner.get(key);
      if (fullOwner !== undefined) {
        const pack = packOf[i] as string;
        conflicts.push({ pack, entity: entry.id, form, why: 'short-is-full-form', other: fullOwner });
        continue;
      }
      const list = index.short[key] ?? [];
      if (!list.includes(i)) list.push(i);
      index.short[key] = list;
    }
  });
  for (const pack of packs) {
    const profile = pack.profile;
    const named = [...(pack.uses ?? []), ...(profile ? profileIds(profile) : [])];
    for (const id of new Set(named)) {
      if (!at.has(id)) conflicts.push({ pack: pack.id, entity: id, form: '', why: 'unknown-entity' });
    }
  }
  if (generate) addGenerated(entries, at, index, owner, collisions);
  const series = packs.flatMap((pack) => {
    const s = pack.profile?.series;
    const entity = s && at.get(s.series);
    if (!s || entity === undefined) return [];
    const editions = s.editions.flatMap((e) => {
      const edition = at.get(e.id);
      return edition === undefined ? [] : [{ entity: edition, venue: e.venue ? (at.get(e.venue) ?? -1) : -1 }];
    });
    return [{ series: entity, editions }];
  });
  if (series.length) index.series = series;
  const adjectives = entries.flatMap((entry) =>
    (entry.ar.nisba ?? [])
      .flatMap(nisbaForms)
      .map(keyOf)
      .filter((key) => owner.get(key) === entry.id),
  );
  if (adjectives.length) index.adjectives = [...new Set(adjectives)];
  const notOurs = NOT_OURS.map((n) => keyOf(n.form)).filter((key) => !owner.has(key));
  if (notOurs.length) index.notOurs = notOurs;
  // Last: the tables are computed from everything above.
  index.tables = matcherTables(index);
  return { index, details, conflicts };
}

/** Every entity id a topic profile names. */
export function profileIds(profile: TopicProfile): string[] {
  return [
    ...profile.sides.flatMap((side) => [...(side.members ?? []), ...Object.values(side.groups ?? {}).flat()]),
    ...profile.summit,
    ...profile.mechanism,
    ...profile.forums,
    ...profile.powers,
    ...profile.venues,
    ...(profile.series
      ? [profile.series.series, ...profile.series.editions.flatMap((e) => [e.id, e.venue ?? []].flat())]
      : []),
  ];
}

/**
 * Adds the generated forms (see `glossary/generate.ts`) and the name tables. A generated form
 * never takes a key the data gave another entity, nor one real text uses as an ordinary word.
 */
function addGenerated(
  entries: readonly GlossaryEntry[],
  position: ReadonlyMap<string, number>,
  index: CompiledGlossary,
  owner: Map<string, string>,
  collisions: Collisions,
) {
  const dropped = new Set(collisions.dropped);
  const origin: NonNullable<CompiledGlossary['origin']> = {};
  const upper: string[] = [];
  for (const form of generateForms(entries)) {
    const i = position.get(form.id) as number;
    if (dropped.has(`${form.id} ${form.key}`)) continue;
    if (form.kind === 'full') {
      if (owner.has(form.key) || index.short[form.key]) continue;
      owner.set(form.key, form.id);
      index.full[form.key] = i;
    } else {
      if (owner.has(form.key)) continue;
      const listed = index.short[form.key];
      const list = listed ?? [];
      if (list.includes(i)) continue;
      list.push(i);
      index.short[form.key] = list;
      // A short form the data lists keeps the data's standing, whoever else it may refer to.
      if (listed && !(form.key in origin)) continue;
    }
    origin[form.key] = form.by;
    if (form.upper) upper.push(form.key);
  }
  const keysOf = new Map<string, string[]>();
  for (const [key, owned] of owner) if (!origin[key]) keysOf.set(owned, [...(keysOf.get(owned) ?? []), key]);
  const nameWords = foreignNameWords(entries, (e) => keysOf.get(e.id) ?? [], true);
  const skeletons: Record<string, string[]> = {};
  for (const word of nameWords) {
    const sk = skeleton(word);
    if (sk.length < 3) continue;
    const list = skeletons[sk] ?? [];
    list.push(word);
    skeletons[sk] = list;
  }
  index.origin = origin;
  index.upper = upper;
  index.names = {
    skeletons,
    // A country's adjectives are not read through slips, only its names: there are eight forms of
    // each adjective, and they would make most long words a candidate.
    slips: foreignNameWords(entries, (e) =>
      e.type === 'country' ? [e.ar.canonical, ...(e.ar.variants ?? [])].map(keyOf) : (keysOf.get(e.id) ?? []),
    ).filter((w) => slipsAllowed(w.length) > 0),
    blocked: [...collisions.blocked],
    ordinary: [...collisions.ordinary],
  };
}
