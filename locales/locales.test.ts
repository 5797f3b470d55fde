import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;
const LANGUAGES = ['en', 'zh', 'ar'];
/** i18next's plural suffixes; `_zero` is also read for a count of 0 in languages without that category. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Latin words allowed in Chinese and Arabic strings: names of the product and of file formats. */
const BRANDS = ['Rafiq', 'CSV', 'JSON'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const read = (language: string, file: string) => JSON.parse(readFileSync(join(ROOT, language, file), 'utf8'));
const valueAt = (strings: unknown, key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings);
const base = (key: string) => key.replace(PLURAL, '');
const namespaces = readdirSync(join(ROOT, 'en'))
  .filter((f) => f.endsWith('.json'))
  .sort();

/** What the rule below reads: the text without placeholders ({{count, number}}) and without brand names. */
function prose(value: string): string {
  let text = value.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$t\([^)]*\)/g, ' ');
  for (const brand of BRANDS) text = text.replace(new RegExp(`\\b${brand}\\b`, 'g'), ' ');
  return text;
}

/**
 * Two or more Latin words in a row, separated by spaces (and maybe a comma or colon): an English
 * phrase left untranslated. A lone word (a key name like Ctrl) or an address (about:addons) is not one.
 */
const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*(?:[,;:]?\s+[A-Za-z][A-Za-z'’-]*)+/;

describe('the untranslated-English rule', () => {
  it.each([
    ['Rafiq has not read this tab.', true],
    ['China named 4×', true],
    ['文本像是 franc reads it', true],
    ['SCO, CIS', true],
    ['导出 CSV', false],
    ['Rafiq 尚未读取此标签页。', false],
    ['about:addons', false],
    ['Alt（Mac 上为 Option ⌥）', false],
    ['{{count, number}} 次', false],
  ])('%s → English phrase: %s', (value, english) => expect(LATIN_RUN.test(prose(value))).toBe(english));
});

describe('every language has the same keys', () => {
  it('has the same namespaces in each language', () => {
    for (const language of LANGUAGES) expect(readdirSync(join(ROOT, language)).sort()).toEqual(namespaces);
  });
  it.each(namespaces)('%s: the same keys (plural forms aside), every one a string', (file) => {
    const english = [...new Set(keys(read('en', file)).map(base))].sort();
    for (const language of LANGUAGES) {
      const strings = read(language, file);
      expect([...new Set(keys(strings).map(base))].sort(), `${language}/${file}`).toEqual(english);
      for (const key of keys(strings)) {
        const value = valueAt(strings, key);
        expect(typeof value === 'string' && value.trim() !== '', `${language}/${file}: ${key}`).toBe(true);
      }
    }
  });
  it('keeps the manifest strings in step too', () => {
    const manifest = (dir: string) =>
      Object.keys(
        JSON.parse(readFileSync(join(ROOT, '..', 'public', '_locales', dir, 'messages.json'), 'utf8')),
      ).sort();
    for (const dir of ['zh_CN', 'ar']) expect(manifest(dir)).toEqual(manifest('en'));
  });
});

describe('counted strings have the plural forms each language needs', () => {
  it.each(namespaces)('%s', (file) => {
    const all = LANGUAGES.map((language) => keys(read(language, file)));
    // A key is counted when any language gives it plural forms: then every language must.
    const counted = new Set(
      all
        .flat()
        .filter((k) => PLURAL.test(k))
        .map(base),
    );
    LANGUAGES.forEach((language, i) => {
      const own = new Set(all[i]);
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of counted) {
        for (const category of needed) {
          expect(own.has(`${key}_${category}`), `${language}/${file}: ${key}_${category}`).toBe(true);
        }
        expect(own.has(key), `${language}/${file}: ${key} is counted, so no plain form`).toBe(false);
      }
      // A form the language never selects is a string nobody sees (except _zero, which i18next reads for 0).
      for (const key of all[i] ?? []) {
        const category = PLURAL.exec(key)?.[1] as Intl.LDMLPluralRule | undefined;
        if (category && category !== 'zero') {
          expect(needed.includes(category), `${language}/${file}: ${key} (${language} has no "${category}")`).toBe(
            true,
          );
        }
      }
    });
  });
});

describe('placeholders', () => {
  const names = (value: string) => [...value.matchAll(/\{\{\s*([^,}\s]+)/g)].map((m) => m[1]);
  it.each(namespaces)('%s: the same placeholders in every language', (file) => {
    const of = (language: string) => {
      const strings = read(language, file);
      const byKey = new Map<string, Set<string>>();
      for (const key of keys(strings)) {
        const set = byKey.get(base(key)) ?? new Set<string>();
        for (const name of names(String(valueAt(strings, key)))) set.add(name as string);
        byKey.set(base(key), set);
      }
      return Object.fromEntries([...byKey].map(([k, set]) => [k, [...set].sort()]));
    };
    const english = of('en');
    for (const language of LANGUAGES) expect(of(language), `${language}/${file}`).toEqual(english);
  });
});

describe('Chinese and Arabic strings are translated', () => {
  it.each(namespaces.flatMap((file) => ['zh', 'ar'].map((language) => [language, file])))('%s/%s', (language, file) => {
    const strings = read(language, file);
    const english = keys(strings)
      .map((key) => [key, String(valueAt(strings, key))] as const)
      .filter(([, value]) => LATIN_RUN.test(prose(value)))
      .map(([key, value]) => `${key}: ${value}`);
    expect(english).toEqual([]);
  });
});
