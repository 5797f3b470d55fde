import { describe, expect, it } from 'vitest';
import { FOCUS, highlightNameOf, nameHighlights, randomToken } from './highlights';

describe('highlight names', () => {
  it('are readable under the developer switch', () => {
    expect(nameHighlights(['person', 'country'], null)).toEqual({
      focus: 'rafiq-focus',
      person: 'rafiq-person',
      country: 'rafiq-country',
    });
  });

  it('are the token and a place otherwise, one per type, CSS identifiers that name no type', () => {
    const names = nameHighlights(['person', 'country', 'place'], 'qkxmbtwzpa');
    expect(names).toEqual({
      focus: 'qkxmbtwzpa0',
      person: 'qkxmbtwzpa1',
      country: 'qkxmbtwzpa2',
      place: 'qkxmbtwzpa3',
    });
    expect(highlightNameOf(FOCUS)).toBe('qkxmbtwzpa0');
    expect(highlightNameOf('person')).toBe('qkxmbtwzpa1');
  });

  it('give a type that arrives later a name of its own with the same token', () => {
    nameHighlights(['person'], 'abcdefghij');
    const later = highlightNameOf('a-type-added-later');
    expect(later).toMatch(/^abcdefghij[0-9a-z]$/);
    expect(later).not.toBe(highlightNameOf('person'));
    expect(highlightNameOf('a-type-added-later')).toBe(later);
  });
});

describe('randomToken', () => {
  it('is ten lowercase letters drawn from the random bytes', () => {
    expect(randomToken((n) => Uint8Array.from({ length: n }, (_, i) => i * 27))).toBe('abcdefghij');
  });

  it('differs from load to load', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => randomToken()));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[a-z]{10}$/);
  });
});
