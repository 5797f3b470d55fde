import { describe, expect, it } from 'vitest';
import { importCsv } from '../lib/term-base';
import { buildGlossary } from './build';
import { PACKS } from './index';
import { GlossaryCache, USER_TYPE } from './runtime';

const user = (csv: string) => {
  const r = importCsv(csv);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pack;
};
const TERMS = user(
  'arabic,english,explanation_en\nميناء أكتاو,Port of Aktau,A Caspian port.\nأستانا,My Astana,Clash.\n',
);

describe('the glossary a browser uses', () => {
  const bundled = buildGlossary();
  let compiled = 0;
  const cache = new GlossaryCache(bundled, () => {
    compiled++;
    return PACKS;
  });

  it('is the bundled one while the reader has no term base', () => {
    expect(cache.get(null)).toBe(bundled);
  });

  it('adds the reader’s terms, typed as theirs, with their explanations; a clash keeps the bundled entry', () => {
    const { index, details } = cache.get(TERMS);
    const port = index.entities.find((e) => e.id === 'user-port-of-aktau');
    expect(port?.type).toBe(USER_TYPE);
    expect(details['user-port-of-aktau']?.explanation.en).toBe('A Caspian port.');
    expect(details['xi-jinping']).toEqual(bundled.details['xi-jinping']);
    const astana = index.full.استانا;
    expect(astana !== undefined && index.entities[astana]?.id).toBe('astana');
    expect(index.entities.filter((e) => e.type === USER_TYPE).map((e) => e.id)).toEqual([
      'user-my-astana',
      'user-port-of-aktau',
    ]);
  });

  it('compiles once per term base', () => {
    const before = compiled;
    cache.get(TERMS);
    cache.get(TERMS);
    expect(compiled).toBe(before);
    cache.get(user('arabic,english\nميناء باكو,Port of Baku\n'));
    expect(compiled).toBe(before + 1);
  });
});
