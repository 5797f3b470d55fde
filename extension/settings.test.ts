import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { decidePaint, mayRun } from './policy';
import * as settingsModule from './settings';
import {
  CARD_MODIFIERS,
  CARD_TEXT_SIZE,
  cardModifier,
  cardTextSize,
  disabledPacks,
  glossaryLanguage,
  HOVER_DELAY,
  highlightMode,
  hoverDelay,
  inspectable,
  onChange,
  paused,
  readSettings,
  repairCardTextSize,
  repairHoverDelay,
  repairPackIds,
  repairSiteRules,
  SETTINGS,
  type Setting,
  setSiteRule,
  siteOf,
  siteRules,
  UI_LANGUAGES,
  uiLanguageSetting,
  watchSettings,
} from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('default when nothing is stored', async () => {
    expect(await glossaryLanguage.read()).toBe('en');
    expect(await uiLanguageSetting.read()).toBe('auto');
    expect(await highlightMode.read()).toBe('first');
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
    expect(await highlightMode.read()).toBe('first');
    expect(await paused.read()).toBe(false);
    expect(await fakeBrowser.storage.sync.get('other')).toEqual({ other: 1 });
  });

  it('default the card settings when nothing is stored: 150 ms, any hover, normal size', async () => {
    expect(await hoverDelay.read()).toBe(150);
    expect(await cardModifier.read()).toBe('none');
    expect(await cardTextSize.read()).toBe(100);
  });

  it.each([
    [0, 0],
    [150, 150],
    [1000, 1000],
    [212.4, 212],
    [212.5, 213],
    [-1, 0],
    [-0, 0],
    [1001, 1000],
    [Number.MAX_VALUE, 1000],
    [Number.NEGATIVE_INFINITY, 150],
    [Number.NaN, 150],
    ['300', 150],
    [null, 150],
    [undefined, 150],
    [true, 150],
    [[300], 150],
    [{ ms: 300 }, 150],
  ])('hover delay %j reads as %j ms', (raw, expected) => expect(repairHoverDelay(raw)).toBe(expected));

  it.each([
    [90, 90],
    [100, 100],
    [150, 150],
    [117.6, 118],
    [89, 90],
    [0, 90],
    [-100, 90],
    [151, 150],
    [1000, 150],
    [Number.POSITIVE_INFINITY, 100],
    ['120', 100],
    ['large', 100],
    [null, 100],
    [false, 100],
    [{ percent: 120 }, 100],
  ])('card text size %j reads as %j %', (raw, expected) => expect(repairCardTextSize(raw)).toBe(expected));

  it.each([
    [['sco'], ['sco']],
    [
      ['sco', 'sco', 'china-central-asia'],
      ['sco', 'china-central-asia'],
    ],
    [['a-newer-pack'], ['a-newer-pack']],
    [['SCO', 'bad id', '', 7, null, { id: 'sco' }, 'sco'], ['sco']],
    ['sco', []],
    [{ sco: true }, []],
    [null, []],
    [Array.from({ length: 100 }, (_, i) => `pack-${i}`), Array.from({ length: 64 }, (_, i) => `pack-${i}`)],
  ])('switched-off packs %j read as %j', (raw, expected) => expect(repairPackIds(raw)).toEqual(expected));

  it('keep every pack on until the reader switches one off, and remember it', async () => {
    expect(await disabledPacks.read()).toEqual([]);
    await disabledPacks.set(['sco']);
    expect(await disabledPacks.read()).toEqual(['sco']);
    await fakeBrowser.storage.sync.set({ disabledPacks: 'sco' });
    expect(await disabledPacks.read()).toEqual([]);
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

  it('read several settings with one storage call, each as its own read would', async () => {
    await fakeBrowser.storage.sync.set({ glossaryLanguage: 'zh', hoverDelay: 99_999, disabledPacks: ['sco', 7] });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const values = await readSettings([glossaryLanguage, hoverDelay, disabledPacks, highlightMode, paused]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(values).toEqual(['zh', HOVER_DELAY.max, ['sco'], 'first', false]);
    get.mockRestore();
    expect(values).toEqual(
      await Promise.all([
        glossaryLanguage.read(),
        hoverDelay.read(),
        disabledPacks.read(),
        highlightMode.read(),
        paused.read(),
      ]),
    );
  });

  it('read defaults when storage is unavailable', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    expect(await readSettings([glossaryLanguage, disabledPacks])).toEqual(['en', []]);
    vi.restoreAllMocks();
  });

  it('call several watchers from one listener: only those whose value changed, repaired, until unwatched', async () => {
    const seen: unknown[] = [];
    const add = vi.spyOn(fakeBrowser.storage.sync.onChanged, 'addListener');
    const stop = watchSettings([
      onChange(glossaryLanguage, (v) => seen.push(['language', v])),
      onChange(hoverDelay, (v) => seen.push(['delay', v])),
    ]);
    expect(add).toHaveBeenCalledTimes(1);
    add.mockRestore();
    await fakeBrowser.storage.sync.set({ glossaryLanguage: 'zh', paused: true });
    await fakeBrowser.storage.sync.set({ glossaryLanguage: 'zh' }); // the same value: no change
    await fakeBrowser.storage.sync.set({ hoverDelay: -5 });
    await fakeBrowser.storage.sync.remove('glossaryLanguage');
    await fakeBrowser.storage.local.set({ glossaryLanguage: 'zh' }); // another area
    stop();
    await fakeBrowser.storage.sync.set({ glossaryLanguage: 'ru' });
    expect(seen).toEqual([
      ['language', 'zh'],
      ['delay', HOVER_DELAY.min],
      ['language', 'en'],
    ]);
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

/*
 * Settings that cannot be lost. For every stored setting, a table of values as they can be found in
 * sync storage — corrupted, stored by an older build, stored by a newer build — and for each: the
 * read resolves to a valid value without writing anything, the other settings and the site rules
 * keep what was stored for them, watchers get the repaired value, and the user can still change
 * the setting without anything else changing. A setting without a row here fails the first test.
 */

const sync = fakeBrowser.storage.sync;
const keyOf = (setting: Setting<unknown>) => setting.key;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as found in storage: the raw value and, when present, WXT's metadata item beside it. */
interface Stored {
  label: string;
  raw: unknown;
  meta?: unknown;
  /** What `read` must give for it. */
  expected: unknown;
}

interface Spec {
  setting: Setting<unknown>;
  fallback: unknown;
  /** What the user chose before (not the default): stored while the other settings are tried. */
  chosen: unknown;
  /** Something else the user can change it to. */
  next: unknown;
  isValid(value: unknown): boolean;
  corrupted: Stored[];
  older: Stored[];
  newer: Stored[];
}

const deep = (() => {
  let v: unknown = 'on';
  for (let i = 0; i < 500; i++) v = { v: [v] };
  return v;
})();

/** Keys that pollute prototypes when a naive merge assigns them (as `JSON.parse` produces them). */
const POLLUTING = JSON.parse('{"__proto__":{"polluted":"on"},"constructor":{"prototype":{"polluted":"on"}}}');

/** Values that are wrong for every setting: each reads as the setting's default. */
const JUNK: [string, unknown][] = [
  ['nothing', null],
  ['a number', 42],
  ['zero', 0],
  ['an empty string', ''],
  ['a 1 MB string', 'x'.repeat(1_000_000)],
  ['an empty array', []],
  ['an array of plausible values', ['en', 'on', true, { 'a.example': 'on' }]],
  ['nested junk', { a: { b: [1, { c: null }] }, 'x.example': ['on'] }],
  ['500 levels of nesting', deep],
  ['prototype-polluting keys', POLLUTING],
  ['"__proto__"', '__proto__'],
  ['"constructor"', 'constructor'],
  ['"toString"', 'toString'],
  ['a wrong-case value', 'EN'],
  ['a padded value', ' on '],
];

function rows(
  fallback: unknown,
  chosen: unknown,
  extra: Stored[],
  newShape: unknown,
  newValue: unknown,
  newValueReads: unknown = fallback,
  /** What the junk reads as where it is not the default (a number setting reads 42 as a number). */
  junkReads: Record<string, unknown> = {},
) {
  return {
    corrupted: [
      ...JUNK.map(([label, raw]) => ({ label, raw, expected: label in junkReads ? junkReads[label] : fallback })),
      ...extra,
      { label: 'a good value with a corrupted label', raw: chosen, meta: 'junk', expected: chosen },
      { label: 'a good value labelled v"2" (a string)', raw: chosen, meta: { v: '2' }, expected: chosen },
      { label: 'a corrupted value labelled v1', raw: { v: 1 }, meta: { v: 1 }, expected: fallback },
    ],
    older: [
      { label: 'no metadata (stored before versioning)', raw: chosen, expected: chosen },
      { label: 'labelled v0', raw: chosen, meta: { v: 0 }, expected: chosen },
      { label: 'empty metadata', raw: chosen, meta: {}, expected: chosen },
    ],
    newer: [
      { label: 'v2, a value this build knows', raw: chosen, meta: { v: 2 }, expected: chosen },
      {
        label: 'v99 with more metadata',
        raw: chosen,
        meta: { v: 99, migratedAt: 1_700_000_000_000 },
        expected: chosen,
      },
      { label: 'v2, a new shape', raw: newShape, meta: { v: 2 }, expected: fallback },
      { label: 'v99, a new value', raw: newValue, meta: { v: 99 }, expected: newValueReads },
    ],
  };
}

const oneOf = (values: readonly unknown[]) => (v: unknown) => values.includes(v);
const HOST = /^[a-z0-9.-]{1,253}$/;
const validRules = (v: unknown) =>
  isRecord(v) && Object.entries(v).every(([host, rule]) => HOST.test(host) && (rule === 'on' || rule === 'off'));

const CHOSEN_RULES = { 'news.example': 'off', 'blog.example': 'on' };

const within =
  ({ min, max }: { min: number; max: number }) =>
  (v: unknown) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** A switch, off unless stored as `true`: only the boolean true turns it on, whatever a newer build wrote. */
function onOffSpec(setting: Setting<unknown>, newerShape: unknown, newerWord: string) {
  return {
    setting,
    fallback: false,
    chosen: true,
    next: false,
    isValid: (v: unknown) => typeof v === 'boolean',
    ...rows(
      false,
      true,
      [
        { label: 'the string "true"', raw: 'true', expected: false },
        { label: 'the number 1', raw: 1, expected: false },
        { label: 'an object holding true', raw: { on: true }, expected: false },
      ],
      newerShape,
      newerWord,
    ),
  };
}

const SPECS: Spec[] = [
  {
    setting: glossaryLanguage as Setting<unknown>,
    fallback: 'en',
    chosen: 'zh',
    next: 'both',
    // Any language code: a pack another browser has may carry it (shown here as the first language).
    isValid: (v) => v === 'both' || (typeof v === 'string' && /^[a-z]{2,3}$/.test(v)),
    ...rows(
      'en',
      'zh',
      [
        { label: 'an object holding a good value', raw: { language: 'zh' }, expected: 'en' },
        { label: 'a language only another pack carries', raw: 'ru', expected: 'ru' },
        { label: 'a whole locale, not a language code', raw: 'zh-Hans-CN', expected: 'en' },
      ],
      {
        names: 'zh',
        explanations: 'en',
      },
      'kk',
      'kk',
    ),
  },
  {
    setting: uiLanguageSetting as Setting<unknown>,
    fallback: 'auto',
    chosen: 'ar',
    next: 'zh',
    isValid: oneOf(UI_LANGUAGES),
    ...rows(
      'auto',
      'ar',
      [{ label: 'a locale tag', raw: 'ar-EG', expected: 'auto' }],
      { language: 'ar', region: 'EG' },
      'fr',
    ),
  },
  {
    setting: highlightMode as Setting<unknown>,
    fallback: 'first',
    chosen: 'all',
    next: 'first',
    isValid: oneOf(['all', 'first']),
    ...rows(
      'first',
      'all',
      [{ label: 'a boolean', raw: true, expected: 'first' }],
      { mode: 'all', per: 'paragraph' },
      'none',
    ),
  },
  {
    setting: hoverDelay as Setting<unknown>,
    fallback: 150,
    chosen: 400,
    next: 700,
    isValid: within(HOVER_DELAY),
    ...rows(
      150,
      400,
      [
        { label: 'a negative delay', raw: -20, expected: 0 },
        { label: 'a delay above the maximum', raw: 60_000, expected: 1000 },
        { label: 'a fraction of a millisecond', raw: 249.5, expected: 250 },
        { label: 'a numeric string', raw: '400', expected: 150 },
        { label: 'a boolean', raw: true, expected: 150 },
        { label: 'an object holding a delay', raw: { ms: 400 }, expected: 150 },
      ],
      { open: 400, close: 300 },
      // A newer build that allows longer delays: the longest this build allows.
      2500,
      1000,
      { 'a number': 42, zero: 0 },
    ),
  },
  {
    setting: cardModifier as Setting<unknown>,
    fallback: 'none',
    chosen: 'Alt',
    next: 'Shift',
    isValid: oneOf(CARD_MODIFIERS),
    ...rows(
      'none',
      'Alt',
      [
        { label: 'a lower-case key name', raw: 'alt', expected: 'none' },
        { label: 'a key code', raw: 18, expected: 'none' },
        { label: 'an object holding a key', raw: { key: 'Alt' }, expected: 'none' },
      ],
      ['Alt', 'Shift'],
      'Meta',
    ),
  },
  {
    setting: cardTextSize as Setting<unknown>,
    fallback: 100,
    chosen: 130,
    next: 115,
    isValid: within(CARD_TEXT_SIZE),
    ...rows(
      100,
      130,
      [
        { label: 'a size above the maximum', raw: 400, expected: 150 },
        { label: 'a fraction of a percent', raw: 104.2, expected: 104 },
        { label: 'a percentage as text', raw: '120%', expected: 100 },
        { label: 'a named size', raw: 'large', expected: 100 },
      ],
      { percent: 120, lineHeight: 1.6 },
      // A newer build that allows larger text: the largest this build allows.
      200,
      150,
      // Numbers below the minimum are the smallest size, not the default.
      { 'a number': 90, zero: 90 },
    ),
  },
  {
    setting: disabledPacks as Setting<unknown>,
    fallback: [],
    chosen: ['sco'],
    next: ['sco', 'china-central-asia'],
    isValid: (v: unknown) =>
      Array.isArray(v) && v.every((id) => typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)),
    ...rows(
      [],
      ['sco'],
      [
        { label: 'ids with bad ones among them', raw: ['sco', 'Bad Id', 3, null, 'sco'], expected: ['sco'] },
        { label: 'a single id, not in a list', raw: 'sco', expected: [] },
      ],
      { sco: false, 'china-central-asia': true },
      // A newer build's pack ids are kept: this build shows nothing for them and loses nothing.
      ['sco', 'user-terms'],
      ['sco', 'user-terms'],
      // Strings shaped like pack ids in the junk are kept as ids (they switch off nothing).
      { 'an array of plausible values': ['en', 'on'], '"constructor"': [], '"toString"': [] },
    ),
  },
  onOffSpec(paused as Setting<unknown>, { until: 1_700_000_000_000 }, 'until-restart'),
  onOffSpec(inspectable as Setting<unknown>, { open: true }, 'open'),
  {
    setting: siteRules as Setting<unknown>,
    fallback: {},
    chosen: CHOSEN_RULES,
    next: { 'shop.example': 'off' },
    isValid: validRules,
    ...rows(
      {},
      CHOSEN_RULES,
      [
        {
          label: 'good rules among bad ones',
          raw: {
            'good.example': 'on',
            'Bad.Example': 'on',
            'bad host': 'off',
            'x.example': 'sometimes',
            'y.example': 'off',
            'z.example': null,
            'nested.example': { rule: 'on' },
            [`${'z'.repeat(300)}.example`]: 'on',
            'huge.example': 'x'.repeat(100_000),
            ...POLLUTING,
          },
          expected: { 'good.example': 'on', 'y.example': 'off' },
        },
        { label: 'a rule for the site "constructor"', raw: { constructor: 'off' }, expected: { constructor: 'off' } },
      ],
      [{ host: 'news.example', rule: 'off' }],
      { 'news.example': 'off', 'blog.example': { rule: 'on', scope: 'subdomains' }, '*.wiki.example': 'on' },
      { 'news.example': 'off' },
    ),
  },
];

const UNRELATED = { notOurs: ['kept'] };

/** Stores every other setting's chosen value, an unrelated key, and `stored` for the setting. */
async function seed(spec: Spec, stored: Omit<Stored, 'expected'>): Promise<Record<string, unknown>> {
  const key = keyOf(spec.setting);
  const data: Record<string, unknown> = { unrelated: UNRELATED };
  for (const other of SPECS) if (other !== spec) data[keyOf(other.setting)] = other.chosen;
  if (stored.raw != null) data[key] = stored.raw;
  if ('meta' in stored) data[`${key}$`] = stored.meta;
  await sync.set(data);
  return structuredClone(await sync.get());
}

const isNewer = (meta: unknown) => isRecord(meta) && typeof meta.v === 'number' && meta.v > 1;

describe('settings that cannot be lost', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('cover every stored setting', () => {
    const exported = (Object.values(settingsModule) as unknown[]).filter(
      (v): v is Setting<unknown> => isRecord(v) && 'item' in v && typeof v.read === 'function',
    );
    expect(exported.length).toBeGreaterThan(0);
    for (const setting of exported) expect(SETTINGS).toContain(setting);
    expect(SPECS.map((s) => keyOf(s.setting)).sort()).toEqual(SETTINGS.map(keyOf).sort());
    expect(new Set(SETTINGS.map(keyOf)).size).toBe(SETTINGS.length);
    for (const spec of SPECS) {
      expect(spec.isValid(spec.fallback) && spec.isValid(spec.chosen) && spec.isValid(spec.next)).toBe(true);
      expect([spec.corrupted.length, spec.older.length, spec.newer.length]).not.toContain(0);
      expect(spec.chosen).not.toEqual(spec.next);
      for (const row of [...spec.corrupted, ...spec.older, ...spec.newer]) expect(row.raw).not.toEqual(spec.next);
    }
  });

  describe.each(SPECS.map((spec) => [keyOf(spec.setting), spec] as const))('%s', (key, spec) => {
    const table = [
      ...spec.corrupted.map((s) => ['corrupted', s] as const),
      ...spec.older.map((s) => ['older', s] as const),
      ...spec.newer.map((s) => ['newer', s] as const),
    ].map(([kind, s]) => [`${kind}: ${s.label}`, s] as const);

    it.each(table)('%s: reads a valid value, writes nothing, keeps the others', async (_, stored) => {
      const before = await seed(spec, stored);
      const value = await spec.setting.read();
      expect(value).toEqual(stored.expected);
      expect(spec.isValid(value)).toBe(true);
      expect(await sync.get()).toEqual(before);
      for (const other of SPECS) if (other !== spec) expect(await other.setting.read()).toEqual(other.chosen);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it.each(table)('%s: watchers get the repaired value', async (_, stored) => {
      await seed(spec, { label: '', raw: spec.next });
      const seen: unknown[] = [];
      const seenByOthers: unknown[] = [];
      const stops = [
        spec.setting.watch((v) => seen.push(v)),
        ...SPECS.filter((o) => o !== spec).map((o) => o.setting.watch((v) => seenByOthers.push(v))),
      ];
      await sync.set({ [key]: stored.raw, ...('meta' in stored ? { [`${key}$`]: stored.meta } : {}) });
      await sync.remove(key);
      for (const stop of stops) stop();
      // From the user's earlier choice to the stored value (for nothing, a removal), then removed.
      expect(seen).toEqual(stored.raw == null ? [stored.expected] : [stored.expected, spec.fallback]);
      for (const v of seen) expect(spec.isValid(v)).toBe(true);
      expect(seenByOthers).toEqual([]);
    });

    it.each(table)('%s: the user can still change it, and nothing else changes', async (_, stored) => {
      const before = await seed(spec, stored);
      for (const value of [spec.next, spec.chosen]) {
        await spec.setting.set(value);
        expect(await spec.setting.read()).toEqual(value);
      }
      // Only the value itself changed: the other settings, the site rules, the metadata (a newer
      // build's label included) and keys that are not ours are as they were.
      expect(await sync.get()).toEqual({ ...before, [key]: spec.chosen });
    });

    if (spec.setting === (siteRules as Setting<unknown>)) {
      it.each(table)('%s: setSiteRule keeps every rule it can', async (_, stored) => {
        const before = await seed(spec, stored);
        if (isNewer(stored.meta) && stored.raw != null && !isRecord(stored.raw)) {
          // A newer shape this build cannot merge into: the call fails, and nothing is overwritten.
          await expect(setSiteRule('new.example', 'on')).rejects.toThrow(/newer/);
          expect(await sync.get()).toEqual(before);
          return;
        }
        await setSiteRule('new.example', 'on');
        expect(await siteRules.read()).toEqual({ ...(stored.expected as object), 'new.example': 'on' });
        // Entries of a newer build are its rules and stay as they are; bad entries of ours are dropped.
        const kept = isNewer(stored.meta) && isRecord(stored.raw) ? stored.raw : (stored.expected as object);
        expect(await sync.get()).toEqual({ ...before, siteRules: { ...kept, 'new.example': 'on' } });
        await setSiteRule('new.example', null);
        expect(await siteRules.read()).toEqual(stored.expected);
        expect(await sync.get()).toEqual({ ...before, siteRules: { ...kept } });
      });
    }
  });

  it('read the defaults when sync storage fails, and then merge no site rule over the stored ones', async () => {
    await sync.set({ siteRules: { 'a.example': 'off' }, paused: true });
    vi.spyOn(sync, 'get').mockRejectedValue(new Error('sync unavailable'));
    const set = vi.spyOn(sync, 'set');
    for (const spec of SPECS) expect(await spec.setting.read()).toEqual(spec.fallback);
    // The default handed out is a fresh one: changing it changes no later read.
    (await siteRules.read())['x.example'] = 'on';
    expect(await siteRules.read()).toEqual({});
    await expect(setSiteRule('b.example', 'on')).rejects.toThrow('sync unavailable');
    expect(set).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(await siteRules.read()).toEqual({ 'a.example': 'off' });
    expect(await paused.read()).toBe(true);
  });

  it('read the defaults, and watch without throwing, when there is no sync area at all', async () => {
    const area = fakeBrowser.storage as { sync: unknown };
    const saved = area.sync;
    area.sync = undefined;
    try {
      for (const spec of SPECS) {
        expect(await spec.setting.read()).toEqual(spec.fallback);
        const stop = spec.setting.watch(() => {});
        expect(stop).not.toThrow();
        await expect(spec.setting.set(spec.chosen)).rejects.toThrow();
      }
    } finally {
      area.sync = saved;
    }
  });

  it('a per-item quota: junk in the site rules does not block a new rule, and a refused write loses nothing', async () => {
    await sync.set({ siteRules: { 'a.example': 'on', 'junk.example': 'x'.repeat(9000) }, glossaryLanguage: 'zh' });
    const realSet = sync.set.bind(sync);
    vi.spyOn(sync, 'set').mockImplementation(async (items) => {
      for (const [k, v] of Object.entries(items)) {
        if (k.length + JSON.stringify(v).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      await realSet(items);
    });
    await setSiteRule('b.example', 'off');
    expect(await sync.get('siteRules')).toEqual({ siteRules: { 'a.example': 'on', 'b.example': 'off' } });
    const tooMany = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`site${i}.example`, 'on' as const]));
    await expect(siteRules.set(tooMany)).rejects.toThrow(/quota/);
    expect(await siteRules.read()).toEqual({ 'a.example': 'on', 'b.example': 'off' });
    expect(await glossaryLanguage.read()).toBe('zh');
  });

  it('no rule for a site named after an Object.prototype property, and no rule that read would drop', async () => {
    await sync.set({ siteRules: { 'a.example': 'on', ...POLLUTING } });
    const rules = await siteRules.read();
    expect(Object.keys(rules)).toEqual(['a.example']);
    expect(rules.constructor).toBeUndefined();
    expect(Object.getOwnPropertyNames(rules)).toEqual(['a.example']);
    const before = structuredClone(await sync.get());
    await setSiteRule('__proto__', 'on');
    await setSiteRule('Not A Host', 'off');
    expect(await sync.get()).toEqual(before);
    await setSiteRule('constructor', 'off');
    expect(await siteRules.read()).toEqual({ 'a.example': 'on', constructor: 'off' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still read a newer value if migrations are added (WXT logs a version downgrade, never rejects)', async () => {
    // What WXT does once an item has migrations, which ours will when a shape changes.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await sync.set({ probe: 'zh', probe$: { v: 3 } });
    const item = storage.defineItem<string>('sync:probe', { fallback: 'en', version: 2, migrations: { 2: (v) => v } });
    expect(await item.getValue()).toBe('zh');
    expect(String(errors.mock.calls[0]?.[1])).toMatch(/Version downgrade detected \(v3 -> v2\)/);
    await item.setValue('both');
    expect(await sync.get()).toEqual({ probe: 'both', probe$: { v: 3 } });
  });
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
