/**
 * Every stored setting, as versioned WXT storage items. Small preferences the user sets sync
 * across their browsers; nothing is stored that the user did not choose. Each setting has a
 * validator: a corrupted or foreign value reads as the default (and, for the site rules, only the
 * bad entries are dropped), so bad data never breaks a page or loses the user's other choices.
 * When a shape changes, bump `version` and add a migration to the item.
 */

import { storage, type WxtStorageItem } from 'wxt/utils/storage';

export type GlossaryLanguage = 'en' | 'zh' | 'both';
export const GLOSSARY_LANGUAGES: readonly GlossaryLanguage[] = ['en', 'zh', 'both'];

export type UiLanguageSetting = 'auto' | 'en' | 'zh' | 'ar';
export const UI_LANGUAGES: readonly UiLanguageSetting[] = ['auto', 'en', 'zh', 'ar'];

export type HighlightMode = 'all' | 'first';
export type SiteRule = 'on' | 'off';
export type SiteRules = Record<string, SiteRule>;

export interface Setting<T> {
  item: WxtStorageItem<T, Record<string, unknown>>;
  /** The stored value, repaired: never throws, never returns a value of the wrong shape. */
  read(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the repaired value on every change, from any surface; returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

function defineSetting<T>(key: `sync:${string}`, fallback: T, repair: (raw: unknown) => T): Setting<T> {
  const item = storage.defineItem<T>(key, { fallback, version: 1 });
  return {
    item,
    async read() {
      try {
        return repair(await item.getValue());
      } catch {
        return fallback;
      }
    },
    set: (value) => item.setValue(value),
    watch: (callback) => item.watch((value) => callback(repair(value))),
  };
}

const oneOf =
  <T>(values: readonly T[], fallback: T) =>
  (raw: unknown): T =>
    values.includes(raw as T) ? (raw as T) : fallback;

/** Hostnames are lower-case ASCII (punycode) without port: anything else is not a rule of ours. */
const HOST = /^[a-z0-9.-]{1,253}$/;

export function repairSiteRules(raw: unknown): SiteRules {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const rules: SiteRules = {};
  for (const [host, rule] of Object.entries(raw)) {
    if (HOST.test(host) && (rule === 'on' || rule === 'off')) rules[host] = rule;
  }
  return rules;
}

/** The language names and explanations are shown in. */
export const glossaryLanguage = defineSetting<GlossaryLanguage>(
  'sync:glossaryLanguage',
  'en',
  oneOf(GLOSSARY_LANGUAGES, 'en'),
);
/** The language of Rafiq's own interface; `auto` follows the browser. */
export const uiLanguageSetting = defineSetting<UiLanguageSetting>(
  'sync:uiLanguage',
  'auto',
  oneOf(UI_LANGUAGES, 'auto'),
);
/** Highlight every mention, or only the first mention of each entity. */
export const highlightMode = defineSetting<HighlightMode>('sync:highlightMode', 'all', oneOf(['all', 'first'], 'all'));
/** Rafiq paused everywhere. */
export const paused = defineSetting<boolean>('sync:paused', false, (raw) => raw === true);
/** Per-site choices: `on` highlights even off-topic Arabic pages of the site, `off` never runs there. */
export const siteRules = defineSetting<SiteRules>('sync:siteRules', {}, repairSiteRules);

/** English → Chinese → English: what the one-click toggle and the keyboard shortcut do. */
export function nextLanguage(current: GlossaryLanguage): GlossaryLanguage {
  return current === 'en' ? 'zh' : 'en';
}

/** The site a URL belongs to, as the rules store it (null for pages that are not on a site). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && HOST.test(hostname) ? hostname : null;
  } catch {
    return null;
  }
}

/**
 * Sets (or, with null, removes) the rule for one site, merging into what is stored now: a surface
 * that has not loaded the rules yet must not write its empty copy over them.
 */
export async function setSiteRule(site: string, rule: SiteRule | null): Promise<void> {
  const rules = await siteRules.read();
  if (rule) rules[site] = rule;
  else delete rules[site];
  await siteRules.set(rules);
}
