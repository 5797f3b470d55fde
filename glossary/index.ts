/** Every glossary entry, from all families, sorted by id. */

import { cooperation } from './entries/cooperation';
import { organizations } from './entries/organizations';
import { people } from './entries/people';
import { places } from './entries/places';
import type { GlossaryEntry } from './schema';

export const FAMILIES: Readonly<Record<string, readonly GlossaryEntry[]>> = {
  people,
  places,
  cooperation,
  organizations,
};

export const glossary: readonly GlossaryEntry[] = Object.values(FAMILIES)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
