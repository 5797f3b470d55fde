/**
 * The bundled glossary packs (`glossary/packs/*.json`), each parsed with the pack schema
 * (`glossary/pack.ts`): a pack that does not fit stops the build and the tests with every
 * problem listed. `glossary` is every entry of every pack, sorted by id.
 */

import { loadBundledPacks } from './bundled';
import type { GlossaryEntry, Pack } from './pack';

/** In order: the first is the primary pack, whose verdict is a page's `topic`. */
export const PACKS: readonly Pack[] = loadBundledPacks();

export const glossary: readonly GlossaryEntry[] = PACKS.flatMap((p) => p.entries).sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);
