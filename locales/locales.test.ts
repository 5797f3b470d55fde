import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;
const LANGUAGES = ['en', 'zh', 'ar'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const read = (language: string, file: string) => JSON.parse(readFileSync(join(ROOT, language, file), 'utf8'));

describe('every language has the same keys', () => {
  const namespaces = readdirSync(join(ROOT, 'en')).filter((f) => f.endsWith('.json'));
  it('has the same namespaces in each language', () => {
    for (const language of LANGUAGES) expect(readdirSync(join(ROOT, language)).sort()).toEqual(namespaces.sort());
  });
  it.each(namespaces)('%s', (file) => {
    const english = keys(read('en', file)).sort();
    for (const language of LANGUAGES) {
      const strings = read(language, file);
      expect(keys(strings).sort(), `${language}/${file}`).toEqual(english);
      for (const key of keys(strings)) {
        const value = key.split('.').reduce((o, k) => o[k], strings);
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
