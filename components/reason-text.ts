/**
 * A detector's reason (lib/detect/reasons.ts) as a sentence in the interface language: the strings
 * are the `reasons` namespace (locales/<lang>/reasons.json); numbers are formatted by i18next's
 * `number` formatter, and language and country codes become names with `Intl.DisplayNames`, lists
 * are joined with `Intl.ListFormat`, all in that language. Pure: no DOM, so the scripts use it too.
 */

import type { TFunction } from 'i18next';
import { createI18n, type Resources, type UiLanguage } from '../extension/i18n';
import type { Reason } from '../lib/detect/reasons';
import type { PackLabels } from '../lib/pack-labels';
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
 * has `reasons` loaded; the language is passed on so strings and numbers agree with it. A topic
 * reason names what the pack that gave it calls its sides and roles (`pack`).
 */
export function reasonText(reason: Reason, t: TFunction, language: string, pack?: PackLabels): string {
  const say = (key: string, params: Record<string, unknown> = {}): string =>
    String(t(key, { ...params, ns: 'reasons', lng: language }));
  // The pack's words in the interface language (English where it is not one of them).
  const lang: UiLanguage = language === 'zh' || language === 'ar' ? language : 'en';
  const word = (role: 'summit' | 'mechanism' | 'forums' | 'powers') => pack?.[role][lang] ?? '';
  const sideName = (id: string) => pack?.sides.find((x) => x.id === id)?.label[lang] ?? id;
  const sides = () => list(pack?.sides.map((x) => x.label[lang]) ?? [], language, 'conjunction');
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
    case 'side-named': {
      const side = pack?.sides.find((x) => x.id === reason.side);
      const name = side ? side.label[lang] : reason.side;
      if (!side?.groups) return say(reason.code, { count: reason.count, side: name });
      const names = reason.groups.map((code) => countryName(code, language));
      const groups = say('side-groups', {
        count: names.length,
        total: side.groups,
        list: list(names, language, 'conjunction'),
      });
      return say('side-groups-named', { count: reason.count, side: name, groups });
    }
    case 'summit-named':
    case 'mechanism-named':
      return say(reason.code, {
        count: reason.count,
        what: word(reason.code === 'summit-named' ? 'summit' : 'mechanism'),
      });
    case 'power-named':
      return say(reason.code, { count: reason.count, what: word('powers') });
    case 'summit-word':
      return say(reason.code, { count: reason.count, sides: sides() });
    case 'close-pairs': {
      const [side, near] = (pack?.pair ?? []).map(sideName);
      return say(reason.code, { count: reason.count, side: side ?? '', near: near ?? '' });
    }
    case 'venue-named': {
      const venues = (pack?.venues ?? []).map((v) => v[lang]);
      return say(reason.code, { count: reason.count, venues: list(venues, language, 'disjunction') });
    }
    case 'forum-named':
      return say(reason.code, { count: reason.count, forums: word('forums') });
    case 'summit-signs':
      return say(reason.code, { title: pack?.title[lang] ?? '' });
    case 'other-power':
      return say(reason.code, { powers: word('powers'), side: sideName(pack?.sides[0]?.id ?? '') });
    case 'named-often':
      return say(reason.code, { sides: sides(), count: pack?.sides.length ?? 2 });
    case 'leader-story':
    case 'project-story':
      return say(reason.code, { count: reason.count });
    case 'named-together':
    case 'in-passing':
      return say(reason.code, { sides: sides() });
    case 'one-side':
      return say((pack?.sides.length ?? 2) === 1 ? 'no-side' : reason.code, { sides: sides() });
    case 'forum-dominates':
    case 'summit-mentioned':
      return say(reason.code);
  }
}

/** Reasons in one language without an interface around them (the scripts print them in English). */
export function reasonRenderer(language: UiLanguage = 'en', pack?: PackLabels): (reason: Reason) => string {
  const t = createI18n({ reasons: reasonStrings }, language).getFixedT(language, 'reasons');
  return (reason) => reasonText(reason, t, language, pack);
}
