/**
 * Interface language: i18next, one namespace per surface so each bundle carries only its own
 * strings. Follows the browser's UI language (English, Chinese or Arabic; English otherwise)
 * unless the user chose one.
 */

import { createInstance, type i18n as I18n } from 'i18next';
import type { UiLanguage } from './ui-language';

export { isRtl, resolveUiLanguage, type UiLanguage, uiLanguageFrom } from './ui-language';
export type Resources = Record<UiLanguage, Record<string, unknown>>;

/** One i18next instance over the given namespaces; the first is the default. */
export function createI18n(namespaces: Record<string, Resources>, language: UiLanguage): I18n {
  const instance = createInstance();
  const names = Object.keys(namespaces);
  const resources: Record<string, Record<string, Record<string, unknown>>> = { en: {}, zh: {}, ar: {} };
  for (const [ns, byLanguage] of Object.entries(namespaces)) {
    for (const lng of ['en', 'zh', 'ar'] as const) (resources[lng] as Record<string, unknown>)[ns] = byLanguage[lng];
  }
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: names,
    defaultNS: names[0],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
