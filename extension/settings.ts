/**
 * Every stored setting, as versioned WXT storage items. Small preferences the user sets sync
 * across their browsers; nothing is stored that the user did not choose. Each setting has a
 * validator: a corrupted or foreign value reads as the default (and, for the site rules, only the
 * bad entries are dropped), so bad data never breaks a page or loses the user's other choices.
 *
 * Versions. WXT keeps an item's shape version in a metadata item (`<key>$`, `{ v }`), but only
 * looks at it when the item has `migrations`: then it migrates older values once, when the item is
 * defined, and on a stored `v` above the item's version it logs "Version downgrade detected" and
 * returns the stored value unchanged (it never rejects, and `setValue` leaves the metadata as it
 * was). Our items have no migrations yet, so WXT ignores the metadata altogether; every value
 * stored so far has none, which WXT reads as version 1.
 *
 * Policy, for older, corrupted and newer values alike: reads judge a value by its shape, never by
 * its label. They repair what is stored, whatever `v` says; a newer build's value that this
 * build's repair accepts is used as it is, one it does not accept reads as the default. Reads
 * never write, so a value this build cannot understand stays in storage for the build that can.
 * An explicit change by the user writes this build's value (the latest choice wins, as it does
 * anyway between synced browsers) and leaves the metadata, a newer build's label included, alone.
 * Only the site rules are merged rather than replaced, and there the label decides whether an
 * entry this build does not understand is a newer build's (kept) or corruption (dropped): see
 * `setSiteRule`. Why by shape: sync storage is shared with whatever build each of the user's
 * browsers runs, so an older build can write its shape at any time, long after a newer build ran
 * its migration; a migration alone can never make a label trustworthy. When a shape changes, bump
 * `VERSION` and add a migration, and keep the repair accepting every older shape (and, for the
 * site rules, a mix of them).
 */

import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_LANGUAGE, type GlossaryLanguage, repairGlossaryLanguage } from '../lib/languages';

export type UiLanguageSetting = 'auto' | 'en' | 'zh' | 'ar';
export const UI_LANGUAGES: readonly UiLanguageSetting[] = ['auto', 'en', 'zh', 'ar'];

export type HighlightMode = 'all' | 'first';
/** The key that must be held for a card to open on hover; `none` opens it on any hover. */
export type CardModifier = 'none' | 'Alt' | 'Control' | 'Shift';
export const CARD_MODIFIERS: readonly CardModifier[] = ['none', 'Alt', 'Control', 'Shift'];
/** Milliseconds the pointer rests on a term before its card opens. */
export const HOVER_DELAY = { min: 0, max: 1000, fallback: 150 } as const;
/** The card's text size, in percent of its normal size. */
export const CARD_TEXT_SIZE = { min: 90, max: 150, fallback: 100 } as const;
export type SiteRule = 'on' | 'off';
export type SiteRules = Record<string, SiteRule>;

