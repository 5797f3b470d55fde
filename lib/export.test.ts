import { describe, expect, it } from 'vitest';
import { type ExportEntity, type ExportPage, exportFileName, toCsv, toJson } from './export';

const page: ExportPage = {
  url: 'https://news.example/a?b=1,2',
  title: 'قمة "أستانا", اليوم',
  entities: [
    {
      id: 'xi-jinping',
      type: 'person',
      ar: 'شي جين بينغ',
      name: { en: 'Xi Jinping', zh: '习近平' },
      reading: { zh: 'Xí Jìnpíng' },
      count: 3,
    },
    { id: 'x', type: 'place', ar: '=HYPERLINK("x")', name: { en: '-1', zh: '中' }, reading: { zh: 'a\nb' }, count: 1 },
  ],
};

describe('export', () => {
  it('writes CSV with a header, quoting, and the three languages', () => {
    const csv = toCsv(page);
    expect(csv.startsWith('\ufeffurl,title,id,type,arabic,english,chinese,pinyin,count\r\n')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[1]).toBe(
      '"https://news.example/a?b=1,2","قمة ""أستانا"", اليوم",xi-jinping,person,شي جين بينغ,Xi Jinping,习近平,Xí Jìnpíng,3',
    );
  });

  it('neutralises spreadsheet formulas and keeps line breaks inside quotes', () => {
    const csv = toCsv(page);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(",'-1,");
    expect(csv).toContain('"a\nb"');
  });

  it('writes JSON with names grouped per entity', () => {
    const json = JSON.parse(toJson(page, '2026-11-27T00:00:00Z'));
    expect(json.url).toBe(page.url);
    expect(json.entities[0]).toEqual({
      id: 'xi-jinping',
      type: 'person',
      names: { ar: 'شي جين بينغ', en: 'Xi Jinping', zh: '习近平', pinyin: 'Xí Jìnpíng' },
      count: 3,
    });
  });

  it('adds a column for each further language, after the fixed ones, and names it in JSON', () => {
    const withRussian: ExportPage = {
      ...page,
      entities: [
        { ...(page.entities[0] as ExportEntity), name: { en: 'Xi Jinping', zh: '习近平', ru: 'Си Цзиньпин' } },
        { id: 'y', type: 'place', ar: 'أستانا', name: { en: 'Astana' }, count: 2 },
      ],
    };
    const lines = toCsv(withRussian).slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('url,title,id,type,arabic,english,chinese,pinyin,count,name:ru');
    expect(lines[1]?.endsWith(',Xí Jìnpíng,3,Си Цзиньпин')).toBe(true);
    expect(lines[2]?.endsWith(',أستانا,Astana,,,2,')).toBe(true);
    const json = JSON.parse(toJson(withRussian, '2026-12-02T00:00:00Z'));
    expect(json.entities[0].names).toEqual({
      ar: 'شي جين بينغ',
      en: 'Xi Jinping',
      zh: '习近平',
      pinyin: 'Xí Jìnpíng',
      ru: 'Си Цзиньпин',
    });
  });

  it('names files from the title in any script', () => {
    expect(exportFileName('قمة "أستانا", اليوم', 'csv')).toBe('rafiq-قمة-أستانا-اليوم.csv');
    expect(exportFileName('***', 'json')).toBe('rafiq-page.json');
  });
});
