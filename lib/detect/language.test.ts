import { describe, expect, it } from 'vitest';
import { detectLanguage, langFromAttribute } from './language';
import { languageSamples } from './samples';

describe('Arabic versus the other languages written in Arabic script', () => {
  it.each(languageSamples.map((s) => [s.lang, s.text.slice(0, 40), s] as const))(
    '%s sample: %s…',
    (lang, _start, sample) => {
      const verdict = detectLanguage(sample.text);
      expect(verdict.code).toBe(lang);
      expect(verdict.isArabic).toBe(lang === 'ar');
      expect(verdict.reasons.length).toBeGreaterThan(1);
    },
  );

  it('does not take a Persian page declaring no language for Arabic, even about the summit', () => {
    const fa = languageSamples.filter((s) => s.lang === 'fa').map((s) => s.text);
    expect(detectLanguage(fa.join(' ')).isArabic).toBe(false);
  });

  it('believes a declared lang="ar" only when the letters agree', () => {
    const ur = languageSamples.find((s) => s.lang === 'ur')?.text ?? '';
    expect(detectLanguage(ur, 'ar').isArabic).toBe(false);
    const ar = languageSamples.find((s) => s.lang === 'ar')?.text ?? '';
    expect(detectLanguage(ar, 'fa').isArabic).toBe(true);
  });

  it('calls a Latin page not Arabic, with the declared language as its code', () => {
    const verdict = detectLanguage('China and Central Asian leaders met in Astana on Tuesday.', 'en-GB');
    expect(verdict).toMatchObject({ code: 'en', isArabic: false });
  });

  it('gives its evidence as reasons with parameters', () => {
    const ar = languageSamples.find((s) => s.lang === 'ar')?.text ?? '';
    const verdict = detectLanguage(ar, 'ar-EG');
    expect(verdict.reasons.map((r) => r.code)).toEqual(['declared-lang', 'arabic-share', 'arabic-letters', 'reads-as']);
    expect(verdict.reasons[0]).toEqual({ code: 'declared-lang', lang: 'ar-EG' });
    expect(verdict.reasons).toContainEqual({ code: 'reads-as', lang: 'arb' });
    const fa = languageSamples.find((s) => s.lang === 'fa')?.text ?? '';
    expect(detectLanguage(fa).reasons).toContainEqual(
      expect.objectContaining({ code: 'marker-letters', langs: ['fa'] }),
    );
  });

  it('stays safe on empty or tiny input', () => {
    expect(detectLanguage('').isArabic).toBe(false);
    expect(detectLanguage('').reasons).toEqual([{ code: 'arabic-share', percent: 0, letters: 0 }]);
    expect(detectLanguage('ال').isArabic).toBe(false);
  });

  it('reads Kazakh in Arabic script as not Arabic', () => {
    // Written for this test: "Astana football club lost in the Conference League" in Kazakh (Arabic script).
    const kk =
      'استانا فۋتبول كلۋبى ۇەفا كونفەرەنتسيا لىگاسىندا جەڭىلىپ قالدى، بىراق كومانداسى كەلەسى ويىنعا دايىندالۋدا.';
    expect(detectLanguage(kk).isArabic).toBe(false);
  });
});

describe('lang attribute parsing', () => {
  it.each([
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['AR', 'ar'],
    ['fa-IR', 'fa'],
    ['ku-Arab', 'ckb'],
    ['ckb', 'ckb'],
    ['', null],
    [null, null],
  ])('%s → %s', (attr, code) => expect(langFromAttribute(attr)).toBe(code));
});
