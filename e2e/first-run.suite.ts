/**
 * The first run, in each browser, against the built extension: the icons the manifest declares,
 * the welcome tab opened on install, the welcome page in each interface language, the options page.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import arCard from '../locales/ar/card.json';
import arOptions from '../locales/ar/options.json';
import arWelcome from '../locales/ar/welcome.json';
import enCard from '../locales/en/card.json';
import enOptions from '../locales/en/options.json';
import enWelcome from '../locales/en/welcome.json';
import zhCard from '../locales/zh/card.json';
import zhOptions from '../locales/zh/options.json';
import zhWelcome from '../locales/zh/welcome.json';
import { screenshotOnFailure } from './artifacts';
import { CHROME_EXTENSION, FIREFOX_EXTENSION } from './browsers';
import type { BrowserDriver, PageDriver } from './driver';
import { useHarness } from './harness';

const ICON_SIZES = ['16', '32', '48', '96', '128'];
const TYPES = ['person', 'country', 'place', 'organization', 'event', 'document', 'initiative', 'project', 'user'];
const LANGUAGES = {
  en: { welcome: enWelcome, card: enCard, options: enOptions },
  zh: { welcome: zhWelcome, card: zhCard, options: zhOptions },
  ar: { welcome: arWelcome, card: arCard, options: arOptions },
} as const;

/** The extension APIs these tests call inside extension pages (beyond e2e/globals.d.ts). */
interface Api {
  storage: {
    sync: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
  runtime: { getManifest(): Record<string, unknown>; getURL(path: string): string };
  extension: { getViews(filter?: { type?: string }): Window[] };
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Run in an extension page: the sync storage as it is now. */
const storedSync = () => {
  const api = (typeof browser !== 'undefined' ? browser : chrome) as unknown as Api;
  return api.storage.sync.get(null);
};

/** Run in an extension page: sets (or, with null, removes) the interface language. */
const setUiLanguage = (language: string | null) => {
  const api = (typeof browser !== 'undefined' ? browser : chrome) as unknown as Api;
  return language ? api.storage.sync.set({ uiLanguage: language }) : api.storage.sync.remove('uiLanguage');
};

/** Run in the welcome page: what it shows. */
const readWelcome = () => ({
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  direction: getComputedStyle(document.querySelector('main') as Element).direction,
  title: document.title,
  h1: document.querySelector('h1')?.textContent ?? '',
  headings: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
  legend: [...document.querySelectorAll('.rafiq-legend li')].map((li) => ({
    type: li.getAttribute('data-type'),
    name: li.textContent ?? '',
    wash: getComputedStyle(li.querySelector('.rafiq-swatch') as Element).backgroundColor,
  })),
  commands: Object.fromEntries(
    [...document.querySelectorAll('[data-command]')].map((row) => [
      row.getAttribute('data-command'),
      {
        label: row.querySelector('th')?.textContent ?? '',
        keys: [...row.querySelectorAll('kbd')].map((k) => k.textContent),
      },
    ]),
  ),
  optionsButton: document.querySelector('[data-action="options"]')?.textContent ?? '',
  privacy: document.querySelector('[aria-labelledby="privacy"]')?.textContent ?? '',
});

interface Control {
  tag: string;
  type: string;
  value: string;
  min: string | null;
  max: string | null;
  options: string[];
  label: string;
  group: string | null;
  output: string | null;
}

/** Run in the options page: every control, how it is labelled and grouped, and its value. */
const readOptions = () => ({
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  h1: document.querySelector('h1')?.textContent ?? '',
  controls: Object.fromEntries(
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-setting]')].map(
      (c): [string, Control] => [
        c.getAttribute('data-setting') ?? '',
        {
          tag: c.tagName.toLowerCase(),
          type: c.type,
          value: c.value,
          min: c.getAttribute('min'),
          max: c.getAttribute('max'),
          options: c instanceof HTMLSelectElement ? [...c.options].map((o) => o.value) : [],
          label: [...(c.labels ?? [])].map((l) => l.textContent).join(' '),
          group: c.closest('fieldset')?.querySelector('legend')?.textContent ?? null,
          output: document.querySelector(`output[data-value="${c.getAttribute('data-setting')}"]`)?.textContent ?? null,
        },
      ],
    ),
  ),
  sites: [...document.querySelectorAll('[data-site]')].map((li) => ({
    site: li.getAttribute('data-site'),
    text: li.textContent ?? '',
    button: li.querySelector('button')?.getAttribute('aria-label') ?? '',
  })),
  empty: document.querySelector('[data-empty="sites"]')?.textContent ?? null,
  focused: document.activeElement?.closest('[data-site]')?.getAttribute('data-site') ?? document.activeElement?.id,
});

