import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../glossary/build';
import { Annotator } from '../annotate';
import { topicSamples } from './samples';

const annotator = new Annotator(buildGlossary().index);
const level = (text: string) => annotator.annotate({ text }).topic;

/** The conclusion (the last reason) each level may end on. */
const CONCLUSIONS = {
  summit: ['summit-signs'],
  related: ['forum-dominates', 'summit-mentioned', 'named-together'],
  none: ['other-power', 'in-passing', 'one-side'],
};

describe('topic verdict on the hard cases', () => {
  it.each(topicSamples)('$name → $expected', ({ text, expected }) => {
    const verdict = level(text);
    expect(verdict.level, JSON.stringify(verdict.reasons)).toBe(expected);
    expect(verdict.reasons.length).toBeGreaterThan(0);
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
      code: 'central-asia-named',
      count: 5,
      countries: ['kg', 'kz', 'tj', 'tm', 'uz'],
    });
    expect(five.reasons).toContainEqual({ code: 'summit-named', count: 1 });
    expect(level(sample('summit named in other words')).reasons.map((r) => r.code)).toContain('summit-word');
    expect(level(sample('a Russia–Central Asia summit')).reasons.at(-1)).toEqual({ code: 'other-power' });
  });
});
