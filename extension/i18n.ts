/**
 * Interface language: i18next, one namespace per surface so each bundle carries only its own
 * strings. Follows the browser's UI language (English, Chinese or Arabic; English otherwise).
 */

import { createInstance, type i18n as I18n } from 'i18next';

export type UiLanguage = 'en' | 'zh' | 'ar';
export type Resources = Record<UiLanguage, Record<string, unknown>>;

export function uiLanguageFrom(browserLanguage: string | undefined): UiLanguage {
  const primary = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'ar' ? primary : 'en';
}

export function createI18n(namespace: string, resources: Resources, language: UiLanguage): I18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [namespace],
    defaultNS: namespace,
    resources: {
      en: { [namespace]: resources.en },
      zh: { [namespace]: resources.zh },
      ar: { [namespace]: resources.ar },
    },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

export function isRtl(language: UiLanguage): boolean {
  return language === 'ar';
}
