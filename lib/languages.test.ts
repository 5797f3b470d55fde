import { describe, expect, it } from 'vitest';
import {
  autonym,
  directionOf,
  languageChoices,
  languagesOf,
  nextLanguage,
  repairGlossaryLanguage,
  shownLanguages,
  textIn,
  textsIn,
} from './languages';

const BUNDLED = ['en', 'zh'];
const WITH_RUSSIAN = ['en', 'zh', 'ru'];

describe('glossary languages', () => {
  it.each([
    ['en', 'en'],
    ['zh', 'zh'],
    ['both', 'both'],
    ['ru', 'ru'],
    ['EN', 'en'],
    ['zh-Hans', 'en'],
    ['', 'en'],
    [null, 'en'],
    [{ language: 'zh' }, 'en'],
  ])('reads a stored %j as %j', (raw, expected) => {
    expect(repairGlossaryLanguage(raw)).toBe(expected);
  });

  it('takes the packs’ languages in order of first appearance, never none', () => {
    expect(languagesOf([{ languages: ['en', 'zh'] }, { languages: ['zh', 'en', 'ru'] }])).toEqual(WITH_RUSSIAN);
    expect(languagesOf([])).toEqual(['en']);
  });

  it.each([
    ['en', BUNDLED, ['en']],
    ['zh', BUNDLED, ['zh']],
    ['both', BUNDLED, ['en', 'zh']],
    ['both', WITH_RUSSIAN, WITH_RUSSIAN],
    ['ru', WITH_RUSSIAN, ['ru']],
    // Chosen in a browser with a pack this one lacks: the glossary's first language.
    ['ru', BUNDLED, ['en']],
  ])('%s over %j shows %j', (choice, available, shown) => {
    expect(shownLanguages(choice, available)).toEqual(shown);
  });

  it('offers each language and then both, or only the one there is', () => {
    expect(languageChoices(BUNDLED)).toEqual(['en', 'zh', 'both']);
    expect(languageChoices(['en'])).toEqual(['en']);
  });

  it.each([
    ['en', BUNDLED, 'zh'],
    ['zh', BUNDLED, 'en'],
    ['both', BUNDLED, 'en'],
    ['zh', WITH_RUSSIAN, 'ru'],
    ['ru', WITH_RUSSIAN, 'en'],
    ['ru', BUNDLED, 'en'],
  ])('the toggle steps from %s over %j to %s', (current, available, next) => {
    expect(nextLanguage(current, available)).toBe(next);
  });

  it('falls back to English, then any language, and says which it used', () => {
    expect(textIn({ en: 'Astana', zh: '阿斯塔纳' }, 'zh')).toEqual({ text: '阿斯塔纳', language: 'zh' });
    expect(textIn({ en: 'Astana', zh: '阿斯塔纳' }, 'ru')).toEqual({ text: 'Astana', language: 'en' });
    expect(textIn({ zh: '阿斯塔纳' }, 'ru')).toEqual({ text: '阿斯塔纳', language: 'zh' });
    expect(textIn({}, 'en')).toBeNull();
    expect(textsIn({ en: 'Astana', zh: '阿斯塔纳' }, WITH_RUSSIAN).map((t) => t.language)).toEqual(['en', 'zh']);
    expect(textsIn({ en: 'Astana' }, ['ru'])).toEqual([{ text: 'Astana', language: 'en' }]);
  });

  it('names a language in itself, and knows the right-to-left ones', () => {
    expect(autonym('ru')).toBe('Русский');
    expect(autonym('kk')).toBe('Қазақ тілі');
    expect(autonym('qqq')).toBe('qqq');
    expect(directionOf('ur')).toBe('rtl');
    expect(directionOf('ru')).toBe('ltr');
  });
});
