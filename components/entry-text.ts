import type { CompiledEntity, EntityDetails } from '../lib/glossary-types';

/** A glossary entry as plain text, for the card's Copy button. */
export function entryAsText(
  entity: CompiledEntity,
  written: string,
  details: EntityDetails | null | undefined,
): string {
  return [
    `${entity.en} — ${entity.zh} (${entity.pinyin})`,
    written === entity.ar ? entity.ar : `${written} → ${entity.ar}`,
    details?.en,
    details?.zh,
    details?.asOf ? `as of ${details.asOf}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}
