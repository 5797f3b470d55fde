import type { CompiledEntity, EntityDetails } from '../lib/glossary-types';

/**
 * A glossary entry as plain text, for the card's Copy button: its names in every language the
 * glossary has them in (each followed by its reading), the Arabic, and every explanation.
 */
export function entryAsText(
  entity: CompiledEntity,
  written: string,
  details: EntityDetails | null | undefined,
): string {
  const names = Object.entries(entity.name).map(([language, name]) => {
    const reading = entity.reading?.[language];
    return reading ? `${name} (${reading})` : name;
  });
  return [
    names.join(' — '),
    written === entity.ar ? entity.ar : `${written} → ${entity.ar}`,
    ...Object.values(details?.explanation ?? {}),
    details?.asOf ? `as of ${details.asOf}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}
