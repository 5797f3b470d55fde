import { describe, expect, it } from 'vitest';
import { FOLD_STEPS, foldArabic, foldText } from './fold';

describe('each folding step does what its example says', () => {
  for (const step of FOLD_STEPS) {
    it(`${step.name}: ${step.example}`, () => {
      const [input, output] = step.example.split(' → ') as [string, string];
      expect(foldArabic(input)).toBe(output);
    });
  }
});

describe('foldArabic on real spelling variation', () => {
  const same: Array<[string, string]> = [
    ['أستانا', 'استانا'],
    ['إعلان', 'اعلان'],
    ['آسيا', 'اسيا'],
    ['ٱلصين', 'الصين'],
    ['مبادرة', 'مبادره'],
    ['شى جين بينج', 'شي جين بينج'],
    ['الصّين', 'الصين'],
    ['الصيـــن', 'الصين'],
    ['مُعزَّز', 'معزز'],
    ['ﻻ', 'لا'],
    ['ﺍﻟﺼﻴﻦ', 'الصين'],
    ['كازاخستان\u200f', 'كازاخستان'],
    ['یک', 'يك'],
    ['٢٠٢٧', '2027'],
    ['الـ80', 'ال80'],
  ];
  it.each(same)('%s folds like %s', (a, b) => expect(foldArabic(a)).toBe(foldArabic(b)));

  const different: Array<[string, string]> = [
    ['شيء', 'شي'],
    ['شيئا', 'شي'],
    ['رئيس', 'ريس'],
    ['مسؤول', 'مسوول'],
  ];
  it.each(different)('%s stays apart from %s', (a, b) => expect(foldArabic(a)).not.toBe(foldArabic(b)));
});

describe('foldText keeps an exact map back to the original', () => {
  it('maps every folded character to its source, marks included', () => {
    const source = 'قالَ شِي إنّ الصّينَ';
    const folded = foldText(source);
    expect(folded.text).toBe('قال شي ان الصين');
    const at = folded.text.indexOf('الصين');
    const start = folded.start[at] as number;
    const end = folded.end[at + 'الصين'.length - 1] as number;
    expect(source.slice(start, end)).toBe('الصّينَ');
  });

  it('maps a ligature expansion to the one source character', () => {
    const source = 'ﻻ بد';
    const folded = foldText(source);
    expect(folded.text).toBe('لا بد');
    expect([...folded.start.slice(0, 2)]).toEqual([0, 0]);
    expect([...folded.end.slice(0, 2)]).toEqual([1, 1]);
  });

  it('keeps presentation-block characters that NFKC leaves alone (ornate parentheses)', () => {
    expect(foldText('﴿الصين﴾').text).toBe('﴿الصين﴾');
  });

  it('inserts zero-width breaks at the given offsets', () => {
    const folded = foldText('الصينكازاخستان', [5]);
    expect(folded.text).toBe('الصين\u2029كازاخستان');
    expect(folded.start[5]).toBe(5);
    expect(folded.end[5]).toBe(5);
  });

  it('has room for breaks after a ligature that gives many units (ﷺ)', () => {
    const folded = foldText('ﷺÀپ', [1, 2]);
    expect(folded.text).toBe(`${foldText('ﷺ').text}\u2029a\u2029ب`);
  });

  it('keeps lengths for text with lone surrogates and astral characters', () => {
    const source = 'الصين 😀 \ud800 أستانا';
    const folded = foldText(source);
    expect(folded.text.length).toBe(folded.start.length);
    const at = folded.text.indexOf('استانا');
    expect(source.slice(folded.start[at], folded.end[at + 5])).toBe('أستانا');
  });
});
