// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import collisions from '../glossary/collisions.json' with { type: 'json' };
import { compileGlossary } from '../glossary/compile';
import { PACKS } from '../glossary/index';
import ar from '../locales/ar/options.json';
import en from '../locales/en/options.json';
import zh from '../locales/zh/options.json';
import { exportCsv, exportTbx, type ImportResult, importCsv, importTbx, type ProblemCode } from './term-base';

const HEADER = 'id,type,arabic,variants,short,english,chinese,pinyin,explanation_en,explanation_zh,note';
const GOOD = [
  HEADER,
  'port-of-aktau,place,ميناء أكتاو,ميناء اكتاو,,Port of Aktau,阿克套港,Ākètào Gǎng,"Kazakhstan\'s seaport on the Caspian, in Aktau.",阿克套港是哈萨克斯坦的里海港口。,Zaman Arabic',
  ',,الممر الأوسط,,,"Middle Corridor, the ""trans-Caspian"" route",,,,,',
].join('\r\n');
const tbx = (xml: string) => importTbx(new DOMParser().parseFromString(xml, 'application/xml'));
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pack;
};

describe('importing a CSV term base', () => {
  it('reads every column, quotes and all, into a valid pack', () => {
    const pack = ok(importCsv(`\ufeff${GOOD}\r\n`));
    expect(pack.id).toBe('user');
    expect(pack.entries.map((e) => e.id)).toEqual(['port-of-aktau', 'user-middle-corridor-the-trans-caspian-route']);
    const port = pack.entries[0];
    expect(port).toMatchObject({
      type: 'place',
      ar: { canonical: 'ميناء أكتاو', variants: ['ميناء اكتاو'] },
      name: { en: 'Port of Aktau', zh: '阿克套港' },
      reading: { zh: 'Ākètào Gǎng' },
      explanation: { en: "Kazakhstan's seaport on the Caspian, in Aktau." },
      source: { note: 'Zaman Arabic' },
    });
    // One name and no explanation: the name stands in for what is missing; the type defaults.
    expect(pack.entries[1]).toMatchObject({
      type: 'organization',
      name: { en: 'Middle Corridor, the "trans-Caspian" route', zh: 'Middle Corridor, the "trans-Caspian" route' },
    });
  });

  it('refuses the whole file with one line per problem: where, which field, why', () => {
    const bad = [
      HEADER,
      ',person,,,,No Arabic,,,,,',
      ',city,الاسم,,,A type we do not have,,,,,',
      ',,أسْتانا,,,Diacritics,,,,,',
      ',,الاسم,,,,,,,,',
      'twice,,اسم أول,,,First,,,,,',
      'twice,,اسم ثان,,,Second,,,,,',
    ].join('\n');
    const result = importCsv(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 2, field: 'arabic', code: 'arabic-required', message: 'an Arabic form is required' },
      {
        line: 3,
        field: 'type',
        code: 'type',
        params: { types: expect.stringMatching(/^person, country/) },
        message: expect.stringMatching(/^must be one of person, /),
      },
      { line: 4, field: 'arabic', code: 'diacritics', message: 'must be written without diacritics or tatweel' },
      { line: 5, field: 'english', code: 'name-required', message: 'an English or a Chinese name is required' },
      {
        line: 7,
        field: 'id',
        code: 'duplicate-id',
        params: { id: 'twice', line: 6 },
        message: '"twice" is already the id of the entry at 6',
      },
    ]);
  });

  it('counts lines as a spreadsheet shows them, with line breaks inside quoted cells', () => {
    const result = importCsv(`${HEADER}\n,,"اسم\nعلى سطرين",,,Two lines,,,,,\n,,,,,Third,,,,,`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBe(4);
  });

  it('refuses unknown columns, a missing Arabic column, an empty file and a file too large', () => {
    expect(importCsv('arabic,english,colour\nاسم,Name,red')).toMatchObject({
      ok: false,
      problems: [{ line: 1, field: 'colour' }],
    });
    expect(importCsv('english\nName')).toMatchObject({ ok: false, problems: [{ field: 'arabic' }] });
    expect(importCsv('')).toMatchObject({ ok: false });
    expect(importCsv(HEADER)).toMatchObject({ ok: false, problems: [{ message: 'the file has no entries' }] });
    expect(importCsv('x'.repeat(1_000_001))).toMatchObject({ ok: false });
  });

  it('exports what it imports: CSV back to the same pack, and TBX back to the same names', () => {
    const pack = ok(importCsv(GOOD));
    const again = ok(importCsv(exportCsv(pack)));
    expect(again.entries).toEqual(pack.entries);
    // TBX has no place for short forms; everything else comes back.
    const fromTbx = ok(tbx(exportTbx(pack)));
    const shape = (e: (typeof pack.entries)[number]) => [
      e.id,
      e.type,
      e.ar.canonical,
      e.ar.variants,
      e.name,
      e.reading,
      e.explanation,
      e.source.note,
    ];
    expect(fromTbx.entries.map(shape)).toEqual(pack.entries.map(shape));
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const pack = ok(importCsv(`${HEADER}\n,,اسم,,,=HYPERLINK("x"),,,,,`));
    expect(exportCsv(pack)).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('compiles beside the bundled packs, a clash reported and not thrown', () => {
    const pack = ok(importCsv(`${HEADER}\n,,أستانا,,,My Astana,,,,,\n,,ميناء أكتاو,,,Port of Aktau,,,,,`));
    const { index, conflicts } = compileGlossary([...PACKS, pack], { collisions });
    expect(conflicts).toEqual([
      { pack: 'user', entity: 'user-my-astana', form: 'أستانا', why: 'full-form-taken', other: 'astana' },
    ]);
    expect(index.entities.some((e) => e.id === 'user-port-of-aktau')).toBe(true);
  });
});

describe('importing a TBX term base', () => {
  it('reads TBX 2 (termEntry, langSet, tig) with definitions and pinyin', () => {
    const pack = ok(
      tbx(`<?xml version="1.0"?>
      <martif type="TBX" xml:lang="en"><text><body>
        <termEntry id="c1">
          <descrip type="subjectField">place</descrip>
          <langSet xml:lang="ar"><tig><term>ميناء أكتاو</term></tig><tig><term>ميناء اكتاو</term></tig></langSet>
          <langSet xml:lang="en-GB"><descrip type="definition">A Caspian seaport.</descrip><tig><term>Port of Aktau</term></tig></langSet>
          <langSet xml:lang="zh-Hans"><tig><term>阿克套港</term><termNote type="pronunciation">Ākètào Gǎng</termNote></tig></langSet>
        </termEntry>
      </body></text></martif>`),
    );
    expect(pack.entries[0]).toMatchObject({
      id: 'c1',
      type: 'place',
      ar: { canonical: 'ميناء أكتاو', variants: ['ميناء اكتاو'] },
      name: { en: 'Port of Aktau', zh: '阿克套港' },
      reading: { zh: 'Ākètào Gǎng' },
      explanation: { en: 'A Caspian seaport.', zh: 'A Caspian seaport.' },
    });
  });

  it('reads TBX 3 (conceptEntry, langSec, termSec) in its namespace', () => {
    const pack = ok(
      tbx(`<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
        <conceptEntry id="corridor">
          <langSec xml:lang="ar"><termSec><term>الممر الأوسط</term></termSec></langSec>
          <langSec xml:lang="en"><termSec><term>Middle Corridor</term></termSec></langSec>
        </conceptEntry>
      </body></text></tbx>`),
    );
    expect(pack.entries[0]).toMatchObject({
      id: 'corridor',
      ar: { canonical: 'الممر الأوسط' },
      name: { en: 'Middle Corridor' },
    });
  });

  it('refuses what is not well-formed TBX, and names the entry of each problem', () => {
    expect(tbx('<martif><unclosed></martif>')).toMatchObject({ ok: false });
    expect(tbx('<html><body/></html>')).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/not a TBX/) }],
    });
    const result = tbx(
      '<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>No Arabic</term></tig></langSet></termEntry></body></text></martif>',
    );
    expect(result).toMatchObject({ ok: false, problems: [{ line: 1, field: 'arabic' }] });
  });
});

describe('every problem is said in every interface language', () => {
  // Typed: a code added without an entry here does not compile.
  const CODES: Record<ProblemCode, true> = {
    'arabic-required': true,
    'name-required': true,
    type: true,
    'duplicate-id': true,
    diacritics: true,
    spaces: true,
    kebab: true,
    'empty-text': true,
    'too-long': true,
    'unknown-column': true,
    'missing-column': true,
    'name-column-required': true,
    'extra-cells': true,
    'no-entries': true,
    'too-many': true,
    'too-large': true,
    'empty-file': true,
    'not-xml': true,
    'not-tbx': true,
    invalid: true,
  };
  it.each([
    ['en', en],
    ['zh', zh],
    ['ar', ar],
  ] as const)('%s', (_lang, strings) => {
    const said = strings.terms.problem as Record<string, string>;
    expect(Object.keys(CODES).filter((code) => !said[code]?.trim())).toEqual([]);
  });
});
