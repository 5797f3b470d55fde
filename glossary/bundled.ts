/**
 * The packs the extension bundles, as raw JSON, and their parse. Kept apart from `index.ts` so the
 * background can carry them without parsing them at every start: it needs them only to compile a
 * reader's term base beside them (see `runtime.ts`).
 */

import { loadPack, type Pack } from './pack';
import chinaCentralAsia from './packs/china-central-asia.json' with { type: 'json' };
import sco from './packs/sco.json' with { type: 'json' };

/** In order: the first is the primary pack, whose verdict is a page's `topic`. */
const RAW: ReadonlyArray<readonly [string, unknown]> = [
  ['china-central-asia', chinaCentralAsia],
  ['sco', sco],
];

/** Every bundled pack, parsed with the pack schema (throws with every problem listed). */
export function loadBundledPacks(): Pack[] {
  return RAW.map(([name, data]) => loadPack(data, name));
}
