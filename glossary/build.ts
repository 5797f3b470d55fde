/** The compiled glossary of this checkout: what the build bundles and the CLI uses. */

import collisions from './collisions.json' with { type: 'json' };
import { type CompileOptions, compileGlossary } from './compile';
import { glossary } from './index';
import { SUMMIT_SERIES, SUMMIT_VENUES, TOPIC_SIGNALS } from './topic-signals';

export function buildGlossary(options: Pick<CompileOptions, 'generate' | 'collisions'> = {}) {
  return compileGlossary(glossary, {
    signals: TOPIC_SIGNALS,
    venues: SUMMIT_VENUES,
    series: SUMMIT_SERIES,
    collisions,
    ...options,
  });
}
