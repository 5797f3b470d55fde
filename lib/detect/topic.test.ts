import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../glossary/build';
import { PACKS } from '../../glossary/index';
import { Annotator } from '../annotate';
import { topicSamples } from './samples';
import { summitWordOf, summitWordsIn } from './topic';

const WORD = summitWordOf(PACKS[0]?.profile?.summitWord ?? { stem: '', pattern: '', after: 0 });

const annotator = new Annotator(buildGlossary().index);
const level = (text: string) => annotator.annotate({ text }).topic;

/** The conclusion (the last reason) each level may end on. */
const CONCLUSIONS = {
  summit: ['summit-signs'],
  related: ['forum-dominates', 'summit-mentioned', 'named-together', 'named-often', 'leader-story', 'project-story'],
  none: ['other-power', 'in-passing', 'one-side'],
};

describe('topic verdict on the hard cases', () => {
  it.each(topicSamples)('$name → $expected', ({ text, expected }) => {
    const verdict = level(text);
    expect(verdict.level, JSON.stringify(verdict.reasons)).toBe(expected);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  it.each(topicSamples)('$name → the SCO pack says $sco', ({ text, sco }) => {
    const verdict = annotator.annotate({ text }).packs.find((p) => p.pack === 'sco');
    expect(verdict?.level, JSON.stringify(verdict?.reasons)).toBe(sco);
  });

  it('gives one verdict per pack, the first being the topic', () => {
    for (const { text } of topicSamples) {
      const { topic, packs } = annotator.annotate({ text });
      expect(packs.map((p) => p.pack)).toEqual(['china-central-asia', 'sco']);
      expect({ ...packs[0], pack: undefined }).toEqual({ ...topic, pack: undefined });
    }
  });

  it('ends every verdict on the conclusion of its level, the evidence before it', () => {
    for (const { text } of topicSamples) {
      const verdict = level(text);
      const codes = verdict.reasons.map((r) => r.code);
      expect(CONCLUSIONS[verdict.level]).toContain(codes.at(-1));
      const conclusions = Object.values(CONCLUSIONS).flat() as string[];
      expect(codes.slice(0, -1).filter((c) => conclusions.includes(c))).toEqual([]);
    }
  });

  it('gives the counts and countries it saw as parameters', () => {
    const sample = (name: string) => topicSamples.find((s) => s.name.startsWith(name))?.text ?? '';
    const five = level(sample('the summit named once'));
    expect(five.reasons).toContainEqual({
      code: 'side-named',
      side: 'central-asia',
      count: 5,
      groups: ['kg', 'kz', 'tj', 'tm', 'uz'],
    });
    expect(five.reasons).toContainEqual({ code: 'summit-named', count: 1 });
    expect(level(sample('summit named in other words')).reasons.map((r) => r.code)).toContain('summit-word');
    expect(level(sample('a Russia–Central Asia summit')).reasons.at(-1)).toEqual({ code: 'other-power' });
  });
});

describe('summitWordsIn', () => {
  // The pattern it replaced, as a reference: قمة in its written shapes, on word edges.
  const PATTERN = /(?<![\u0621-\u064a])(?:[وف]?(?:بال|لل|ال|ب|ل|ك)?)قم(?:ه|م|تين|تان)(?![\u0621-\u064a])/g;
  const letters = [...'وفبالكقمهتينس'].concat(['ۀ', 'a', '1', ' ', '\u2029', '،']);

  it('finds what the pattern finds, in any window of the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((a) => a.join('')),
        fc.nat(),
        (text, cut) => {
          const start = Int32Array.from({ length: text.length }, (_, i) => i * 2);
          const expected = [...text.matchAll(PATTERN)].map((m) => m.index * 2);
          const whole: number[] = [];
          summitWordsIn(WORD, text, 0, text.length, start, whole);
          expect(whole).toEqual(expected);
          // Cut where a run of letters starts, as a window is: the two halves give the whole.
          const edges = [0, ...[...text.matchAll(/(?<![\u0621-\u064a])[\u0621-\u064a]/g)].map((m) => m.index)];
          const at = edges[cut % edges.length] as number;
          const parts: number[] = [];
          summitWordsIn(WORD, text, 0, at, start, parts);
          summitWordsIn(WORD, text, at, text.length, start, parts);
          expect(parts).toEqual(expected);
        },
      ),
      { numRuns: 5000, seed: 9 },
    );
  });
});
