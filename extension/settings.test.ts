import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decidePaint, mayRun } from './policy';
import {
  glossaryLanguage,
  highlightMode,
  nextLanguage,
  paused,
  repairSiteRules,
  setSiteRule,
  siteOf,
  siteRules,
  uiLanguageSetting,
} from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('default when nothing is stored', async () => {
    expect(await glossaryLanguage.read()).toBe('en');
    expect(await uiLanguageSetting.read()).toBe('auto');
    expect(await highlightMode.read()).toBe('all');
    expect(await paused.read()).toBe(false);
    expect(await siteRules.read()).toEqual({});
  });

  it('remember choices in sync storage', async () => {
    await glossaryLanguage.set('zh');
    await siteRules.set({ 'news.example': 'off' });
    expect(await glossaryLanguage.read()).toBe('zh');
    expect(await fakeBrowser.storage.sync.get(['glossaryLanguage', 'siteRules'])).toEqual({
      glossaryLanguage: 'zh',
      siteRules: { 'news.example': 'off' },
    });
  });

  it('read corrupted values as the default, without losing other settings', async () => {
    await fakeBrowser.storage.sync.set({
      glossaryLanguage: { nonsense: true },
      uiLanguage: 'fr',
      highlightMode: 42,
      paused: 'yes',
      other: 1,
    });
    expect(await glossaryLanguage.read()).toBe('en');
    expect(await uiLanguageSetting.read()).toBe('auto');
    expect(await highlightMode.read()).toBe('all');
    expect(await paused.read()).toBe(false);
    expect(await fakeBrowser.storage.sync.get('other')).toEqual({ other: 1 });
  });

  it('drop only the bad site rules', async () => {
    await fakeBrowser.storage.sync.set({
      siteRules: { 'good.example': 'on', 'bad host': 'on', 'x.example': 'sometimes', 'y.example': 'off' },
    });
    expect(await siteRules.read()).toEqual({ 'good.example': 'on', 'y.example': 'off' });
    expect(repairSiteRules(['a'])).toEqual({});
    expect(repairSiteRules(null)).toEqual({});
  });

  it('merge one site rule into the stored ones', async () => {
    await fakeBrowser.storage.sync.set({ siteRules: { 'a.example': 'off' } });
    await setSiteRule('b.example', 'on');
    expect(await siteRules.read()).toEqual({ 'a.example': 'off', 'b.example': 'on' });
    await setSiteRule('a.example', null);
    expect(await siteRules.read()).toEqual({ 'b.example': 'on' });
  });

  it('tell watchers the repaired value', async () => {
    const seen: unknown[] = [];
    const stop = glossaryLanguage.watch((v) => seen.push(v));
    await fakeBrowser.storage.sync.set({ glossaryLanguage: 'zh' });
    await fakeBrowser.storage.sync.set({ glossaryLanguage: 'klingon' });
    stop();
    expect(seen).toEqual(['zh', 'en']);
  });

  it('toggle English → Chinese → English, and both → English', () => {
    expect(nextLanguage('en')).toBe('zh');
    expect(nextLanguage('zh')).toBe('en');
    expect(nextLanguage('both')).toBe('en');
  });

  it.each([
    ['https://www.aljazeera.net/news/1', 'www.aljazeera.net'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['file:///tmp/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    [undefined, null],
  ])('siteOf(%s) = %s', (url, site) => expect(siteOf(url)).toBe(site));
});

describe('paint policy: the user first, the detector after', () => {
  const auto = { isArabic: true, level: 'summit' as const, paused: false, site: undefined, page: undefined };
  it.each([
    [{}, true, 'on-topic'],
    [{ level: 'related' }, true, 'on-topic'],
    [{ level: 'none' }, false, 'off-topic'],
    [{ isArabic: false }, false, 'not-arabic'],
    [{ paused: true }, false, 'paused'],
    [{ site: 'off' }, false, 'site-off'],
    [{ site: 'on', level: 'none' }, true, 'site-on'],
    [{ paused: true, site: 'on' }, false, 'paused'],
    [{ paused: true, page: 'on' }, true, 'page-on'],
    [{ site: 'on', page: 'off' }, false, 'page-off'],
    [{ isArabic: false, page: 'on' }, true, 'page-on'],
  ] as const)('%j → paint %s (%s)', (change, paint, reason) => {
    expect(decidePaint({ ...auto, ...change })).toEqual({ paint, reason });
  });

  it('does not even run where it may not paint', () => {
    expect(mayRun({ paused: true, site: undefined, page: undefined })).toBe(false);
    expect(mayRun({ paused: false, site: 'off', page: undefined })).toBe(false);
    expect(mayRun({ paused: true, site: undefined, page: 'on' })).toBe(true);
    expect(mayRun({ paused: false, site: undefined, page: 'off' })).toBe(false);
    expect(mayRun({ paused: false, site: undefined, page: undefined })).toBe(true);
  });
});