export interface Setting<T> {
  /** WXT's item, for writing (defined on first use: defining one makes WXT read it at once). */
  readonly item: WxtStorageItem<T, Record<string, unknown>>;
  /** The key in `storage.sync`, without the area (`glossaryLanguage`): each control is found by it. */
  key: string;
  /** What the setting reads as when nothing valid is stored. */
  fallback: T;
  /** A stored value as this build uses it: never throws, never returns a value of the wrong shape. */
  repair(raw: unknown): T;
  /** The stored value, repaired. */
  read(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the repaired value on every change, from any surface; returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

/** The shape version this build reads and writes (WXT's metadata `v`). */
const VERSION = 1;

/** Every stored setting, in definition order: `defineSetting` adds each one. */
export const SETTINGS: readonly Setting<unknown>[] = [];

/**
 * Reads and watches go to `storage.sync` directly, the way WXT's item would for an item without
 * migrations (the stored value or the fallback; a change that leaves the value equal is no
 * change), so that the annotator, which reads eight settings on every Arabic page, makes one
 * storage call for all of them (`readSettings`) and adds one listener (`watchSettings`). A WXT
 * item is defined only to write: defining one starts a read of it at once, which made every
 * annotator read each setting twice.
 */
function defineSetting<T>(key: `sync:${string}`, fallback: T, repair: (raw: unknown) => T): Setting<T> {
  let item: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const setting: Setting<T> = {
    get item() {
      item ??= storage.defineItem<T>(key, { fallback, version: VERSION });
      return item;
    },
    key: key.slice('sync:'.length),
    fallback,
    repair,
    read: async () => (await readSettings([setting]))[0],
    set: (value) => setting.item.setValue(value),
    watch: (callback) => watchSettings([onChange(setting, callback)]),
  };
  (SETTINGS as Setting<unknown>[]).push(setting as Setting<unknown>);
  return setting;
}

/** What a setting's repair makes of what is stored, for a list of settings. */
type Values<T extends ReadonlyArray<Pick<Setting<unknown>, 'repair'>>> = {
  -readonly [K in keyof T]: ReturnType<T[K]['repair']>;
};

/** Several settings with one storage call, each repaired; all defaults if storage is unavailable. */
export async function readSettings<
  const T extends ReadonlyArray<Pick<Setting<unknown>, 'key' | 'fallback' | 'repair'>>,
>(settings: T): Promise<Values<T>> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.sync.get(settings.map((s) => s.key));
  } catch {
    // Storage unavailable: fresh defaults (never the shared `fallback`, which a caller may mutate).
    return settings.map((s) => s.repair(null)) as Values<T>;
  }
  return settings.map((s) => s.repair(stored[s.key] ?? s.fallback)) as Values<T>;
}

/** A setting and what to do with its repaired value when it changes (see `watchSettings`). */
export interface SettingWatch {
  key: string;
  apply(raw: unknown): void;
}

export const onChange = <T>(setting: Setting<T>, callback: (value: T) => void): SettingWatch => ({
  key: setting.key,
  apply: (raw) => callback(setting.repair(raw ?? setting.fallback)),
});

/** Equal stored values (they are JSON): a write that changes nothing calls nobody back. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** One storage listener for several settings; returns the unwatch. */
export function watchSettings(watches: readonly SettingWatch[]): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    for (const w of watches) {
      const change = changes[w.key];
      if (change && !same(change.newValue, change.oldValue)) w.apply(change.newValue ?? null);
    }
  };
  try {
    browser.storage.sync.onChanged.addListener(listener);
    return () => browser.storage.sync.onChanged.removeListener(listener);
  } catch {
    return () => {}; // no storage area to watch (sync switched off): nothing will change
  }
}

const oneOf =
  <T>(values: readonly T[], fallback: T) =>
  (raw: unknown): T =>
    values.includes(raw as T) ? (raw as T) : fallback;

/**
 * A whole number within bounds: a number outside them is clamped (a newer build may allow more),
 * anything that is not a finite number (a string, `null`, an object) reads as the fallback.
 */
const boundedInteger =
  ({ min, max, fallback }: { min: number; max: number; fallback: number }) =>
  (raw: unknown): number =>
    typeof raw === 'number' && Number.isFinite(raw) ? Math.min(max, Math.max(min, Math.round(raw))) : fallback;

export const repairHoverDelay = boundedInteger(HOVER_DELAY);
export const repairCardTextSize = boundedInteger(CARD_TEXT_SIZE);

/** Hostnames are lower-case ASCII (punycode) without port: anything else is not a rule of ours. */
const HOST = /^[a-z0-9.-]{1,253}$/;

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/**
 * The valid rules of a stored value. The result has no prototype, so a site named after an
 * `Object.prototype` property (`constructor`) has no rule unless one is stored.
 */
export function repairSiteRules(raw: unknown): SiteRules {
  const rules: SiteRules = Object.create(null);
  if (!isRecord(raw)) return rules;
  for (const [host, rule] of Object.entries(raw)) {
    if (HOST.test(host) && (rule === 'on' || rule === 'off')) rules[host] = rule;
  }
  return rules;
}

