/**
 * Which interface language to speak, apart from i18next (extension/i18n.ts): the annotator decides
 * it at start-up without loading i18next, which only the card's script carries.
 */

import type { UiLanguageSetting } from './settings';

export type UiLanguage = 'en' | 'zh' | 'ar';

export function uiLanguageFrom(browserLanguage: string | undefined): UiLanguage {
  const primary = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'ar' ? primary : 'en';
}

export function resolveUiLanguage(setting: UiLanguageSetting, browserLanguage: string | undefined): UiLanguage {
  return setting === 'auto' ? uiLanguageFrom(browserLanguage) : setting;
}

export function isRtl(language: UiLanguage): boolean {
  return language === 'ar';
}
