/**
 * The entity list an annotator of the blind gold works from: id, type, English name and the first
 * sentence of the English explanation. No Arabic forms, on purpose (see accuracy/gold/GUIDE.md).
 */

import { glossary } from '../glossary/index';

console.log('# Entities Rafiq knows (id — type — English name — what it is)\n');
for (const e of glossary) {
  const first = (e.explanation.en ?? '').split(/(?<=\.)\s/)[0];
  console.log(`- \`${e.id}\` — ${e.type} — ${e.name.en} — ${first}`);
}
