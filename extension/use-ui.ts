import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createI18n, isRtl, type Resources, resolveUiLanguage, type UiLanguage } from './i18n';
import { type UiLanguageSetting, uiLanguageSetting } from './settings';

/**
 * The interface language of an extension page, following the user's choice (or the browser) as
 * it changes, with the document's `lang` and `dir` kept in step.
 */
export function useUi(namespaces: Record<string, Resources>): {
  t: TFunction;
  i18n: I18n;
  language: UiLanguage;
  setting: UiLanguageSetting;
} {
  const browserLanguage = browser.i18n.getUILanguage();
  const [setting, setSetting] = useState<UiLanguageSetting>('auto');
  const i18n = useMemo(() => createI18n(namespaces, resolveUiLanguage('auto', browserLanguage)), []);
  const language = resolveUiLanguage(setting, browserLanguage);
  useEffect(() => {
    void uiLanguageSetting.read().then(setSetting);
    return uiLanguageSetting.watch(setSetting);
  }, []);
  if (i18n.language !== language) void i18n.changeLanguage(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = isRtl(language) ? 'rtl' : 'ltr';
  }, [language]);
  return { t: i18n.getFixedT(language), i18n, language, setting };
}
