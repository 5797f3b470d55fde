import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { Annotator } from '../lib/annotate';

// The cache is read from $RAFIQ_PAGE_CACHE, fixed when scripts/gold.ts loads: point it at a
// folder of our own text first.
process.env.RAFIQ_PAGE_CACHE = mkdtempSync(join(tmpdir(), 'rafiq-gold-'));
const gold = await import('./gold');
const { cachePath, placeMentions, sha256 } = gold;
const { scoreGold } = await import('./gold-score');
type Gold = import('./gold').Gold;
type GoldPage = import('./gold').GoldPage;

const { index } = buildGlossary();
const annotator = new Annotator(index);
const TEXT = 'استقبل الرئيس قاسم جومارت توكاييف نظيره الصيني في أستانا، وقالت وزارة الخارجية الكازاخية إن القمة ناجحة.';

function page(url: string, split: 'tune' | 'heldout', text: string, mentions: GoldPage['mentions']): GoldPage {
  return {
    url,
    outlet: 'Test',
    domain: 'example.org',
    split,
    kind: 'related',
    label: 'related',
    published: null,
    why: '',
    annotator: 'test',
    sha256: sha256(text),
    length: text.length,
    mentions,
  };
}

describe('scoring against the mention gold', () => {
  let gold: Gold;
  beforeAll(() => {
    writeFileSync(cachePath('https://example.org/a'), TEXT);
    writeFileSync(cachePath('https://example.org/changed'), `${TEXT} `);
    const { placed, errors } = placeMentions(TEXT, [
      { id: 'kassym-jomart-tokayev', text: 'قاسم جومارت توكاييف' },
      { id: 'china', text: 'الصيني' },
      { id: 'astana', text: 'أستانا' },
      { id: 'new:kazakhstan-foreign-ministry', text: 'وزارة الخارجية الكازاخية' },
      { id: 'china-central-asia-summit-2025-astana', text: 'القمة', generic: true },
    ]);
    expect(errors).toEqual([]);
    // The gold also says the text names Xi (it does not): one core mention Rafiq must miss.
    const withMiss = [...placed, { start: 0, end: 6, id: 'xi-jinping', text: TEXT.slice(0, 6) }];
    gold = {
      about: '',
      pages: [
        page('https://example.org/a', 'tune', TEXT, withMiss),
        page('https://example.org/a', 'heldout', TEXT, withMiss),
        page('https://example.org/changed', 'tune', TEXT, placed),
        page('https://example.org/absent', 'heldout', TEXT, placed),
      ],
    };
  });

  it('counts hits, misses, generic and uncovered mentions as documented', () => {
    const s = scoreGold(gold, annotator, index, 'tune');
    expect(s.measured).toBe(1);
    expect(s.coreMentions).toBe(4); // Tokayev, China, Astana, Xi; not the generic one, not the ministry
    expect(s.hits).toBe(3);
    expect(s.misses?.map((m) => m.id)).toEqual(['xi-jinping']);
    expect(s.uncovered).toBe(1);
    // Kazakh inside the ministry's name is neither right nor wrong.
    expect(s.insideUncovered).toBe(1);
    expect(s.wrong).toBe(0);
    expect(s.precision).toBe(1);
    expect(s.entityRecall).toBeCloseTo(3 / 4);
  });

  it('reports a page without its text, or with another text, as missing, never scores it', () => {
    expect(scoreGold(gold, annotator, index, 'tune').missing).toEqual([
      'https://example.org/changed (cached text differs from the annotated text)',
    ]);
    expect(scoreGold(gold, annotator, index, 'heldout').missing).toEqual(['https://example.org/absent']);
  });

  it('never itemises the held-back part', () => {
    const s = scoreGold(gold, annotator, index, 'heldout');
    expect(s.hits).toBe(3);
    expect(s.misses).toBeUndefined();
    expect(s.wrongs).toBeUndefined();
    expect(s.uncoveredIds).toBeUndefined();
  });
});

describe('gold merge: a story republished by a second outlet is one page', () => {
  const { overlap, shingles, DUPLICATE_OVERLAP } = gold;
  const story =
    'وصل الرئيس إلى العاصمة صباح اليوم في زيارة رسمية تستغرق يومين يلتقي خلالها نظيره ويبحثان سبل تعزيز التعاون في مجالات الطاقة والنقل والتجارة كما يوقع الجانبان عددا من الاتفاقيات';
  it('finds the wire in another outlet’s frame, and tells two stories apart', () => {
    const other =
      'أعلنت الوزارة أمس عن خطة جديدة لتطوير شبكة السكك الحديدية في البلاد خلال السنوات الخمس المقبلة بتكلفة تقدر بمليارات الدولارات وبمشاركة شركات محلية وأجنبية';
    const framed = `عاجل | ${story} — تابعونا على مواقع التواصل`;
    expect(overlap(shingles(story), shingles(framed))).toBeGreaterThanOrEqual(DUPLICATE_OVERLAP);
    expect(overlap(shingles(story), shingles(other))).toBe(0);
    expect(overlap(shingles(''), shingles(story))).toBe(0);
  });
});
