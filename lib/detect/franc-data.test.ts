import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { francDataFor } from './franc-data';
import { FRANC_CODES } from './language';
import { languageSamples, topicSamples } from './samples';

type Franc = typeof import('franc-min');
const ONLY = Object.keys(FRANC_CODES);

/** franc as the extension bundles it: the same code over the cut-down data. */
async function reducedFranc(): Promise<Franc> {
  vi.resetModules();
  vi.doMock('franc-min/data.js', async () => {
    const actual = await vi.importActual<{ data: Record<string, Record<string, string>> }>('franc-min/data.js');
    return { data: francDataFor(actual.data, ONLY) };
  });
  const franc = await import('franc-min');
  vi.doUnmock('franc-min/data.js');
  vi.resetModules();
  return franc;
}

describe('franc over the cut-down data', () => {
  it('keeps only the allowed languages that franc has, in their script', async () => {
    const { data } = await vi.importActual<{ data: Record<string, Record<string, string>> }>('franc-min/data.js');
    const kept = francDataFor(data, ONLY);
    // franc has Central Kurdish in Latin script, the others in Arabic script.
    expect(Object.keys(kept).sort()).toEqual(['Arabic', 'Latin']);
    expect(Object.keys(kept.Arabic ?? {}).sort()).toEqual(['arb', 'pbu', 'pes', 'urd']);
    expect(Object.keys(kept.Latin ?? {})).toEqual(['ckb']);
    expect(kept.Arabic?.arb).toBe(data.Arabic?.arb);
    // Far less to build at start-up.
    const size = (d: typeof data) => Object.values(d).reduce((n, s) => n + Object.keys(s).length, 0);
    expect(size(kept)).toBeLessThan(size(data) / 10);
  });

  it('answers exactly as franc over all its data, on the samples and on random text of every script', async () => {
    const full = await vi.importActual<Franc>('franc-min');
    const reduced = await reducedFranc();
    // It is the cut-down data at work: unrestricted, it no longer knows English.
    const english = 'The leaders of China and the five Central Asian countries met in Astana this week.';
    expect(full.franc(english)).toBe('eng');
    expect(reduced.franc(english)).not.toBe('eng');
    const texts = [
      ...languageSamples.map((s) => s.text),
      ...topicSamples.map((s) => s.text),
      'The China–Central Asia Summit was held in Astana.',
      'Саммит Китай — Центральная Азия прошёл в Астане.',
      'चीन-मध्य एशिया शिखर सम्मेलन',
      '中国—中亚峰会在阿斯塔纳举行',
      '12345 67890',
      '',
    ];
    const words = fc.constantFrom(
      'قمة',
      'الصين',
      'آسيا',
      'پیشرفت',
      'گفت',
      'کے',
      'summit',
      'Китай',
      'सम्मेलन',
      '峰会',
      '2025',
      ' ',
      '،',
    );
    const random = fc.sample(
      fc.array(words, { minLength: 0, maxLength: 60 }).map((w) => w.join(' ')),
      {
        numRuns: 3000,
        seed: 7,
      },
    );
    for (const text of [...texts, ...random]) {
      expect(reduced.francAll(text, { only: ONLY, minLength: 10 }), text).toEqual(
        full.francAll(text, { only: ONLY, minLength: 10 }),
      );
    }
  });
});
