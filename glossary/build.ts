/** The compiled glossary of this checkout: what the build bundles and the CLI uses. */

import { compileGlossary } from './compile';
import { glossary } from './index';
import { SUMMIT_VENUES, TOPIC_SIGNALS } from './topic-signals';

export function buildGlossary() {
  return compileGlossary(glossary, TOPIC_SIGNALS, SUMMIT_VENUES);
}