export function firstRunSuite(launch: () => Promise<BrowserDriver>) {
  const h = useHarness(launch);

  /** The open extension tabs showing `path` (e.g. `/welcome.html`), as the extension sees them. */
  const tabsShowing = (path: string) =>
    h.inExtension((p) => {
      const api = (typeof browser !== 'undefined' ? browser : chrome) as unknown as Api;
      return api.extension
        .getViews({ type: 'tab' })
        .filter((view) => view.location.pathname === p)
        .map((view) => ({ h1: view.document.querySelector('h1')?.textContent ?? null }));
    }, path);

  const open = async (path: string, ready: () => boolean): Promise<PageDriver> => {
    const page = await h.driver.openExtensionPage(path, ready);
    screenshotOnFailure(`${h.driver.name}-first-run-${Date.now()}`, (file) => page.screenshot(file));
    return page;
  };

  describe('first run', () => {
    it('opens the welcome page in a tab of its own on install, once', async () => {
      // Installing happened when the browser started: the tab may still be loading, so wait for it.
      await expect
        .poll(() => tabsShowing('/welcome.html'), { timeout: 15_000, interval: 100 })
        .toEqual([{ h1: expect.stringMatching(/\S/) }]);
    });

    it('declares icons of every size, each a PNG of that size that the browser draws', async () => {
      const folder = h.driver.name === 'chromium' ? CHROME_EXTENSION : FIREFOX_EXTENSION;
      const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as {
        icons?: Record<string, string>;
        action?: { default_icon?: Record<string, string>; theme_icons?: Array<Record<string, string | number>> };
      };
      expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
      expect(manifest.action?.default_icon).toEqual(manifest.icons);
      // The manifest the browser loaded has them too (Firefox gives them as full moz-extension: URLs).
      const loaded = await h.inExtension(() => {
        const api = (typeof browser !== 'undefined' ? browser : chrome) as unknown as Api;
        return Object.keys((api.runtime.getManifest() as { icons?: object }).icons ?? {});
      }, null);
      expect(loaded.sort()).toEqual([...ICON_SIZES].sort());
      const files: Array<[string, number]> = Object.entries(manifest.icons ?? {}).map(([size, file]) => [
        file,
        Number(size),
      ]);
      // Firefox: a light variant for dark toolbars beside each toolbar size; Chrome has no theme icons.
      if (h.driver.name === 'firefox') {
        const themed = manifest.action?.theme_icons ?? [];
        expect(themed.map((icon) => icon.size)).toEqual([16, 32]);
        for (const icon of themed) {
          expect(icon.dark).toBe(manifest.icons?.[String(icon.size)]);
          expect(icon.light).not.toBe(icon.dark);
          files.push([String(icon.light), Number(icon.size)]);
        }
      } else {
        expect(manifest.action?.theme_icons).toBeUndefined();
      }
      for (const [file, size] of files) {
        expect(pngSize(await readFile(join(folder, file))), file).toEqual({ width: size, height: size });
        const drawn = await h.inExtension(async (src) => {
          const image = new Image();
          image.src = `/${src}`;
          await image.decode();
          return { width: image.naturalWidth, height: image.naturalHeight };
        }, file);
        expect(drawn, `${file} as the browser decodes it`).toEqual({ width: size, height: size });
      }
    });

    it('shows the welcome page in English, Chinese and Arabic (right to left), with the legend and the shortcuts', async () => {
      const page = await open('welcome.html', () => !!document.querySelector('[data-command]'));
      for (const [language, strings] of Object.entries(LANGUAGES)) {
        await page.evaluate(setUiLanguage, language);
        await expect
          .poll(() => page.evaluate(readWelcome), { timeout: 10_000 })
          .toMatchObject({
            lang: language,
            h1: strings.welcome.title,
          });
        const shown = await page.evaluate(readWelcome);
        const rtl = language === 'ar';
        expect(shown.dir).toBe(rtl ? 'rtl' : 'ltr');
        expect(shown.direction).toBe(rtl ? 'rtl' : 'ltr');
        expect(shown.title).toBe(strings.welcome.title);
        expect(shown.headings).toEqual([
          strings.welcome.what.title,
          strings.welcome.legend.title,
          strings.welcome.card.title,
          strings.welcome.privacy.title,
          strings.welcome.settings.title,
        ]);
        // The eight types, in the card's words, each with its own translucent wash.
        expect(shown.legend.map((l) => l.type)).toEqual(TYPES);
        expect(shown.legend.map((l) => l.name)).toEqual(
          TYPES.map((type) => strings.card.type[type as keyof typeof strings.card.type]),
        );
        expect(new Set(shown.legend.map((l) => l.wash)).size).toBe(TYPES.length);
        for (const { wash } of shown.legend) expect(wash).toMatch(/^rgba\(.*, 0\.\d+\)$/);
        // The shortcuts as the browser assigned them, under this language's names.
        expect(shown.commands['next-entity']).toEqual({
          label: strings.welcome.shortcuts['next-entity'],
          keys: ['Alt', 'Shift', '.'],
        });
        expect(shown.commands['toggle-language']?.keys).toEqual(['Alt', 'Shift', 'L']);
        expect(shown.commands['open-panel']?.label).toBe(strings.welcome.shortcuts['open-panel']);
        expect(Object.keys(shown.commands)).not.toContain('_execute_action');
        expect(shown.privacy).toContain(strings.welcome.privacy.body);
        expect(shown.optionsButton).toBe(strings.welcome.settings.open);
      }
      await page.evaluate(setUiLanguage, null);
      await expect.poll(() => page.evaluate(readWelcome), { timeout: 10_000 }).toMatchObject({ lang: 'en' });

      // Its settings button opens the options page, in a tab of its own.
      expect(await tabsShowing('/options.html')).toEqual([]);
      await page.click('[data-action="options"]');
      await expect.poll(() => tabsShowing('/options.html'), { timeout: 10_000 }).toEqual([{ h1: enOptions.title }]);
      await page.close();
    });

    it('changes and stores every setting from the options page, removes site rules, and works in Arabic', async () => {
      await h.inExtension(setUiLanguage, null);
      await h.inExtension(
        (rules) => {
          const api = (typeof browser !== 'undefined' ? browser : chrome) as unknown as Api;
          return api.storage.sync.set({ siteRules: rules });
        },
        { 'news.example': 'on', 'blog.example': 'off', 'shop.example': 'off' },
      );
      const page = await open('options.html', () => document.querySelectorAll('[data-site]').length === 3);
      const shown = await page.evaluate(readOptions);
      expect(shown.h1).toBe(enOptions.title);
      // Every control labelled and in a group; the new settings at their defaults and bounds.
      for (const [key, control] of Object.entries(shown.controls)) {
        expect(control.label, `${key} has a label`).toMatch(/\S/);
        expect(control.group, `${key} is in a fieldset with a legend`).toMatch(/\S/);
      }
      expect(shown.controls).toMatchObject({
        glossaryLanguage: { tag: 'select', options: ['en', 'zh', 'both'], label: enOptions.glossaryLanguage.label },
        uiLanguage: { tag: 'select', value: 'auto', options: ['auto', 'en', 'zh', 'ar'] },
        highlightMode: { tag: 'select', value: 'first', options: ['first', 'all'] },
        hoverDelay: { type: 'range', value: '150', min: '0', max: '1000', output: '150 ms' },
        cardModifier: { tag: 'select', value: 'none', options: ['none', 'Alt', 'Control', 'Shift'] },
        cardTextSize: { type: 'range', value: '100', min: '90', max: '150', output: '100%' },
      });
      expect(shown.sites.map((s) => s.site)).toEqual(['blog.example', 'news.example', 'shop.example']);
      expect(shown.sites[1]?.text).toContain(enOptions.sites.on);
      expect(shown.sites[0]?.text).toContain(enOptions.sites.off);
      expect(shown.sites[0]?.button).toBe('Remove the rule for blog.example');

      // Each change is stored at once, as the value the setting holds.
      const stored = (key: string) => page.evaluate(storedSync).then((all) => all[key]);
      await page.select('[data-setting="glossaryLanguage"]', 'zh');
      await expect.poll(() => stored('glossaryLanguage')).toBe('zh');
      await page.select('[data-setting="highlightMode"]', 'all');
      await expect.poll(() => stored('highlightMode')).toBe('all');
      await page.select('[data-setting="cardModifier"]', 'Shift');
      await expect.poll(() => stored('cardModifier')).toBe('Shift');
      // The sliders with the keyboard: one step up each.
      await page.evaluate(() => (document.querySelector('[data-setting="hoverDelay"]') as HTMLElement).focus());
      await page.press('ArrowUp');
      await expect.poll(() => stored('hoverDelay')).toBe(200);
      await page.evaluate(() => (document.querySelector('[data-setting="cardTextSize"]') as HTMLElement).focus());
      await page.press('ArrowUp');
      await expect.poll(() => stored('cardTextSize')).toBe(105);
      expect((await page.evaluate(readOptions)).controls).toMatchObject({
        hoverDelay: { value: '200', output: '200 ms' },
        cardTextSize: { value: '105', output: '105%' },
      });

      // The glossary packs: a labelled checkbox each, on by default; a pack switched off is stored by id.
      const packs = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement>('input[data-pack]')].map((c) => ({
            id: c.getAttribute('data-pack'),
            checked: c.checked,
            label: [...(c.labels ?? [])].map((l) => l.textContent).join(' '),
            group: c.closest('fieldset')?.querySelector('legend')?.textContent ?? null,
            hint: document.getElementById(c.getAttribute('aria-describedby') ?? '')?.textContent ?? null,
          })),
        );
      const listed = await packs();
      expect(listed.map((p) => p.id)).toEqual(['china-central-asia', 'sco']);
      expect(listed.map((p) => p.label)).toEqual(['China–Central Asia Summit', 'SCO summits']);
      for (const pack of listed) {
        expect(pack).toMatchObject({ checked: true, group: enOptions.groups.packs });
        expect(pack.hint).toMatch(/^\d+ entries of its own · version \d{4}\.\d+\.\d+$/);
      }
      await page.click('input[data-pack="sco"]');
      await expect.poll(() => stored('disabledPacks')).toEqual(['sco']);
      expect((await packs()).map((p) => p.checked)).toEqual([true, false]);
      await page.click('input[data-pack="sco"]');
      await expect.poll(() => stored('disabledPacks')).toEqual([]);

      // Removing a rule removes only that one, and the focus moves to the next row.
      await page.click('[data-site="news.example"] button');
      await expect.poll(() => stored('siteRules')).toEqual({ 'blog.example': 'off', 'shop.example': 'off' });
      await expect
        .poll(() => page.evaluate(readOptions))
        .toMatchObject({ sites: [{ site: 'blog.example' }, { site: 'shop.example' }], focused: 'shop.example' });

      // In Arabic: right to left, in Arabic words, and the controls still work.
      await page.evaluate(setUiLanguage, 'ar');
      await expect
        .poll(() => page.evaluate(readOptions), { timeout: 10_000 })
        .toMatchObject({
          lang: 'ar',
          dir: 'rtl',
          h1: arOptions.title,
          controls: {
            hoverDelay: {
              label: arOptions.hoverDelay.label,
              output: arOptions.hoverDelay.value.replace('{{value}}', '200'),
            },
            cardModifier: { label: arOptions.cardModifier.label, value: 'Shift' },
          },
        });
      await page.select('[data-setting="glossaryLanguage"]', 'both');
      await expect.poll(() => stored('glossaryLanguage')).toBe('both');
      await page.click('[data-site="blog.example"] button');
      await page.click('[data-site="shop.example"] button');
      await expect.poll(() => stored('siteRules')).toEqual({});
      await expect
        .poll(() => page.evaluate(readOptions))
        .toMatchObject({ sites: [], empty: arOptions.sites.none, focused: 'sites' });
      // The other settings kept what was chosen.
      expect(await page.evaluate(storedSync)).toMatchObject({
        glossaryLanguage: 'both',
        highlightMode: 'all',
        cardModifier: 'Shift',
        hoverDelay: 200,
        cardTextSize: 105,
        uiLanguage: 'ar',
      });
      // Back to the defaults, for whatever runs next in this browser.
      await page.evaluate(() => {
        const api = (typeof browser !== 'undefined' ? browser : chrome) as unknown as Api;
        return api.storage.sync.remove([
          'glossaryLanguage',
          'highlightMode',
          'cardModifier',
          'hoverDelay',
          'cardTextSize',
          'uiLanguage',
        ]);
      });
      await page.close();
    });
  });
}
