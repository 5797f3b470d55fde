/**
 * A glossary grown to `factor` times its size with invented entries, for measuring how matching
 * and set-up scale. The names are made of Arabic letters by a seeded generator (the same entries
 * on every run), five to seven letters a word so that real text does not use them, and each is
 * checked against every key already taken, so the real compiler (glossary/compile.ts, generated
 * forms and all) accepts them as it accepts the real entries.
 */

import { keyOf } from '../glossary/compile';
import { ENTITY_TYPES, type GlossaryEntry } from '../glossary/pack';

const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
const LATIN = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** mulberry32: small, seeded, the same sequence everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGlossary(real: readonly GlossaryEntry[], factor: number): GlossaryEntry[] {
  if (factor <= 1) return [...real];
  const next = random(0x7a11);
  const pick = (s: string) => s[Math.floor(next() * s.length)] as string;
  const arabicWord = () => Array.from({ length: 5 + Math.floor(next() * 3) }, () => pick(LETTERS)).join('');
  const latinWord = () => {
    const w = Array.from({ length: 3 }, () => pick(LATIN) + pick(VOWELS)).join('');
    return w[0]?.toUpperCase() + w.slice(1);
  };
  const taken = new Set<string>();
  for (const e of real) for (const form of [e.ar.canonical, ...(e.ar.variants ?? [])]) taken.add(keyOf(form));
  const fresh = (words: number) => {
    for (;;) {
      const name = Array.from({ length: words }, arabicWord).join(' ');
      const key = keyOf(name);
      // Neither a key nor any word of one taken before: a name's words are what other steps read alone.
      if (taken.has(key) || key.split(' ').some((w) => taken.has(w))) continue;
      taken.add(key);
      for (const w of key.split(' ')) taken.add(w);
      return name;
    }
  };
  const out = [...real];
  const extra = real.length * (factor - 1);
  for (let i = 0; i < extra; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length] as GlossaryEntry['type'];
    const name = `${latinWord()} ${latinWord()}`;
    out.push({
      id: `synthetic-${i}`,
      type,
      ar: { canonical: fresh(2), variants: [fresh(2)] },
      name: { en: name, zh: '虚构' },
      reading: { zh: 'xūgòu' },
      explanation: { en: 'An invented entry for the matcher benchmark.', zh: '基准测试用的虚构条目。' },
      source: { note: 'invented' },
    });
  }
  return out;
}
