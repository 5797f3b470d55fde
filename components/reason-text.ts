/**
 * A detector's reason (lib/detect/reasons.ts) as a sentence in the interface language: the strings
 * are the `reasons` namespace (locales/<lang>/reasons.json); numbers are formatted by i18next's
 * `number` formatter, and language and country codes become names with `Intl.DisplayNames`, lists
 * are joined with `Intl.ListFormat`, all in that language. Pure: no DOM, so the scripts use it too.
 */

import type { TFunction } from 'i18next';
import { createI18n, type Resources, type UiLanguage } from '../extension/i18n';
import type { Reason } from '../lib/detect/reasons';
import ar from '../locales/ar/reasons.json';
import en from '../locales/en/reasons.json';
import zh from '../locales/zh/reasons.json';

/** The `reasons` namespace in every interface language, for `useUi` and `createI18n`. */
export const reasonStrings: Resources = { en, zh, ar };

/**
 * franc's ISO 639-3 codes as BCP 47 tags `Intl.DisplayNames` knows (Dari is Persian of
 * Afghanistan, both Pashto codes are Pashto). Codes not listed are tried as they are.
 */
const FRANC_TAGS: Record<string, string> = {
  arb: 'ar',
  pes: 'fa',
  prs: 'fa-AF',
  urd: 'ur',
  pbu: 'ps',
  pbt: 'ps',
  ckb: 'ckb',
  uig: 'ug',
  kaz: 'kk',
  kir: 'ky',
  uzb: 'uz',
  uzn: 'uz',
  tgk: 'tg',
  tuk: 'tk',
  rus: 'ru',
  cmn: 'zh',
  eng: 'en',
};

/** A name from `Intl.DisplayNames`, or the code itself when it is not a valid tag or has no name. */
function displayName(code: string, language: string, type: 'language' | 'region'): string {
  try {
    return new Intl.DisplayNames([language], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language code (franc's, or a page's `lang`, `_` written for `-` or not) named in `language`. */
export function languageName(code: string, language: string): string {
  const tag = FRANC_TAGS[code.toLowerCase()] ?? code.replaceAll('_', '-');
  return displayName(tag, language, 'language');
}

/** A country code (ISO 3166 alpha-2, any case) named in `language`. */
export function countryName(code: string, language: string): string {
  return displayName(code.toUpperCase(), language, 'region');
}

const list = (items: string[], language: string, type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat([language], { type }).format(items);

/**
 * The reason as a sentence in `language`. `t` may be bound to any namespace of an instance that
 * has `reasons` loaded; the language is passed on so strings and numbers agree with it.
 */
export function reasonText(reason: Reason, t: TFunction, language: string): string {
  const say = (key: string, params: Record<string, unknown> = {}): string =>
    String(t(key, { ...params, ns: 'reasons', lng: language }));
  switch (reason.code) {
    case 'declared-lang':
      return say(reason.code, { lang: languageName(reason.lang, language) });
    case 'arabic-share':
      return say(reason.code, { count: reason.letters, share: reason.percent / 100 });
    case 'marker-letters': {
      const names = reason.langs.map((code) => languageName(code, language));
      return say(reason.code, { langs: list(names, language, 'disjunction'), rate: reason.perThousand });
    }
    case 'arabic-letters':
      return say(reason.code, { arabic: reason.arabic, other: reason.other });
    case 'reads-as':
      // franc says `und` when the text is too short or too mixed: a name like "Unknown language" would mislead.
      return reason.lang === 'und'
        ? say('reads-as-unknown')
        : say(reason.code, { lang: languageName(reason.lang, language) });
    case 'central-asia-named': {
      const names = reason.countries.map((code) => countryName(code, language));
      const countries = say('central-asia-countries', {
        count: names.length,
        list: list(names, language, 'conjunction'),
      });
      return say(reason.code, { count: reason.count, countries });
    }
    case 'china-named':
    case 'summit-named':
    case 'mechanism-named':
    case 'summit-word':
    case 'close-pairs':
    case 'venue-named':
    case 'forum-named':
    case 'russia-named':
      return say(reason.code, { count: reason.count });
    case 'forum-dominates':
    case 'summit-signs':
    case 'summit-mentioned':
    case 'named-together':
    case 'other-power':
    case 'in-passing':
    case 'one-side':
      return say(reason.code);
  }
}

/** Reasons in one language without an interface around them (the scripts print them in English). */
export function reasonRenderer(language: UiLanguage = 'en'): (reason: Reason) => string {
  const t = createI18n({ reasons: reasonStrings }, language).getFixedT(language, 'reasons');
  return (reason) => reasonText(reason, t, language);
}
