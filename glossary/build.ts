/** The compiled glossary of this checkout: what the build bundles and the CLI uses. */

import collisions from './collisions.json' with { type: 'json' };
import { type CompileOptions, compileGlossary } from './compile';
import { PACKS } from './index';

/**
 * Every bundled pack compiled together. The bundled data must compile clean: a conflict here is a
 * mistake in the data, so it stops the build with every conflict listed.
 */
export function buildGlossary(options: Pick<CompileOptions, 'generate' | 'collisions'> = {}) {
  const output = compileGlossary(PACKS, { collisions, ...options });
  if (output.conflicts.length) {
    const list = output.conflicts.map((c) => `  ${c.pack}/${c.entity}: ${c.why} ${c.form} ${c.other ?? ''}`);
    throw new Error(`the bundled glossary packs conflict:\n${list.join('\n')}`);
  }
  return output;
}
