/**
 * The bundled glossary packs (`glossary/packs/*.json`), each parsed with the pack schema
 * (`glossary/pack.ts`): a pack that does not fit stops the build and the tests with every
 * problem listed. `glossary` is every entry of every pack, sorted by id.
 */

import { type GlossaryEntry, loadPack, type Pack } from './pack';
import chinaCentralAsia from './packs/china-central-asia.json' with { type: 'json' };
import sco from './packs/sco.json' with { type: 'json' };

/** In order: the first is the primary pack, whose verdict is a page's `topic`. */
export const PACKS: readonly Pack[] = [loadPack(chinaCentralAsia, 'china-central-asia'), loadPack(sco, 'sco')];

export const glossary: readonly GlossaryEntry[] = PACKS.flatMap((p) => p.entries).sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);
