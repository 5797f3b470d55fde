import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { glossaryLanguage, nextLanguage, readGlossaryLanguage } from './settings';

describe('glossary language setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to English and remembers the choice in sync storage', async () => {
    expect(await readGlossaryLanguage()).toBe('en');
    await glossaryLanguage.setValue('zh');
    expect(await readGlossaryLanguage()).toBe('zh');
    expect(await fakeBrowser.storage.sync.get('glossaryLanguage')).toEqual({ glossaryLanguage: 'zh' });
  });

  it('treats a corrupted stored value as the default without losing other settings', async () => {
    await fakeBrowser.storage.sync.set({ glossaryLanguage: { nonsense: true }, other: 1 });
    expect(await readGlossaryLanguage()).toBe('en');
    expect(await fakeBrowser.storage.sync.get('other')).toEqual({ other: 1 });
  });

  it('toggles English → Chinese → English, and both → English', () => {
    expect(nextLanguage('en')).toBe('zh');
    expect(nextLanguage('zh')).toBe('en');
    expect(nextLanguage('both')).toBe('en');
  });
});
