import { describe, expect, it } from 'vitest';
import { foldArabic } from './fold';
import { SKELETON_STEPS, skeleton } from './variants';

const sk = (w: string) => skeleton(foldArabic(w));

describe('transliteration skeletons', () => {
  it.each(SKELETON_STEPS.map((s) => [s.name, ...s.example]))('%s: %s ~ %s', (_, a, b) => {
    expect(sk(a as string)).toBe(sk(b as string));
  });

  // Spellings of the same name by different real outlets (devset/spellings.md, the gold's tuning part).
  const same: Array<[string, string]> = [
    ['توكاييف', 'توكايف'],
    ['جاباروف', 'جباروف'],
    ['رحمان', 'رحمن'],
    ['ميرضيايف', 'ميرزيوييف'],
    ['ميرضيائيف', 'ميرزوييف'],
    ['كازاخستان', 'قازاقستان'],
    ['كازاخستان', 'كازخستان'],
    ['قيرغيزستان', 'قرغيزستان'],
    ['تركمانستان', 'تركمنستان'],
    ['أوزبكستان', 'أوزباكستان'],
    ['بيشكيك', 'بشكك'],
    ['سيردار', 'سردار'],
    ['نزارباييف', 'نازاربايف'],
    ['غوتيريش', 'جوتيريش'],
    ['خورغوس', 'قورغاس'],
  ];
  it.each(same)('%s ~ %s', (a, b) => expect(sk(a)).toBe(sk(b)));

  // Different names (and a name and an ordinary word) keep different skeletons.
  const different: Array<[string, string]> = [
    ['طاجيكستان', 'تركمانستان'],
    ['دوشنبه', 'دوشانبي'], // the last letter is kept: this pair is listed, not inferred
    ['بوتين', 'بيروت'],
    ['أستانا', 'أسوان'],
    ['جومارت', 'جمهورية'],
  ];
  it.each(different)('%s ≁ %s', (a, b) => expect(sk(a)).not.toBe(sk(b)));

  it('keeps the first and the last letter, whatever they are', () => {
    expect(sk('اوزبكي').startsWith('ا')).toBe(true);
    expect(sk('دوشانبي').endsWith('ي')).toBe(true);
  });
});
