import { describe, expect, it } from 'vitest';
import { foldArabic } from '../lib/arabic/fold';
import { formKey } from '../lib/arabic/words';
import { type GeneratedForm, generateForms, isChineseName, swapPair } from './generate';
import { glossary } from './index';

const generated = generateForms(glossary);
const key = (form: string) => formKey(foldArabic(form)) as string;
const has = (id: string, form: string, by: GeneratedForm['by'], kind: GeneratedForm['kind']) =>
  generated.some((g) => g.id === id && g.key === key(form) && g.by === by && g.kind === kind);

describe('generated forms, one table per step', () => {
  const table: Array<{ id: string; form: string; by: GeneratedForm['by']; kind: GeneratedForm['kind'] }> = [
    // joined: a space dropped inside a foreign name
    { id: 'xi-jinping', form: 'شيجين بينغ', by: 'joined', kind: 'full' },
    { id: 'shavkat-mirziyoyev', form: 'شوكتميرضيايف', by: 'joined', kind: 'full' },
    // partial: given or family name, Chinese given name and last syllable (after the full name)
    { id: 'kassym-jomart-tokayev', form: 'جومارت توكاييف', by: 'partial', kind: 'short' },
    { id: 'shavkat-mirziyoyev', form: 'شوكت', by: 'partial', kind: 'short' },
    { id: 'xi-jinping', form: 'جين بينغ', by: 'partial', kind: 'short' },
    { id: 'xi-jinping', form: 'بينغ', by: 'partial', kind: 'short' },
    // نغ / نج in Chinese names
    { id: 'wang-yi', form: 'وانج يي', by: 'variant', kind: 'full' },
    // Latin letters: a full name, a long family name alone, an acronym
    { id: 'kassym-jomart-tokayev', form: 'Kassym-Jomart Tokayev', by: 'latin', kind: 'full' },
    { id: 'kassym-jomart-tokayev', form: 'Tokayev', by: 'latin', kind: 'full' },
    { id: 'xi-jinping', form: 'Jinping', by: 'latin', kind: 'short' },
    { id: 'shanghai-cooperation-organisation', form: 'SCO', by: 'latin', kind: 'full' },
    { id: 'tashkent', form: 'Tashkent', by: 'latin', kind: 'full' },
    { id: 'turkmenistan', form: 'Turkmenistan', by: 'latin', kind: 'full' },
    { id: 'amu-darya', form: 'Amu Darya', by: 'latin', kind: 'full' },
    // a body's English name in full, both spellings (An-Nahar, 2025: "Shanghai Cooperation Organization")
    { id: 'shanghai-cooperation-organisation', form: 'Shanghai Cooperation Organization', by: 'latin', kind: 'full' },
    { id: 'shanghai-cooperation-organisation', form: 'Shanghai Cooperation Organisation', by: 'latin', kind: 'full' },
    { id: 'belt-and-road-initiative', form: 'Belt and Road Initiative', by: 'latin', kind: 'full' },
    // named: the official dress of a name, and Central Asia written either way inside a name
    { id: 'uzbekistan', form: 'جمهورية أوزبكستان', by: 'named', kind: 'full' },
    { id: 'silk-road-economic-belt', form: 'مبادرة الحزام الاقتصادي لطريق الحرير', by: 'named', kind: 'full' },
    {
      id: 'china-central-asia-summit-2025-astana',
      form: 'القمة الثانية المقبلة بين الصين وآسيا الوسطى',
      by: 'named',
      kind: 'full',
    },
    // named: the pair the other way round inside a name (almayadeen.net, 2023; elmwatin.com)
    { id: 'china-central-asia-summit', form: 'قمة آسيا الوسطى – الصين', by: 'named', kind: 'full' },
    { id: 'china-central-asia-mechanism', form: 'آلية آسيا الوسطى والصين', by: 'named', kind: 'full' },
    { id: 'china-central-asia-secretariat', form: 'أمانة آلية وسط آسيا – الصين', by: 'named', kind: 'full' },
  ];
  it.each(table)('$by: $form ($id, $kind)', ({ id, form, by, kind }) => expect(has(id, form, by, kind)).toBe(true));

  it('reads Central Asia either way inside a longer name', () => {
    const pipeline = generated.filter((g) => g.id === 'central-asia-china-gas-pipeline' && g.by === 'named');
    expect(pipeline.some((g) => g.key.includes(key('وسط آسيا')))).toBe(true);
  });

  it('swaps the pair only inside a longer name: the pair alone is China and Central Asia, two mentions', () => {
    expect(swapPair(key('قمة الصين وآسيا الوسطى'))).toBe(key('قمة آسيا الوسطى والصين'));
    expect(swapPair(key('الصين وآسيا الوسطى'))).toBeNull();
    expect(swapPair(key('الصين – آسيا الوسطى'))).toBeNull();
    expect(swapPair(key('قمة بكين'))).toBeNull();
    // Whole words only: the region's words inside another word are not the pair.
    expect(swapPair(key('قمة الصينية آسيا الوسطى'))).toBeNull();
  });

  it('never makes a partial or Latin short form of two letters or fewer', () => {
    for (const g of generated) if (g.kind === 'short') expect(g.key.replace(/ /g, '').length, g.key).toBeGreaterThan(2);
  });

  it('never makes a short form of an ordinary Arabic word inside a name (إمام, قاسم, عبد)', () => {
    for (const word of ['إمام', 'قاسم', 'عبد', 'علي', 'الله']) {
      expect(generated.some((g) => g.kind === 'short' && g.key === key(word))).toBe(false);
    }
  });

  it('varies no exonym (الصين, روسيا, آسيا الوسطى are not transliterations)', () => {
    for (const id of ['china', 'russia', 'central-asia']) {
      expect(generated.filter((g) => g.id === id && (g.by === 'joined' || g.by === 'variant'))).toEqual([]);
    }
  });

  it('tells Chinese names by their pinyin', () => {
    const byId = (id: string) => glossary.find((e) => e.id === id);
    expect(isChineseName(byId('xi-jinping') as (typeof glossary)[number])).toBe(true);
    expect(isChineseName(byId('wang-yi') as (typeof glossary)[number])).toBe(true);
    expect(isChineseName(byId('vladimir-putin') as (typeof glossary)[number])).toBe(false);
    expect(isChineseName(byId('kassym-jomart-tokayev') as (typeof glossary)[number])).toBe(false);
  });
});