/**
 * The language names and explanations are shown in: one the packs carry, or `both`. Any language
 * code is kept (a browser with a pack this one lacks may have chosen it); each surface shows a
 * language no pack here carries as the glossary's first (`shownLanguages`).
 */
export const glossaryLanguage = defineSetting<GlossaryLanguage>(
  'sync:glossaryLanguage',
  DEFAULT_LANGUAGE,
  repairGlossaryLanguage,
);
/** The language of Rafiq's own interface; `auto` follows the browser. */
export const uiLanguageSetting = defineSetting<UiLanguageSetting>(
  'sync:uiLanguage',
  'auto',
  oneOf(UI_LANGUAGES, 'auto'),
);
/**
 * Highlight every mention, or only the first mention of each entity. The first, by default: a
 * 1,000-word summit article names about 40 entities some 150 times, and every mention painted
 * colours one word in seven, which reads as noise, and makes every frame the page draws cost more.
 * Marked once, each entity stands out where the reader first meets it; its later mentions stay
 * plain but still open the card on hover, tap or the keyboard, and the panel counts them all.
 */
export const highlightMode = defineSetting<HighlightMode>(
  'sync:highlightMode',
  'first',
  oneOf(['all', 'first'], 'first'),
);
/** How long the pointer rests on a term before its card opens (ms). */
export const hoverDelay = defineSetting<number>('sync:hoverDelay', HOVER_DELAY.fallback, repairHoverDelay);
/** Cards open only while this key is held (`none`: on every hover), for readers who hover a lot. */
export const cardModifier = defineSetting<CardModifier>('sync:cardModifier', 'none', oneOf(CARD_MODIFIERS, 'none'));
/** The card's text size (percent). */
export const cardTextSize = defineSetting<number>('sync:cardTextSize', CARD_TEXT_SIZE.fallback, repairCardTextSize);
/** Rafiq paused everywhere. */
export const paused = defineSetting<boolean>('sync:paused', false, (raw) => raw === true);
/**
 * A developer switch, never shown to readers: readable highlight names (`rafiq-person`) and an
 * open shadow root for the card, so tests and devtools can look inside. Off, the names are random
 * and the root closed, so a site cannot tell that Rafiq runs. Only an extension page can set it.
 */
export const inspectable = defineSetting<boolean>('sync:inspectable', false, (raw) => raw === true);
/**
 * The glossary packs the reader switched off, by id. Stored as what is off, so a pack a later
 * version bundles is on until the reader says otherwise. Ids this build does not bundle are kept
 * (a newer build's packs, or the reader's own on another browser); anything that is not a pack id
 * is dropped.
 */
export function repairPackIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is string => typeof id === 'string' && PACK_ID.test(id));
  return [...new Set(ids)].slice(0, 64);
}
const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const disabledPacks = defineSetting<string[]>('sync:disabledPacks', [], repairPackIds);
/** Per-site choices: `on` highlights even off-topic Arabic pages of the site, `off` never runs there. */
export const siteRules = defineSetting<SiteRules>('sync:siteRules', {}, repairSiteRules);

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
 * that has not loaded the rules yet must not write its empty copy over them. If the stored rules
 * cannot be read, nothing is written. Entries this build does not understand are dropped as
 * corruption, unless a newer build labelled the value (`v` above ours): then they are its rules,
 * kept as they are; a newer value that is not an object at all cannot be merged into, and is not
 * overwritten (the call rejects).
 */
export async function setSiteRule(site: string, rule: SiteRule | null): Promise<void> {
  if (!HOST.test(site)) return; // a rule `read` would drop: never written
  const [raw, meta] = await Promise.all([siteRules.item.getValue(), siteRules.item.getMeta()]);
  const newer = typeof meta.v === 'number' && meta.v > VERSION;
  if (newer && !isRecord(raw)) throw new Error(`Site rules stored by a newer Rafiq (v${meta.v}) cannot be merged`);
  const rules: SiteRules = newer ? Object.assign(Object.create(null), raw) : repairSiteRules(raw);
  if (rule) rules[site] = rule;
  else delete rules[site];
  await siteRules.set(rules);
}
