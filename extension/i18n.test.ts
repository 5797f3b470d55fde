import { describe, expect, it } from 'vitest';
import { createI18n, isRtl, resolveUiLanguage, uiLanguageFrom } from './i18n';

describe('interface language', () => {
  it.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('follows the browser: %s → %s', (browser, ui) => expect(uiLanguageFrom(browser)).toBe(ui));

  it('lets the user override the browser', () => {
    expect(resolveUiLanguage('auto', 'zh-CN')).toBe('zh');
    expect(resolveUiLanguage('ar', 'zh-CN')).toBe('ar');
    expect(resolveUiLanguage('en', 'ar')).toBe('en');
  });

  it('reads Arabic right to left', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('zh')).toBe(false);
  });

  it('serves several namespaces, falling back to English for a missing string', () => {
    const i18n = createI18n(
      {
        a: { en: { hi: 'Hello', only: 'English only' }, zh: { hi: '你好' }, ar: { hi: 'مرحبا' } },
        b: { en: { x: 'X' }, zh: { x: '叉' }, ar: { x: 'س' } },
      },
      'zh',
    );
    expect(i18n.t('hi')).toBe('你好');
    expect(i18n.t('only')).toBe('English only');
    expect(i18n.t('b:x')).toBe('叉');
  });
});
