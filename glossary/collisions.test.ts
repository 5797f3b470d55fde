import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAUDI } from '../scripts/corpus';
import { collisionsFile, computeCollisions } from '../scripts/glossary-collisions';

const committed = readFileSync(join(import.meta.dirname, 'collisions.json'), 'utf8');

describe('glossary/collisions.json', () => {
  it('is valid, sorted and lists each word once', () => {
    const data = JSON.parse(committed) as { blocked: string[]; dropped: string[]; ordinary: string[] };
    for (const list of [data.blocked, data.dropped, data.ordinary]) {
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  // The check reads ../shared/corpus, which CI and every developer machine have; a checkout
  // without it cannot recompute the list, and says so instead of passing silently.
  it.skipIf(!existsSync(SAUDI))(
    'is what real text says about the current glossary (rerun npm run glossary:collisions)',
    () => {
      expect(collisionsFile(computeCollisions())).toBe(committed);
    },
    60_000,
  );
});
