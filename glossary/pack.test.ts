import { describe, expect, it } from 'vitest';
import example from '../docs/example-pack.json' with { type: 'json' };
import collisions from './collisions.json' with { type: 'json' };
import { compileGlossary } from './compile';
import { PACKS } from './index';
import { loadPack, type Pack, parsePack } from './pack';
import chinaCentralAsia from './packs/china-central-asia.json' with { type: 'json' };

const pack = loadPack(chinaCentralAsia, 'china-central-asia');
const entry = pack.entries[0] as Pack['entries'][number];
/** The bundled pack with its first entry changed by `change` (a deep copy, the original untouched). */
function withEntry(change: (e: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(pack) as unknown as { entries: Array<Record<string, unknown>> };
  change(copy.entries[0] as Record<string, unknown>);
  return copy;
}
const issuesOf = (input: unknown) => {
  const result = parsePack(input);
  return result.ok ? [] : result.issues;
};

describe('the pack schema', () => {
  it('accepts the bundled pack as it is', () => {
    expect(parsePack(chinaCentralAsia).ok).toBe(true);
    expect(pack.entries.length).toBeGreaterThanOrEqual(150);
  });

  it('accepts the example in docs/packs.md, which compiles beside the bundled packs without a conflict', () => {
    const pack = loadPack(example, 'example');
    const { index, conflicts } = compileGlossary([...PACKS, pack], { collisions });
    expect(conflicts).toEqual([]);
    expect(index.entities.find((e) => e.id === 'port-of-aktau')?.pack).toBe(PACKS.length);
  });

  it('reports a conflict per entry, and compiles the rest', () => {
    const clash = loadPack(
      {
        ...example,
        id: 'clash',
        entries: [
          { ...example.entries[0], id: 'aktau-again', ar: { canonical: 'أكتاو' } },
          { ...example.entries[0], id: 'xi-jinping' },
          example.entries[0],
        ],
        uses: ['no-such-entity'],
      },
      'clash',
    );
    const { index, conflicts } = compileGlossary([...PACKS, clash], { collisions });
    expect(conflicts).toEqual([
      { pack: 'clash', entity: 'aktau-again', form: 'أكتاو', why: 'full-form-taken', other: 'aktau' },
      { pack: 'clash', entity: 'xi-jinping', form: '', why: 'duplicate-id', other: 'china-central-asia' },
      { pack: 'clash', entity: 'no-such-entity', form: '', why: 'unknown-entity' },
    ]);
    expect(index.entities.some((e) => e.id === 'port-of-aktau')).toBe(true);
  });

  it('refuses what is not a pack, with a reason and never by throwing', () => {
    for (const input of [null, 42, 'pack', [], {}]) expect(issuesOf(input).length).toBeGreaterThan(0);
    expect(issuesOf({ ...pack, format: 2 })[0]?.path).toBe('format');
  });

  it.each<[string, (e: Record<string, unknown>) => void, string, RegExp]>([
    [
      'a form with diacritics',
      (e) => {
        e.ar = { canonical: 'أسْتانا' };
      },
      'entries.0.ar.canonical',
      /diacritics/,
    ],
    [
      'a doubled space',
      (e) => {
        e.ar = { canonical: 'أستانا  سيتي' };
      },
      'entries.0.ar.canonical',
      /spaces/,
    ],
    [
      'an empty variant list',
      (e) => {
        e.ar = { canonical: 'أستانا', variants: [] };
      },
      'entries.0.ar.variants',
      /at least one/,
    ],
    [
      'an id that is not kebab-case',
      (e) => {
        e.id = 'Abdulaziz Kamilov';
      },
      'entries.0.id',
      /kebab/,
    ],
    [
      'an unknown type',
      (e) => {
        e.type = 'city';
      },
      'entries.0.type',
      /./,
    ],
    [
      'a field the format does not have',
      (e) => {
        e.colour = 'red';
      },
      'entries.0.colour',
      /./,
    ],
    [
      'a bad date',
      (e) => {
        e.source = { note: 'x', asOf: 'June 2025' };
      },
      'entries.0.source.asOf',
      /YYYY-MM/,
    ],
    [
      'an empty explanation',
      (e) => {
        e.explanation = { en: ' ', zh: '说明。' };
      },
      'entries.0.explanation.en',
      /empty/,
    ],
    [
      'a control character in a source note',
      (e) => {
        e.source = { note: 'Spellings: أستانا (Xinhua). \u0000(an outlet).' };
      },
      'entries.0.source.note',
      /control characters/,
    ],
    [
      'a missing pack language',
      (e) => {
        e.explanation = { en: 'Only English. Two sentences.' };
      },
      'entries.0',
      /no explanation in zh/,
    ],
  ])('points at %s', (_what, change, path, why) => {
    const issues = issuesOf(withEntry(change));
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toMatch(why);
  });

  it('refuses two entries with one id', () => {
    const twice = { ...pack, entries: [entry, entry] };
    expect(issuesOf(twice).map((i) => i.message)).toContain('entry ids must be unique');
  });

  it('takes a third explanation language as data', () => {
    const third = {
      ...pack,
      languages: ['en', 'zh', 'ru'],
      entries: [
        {
          ...entry,
          name: { ...entry.name, ru: 'Имя' },
          explanation: { ...entry.explanation, ru: 'Два. Предложения.' },
        },
      ],
    };
    expect(parsePack(third).ok).toBe(true);
    expect(issuesOf({ ...third, entries: [entry] })[0]?.message).toMatch(/no name in ru/);
  });

  it('refuses a profile whose summit pattern is not a regular expression', () => {
    const profile = pack.profile as NonNullable<Pack['profile']>;
    const bad = { ...pack, profile: { ...profile, summitWord: { ...profile.summitWord, pattern: '(' } } };
    expect(issuesOf(bad).map((i) => i.path)).toContain('profile.summitWord.pattern');
  });

  it('lists every problem, and loadPack names the pack', () => {
    const bad = withEntry((e) => {
      e.id = 'Bad Id';
      e.type = 'city';
    });
    expect(issuesOf(bad).length).toBeGreaterThanOrEqual(2);
    expect(() => loadPack(bad, 'broken')).toThrow(
      /glossary pack broken is not valid:\n {2}entries\.0\.id: must be kebab-case/,
    );
  });
});
