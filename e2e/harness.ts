/** What every e2e suite needs: a browser with the built extension, the fixture server, helpers. */
import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, beforeAll, expect } from 'vitest';
import { screenshotOnFailure } from './artifacts';
import type { BrowserDriver, PageDriver } from './driver';
import { SAMPLE } from './expectations';
import { cardButton, pointOf, readCard, revealText } from './page-checks';
import { FOLDERS, type StaticServer, serveFolders } from './server';

export const hasHighlights = () => [...CSS.highlights.keys()].some((k) => k.startsWith('rafiq-'));
export const noHighlights = () => ![...CSS.highlights.keys()].some((k) => k.startsWith('rafiq-'));
export const cardReady = () => {
  const card = [...document.documentElement.children]
    .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot?.querySelector('.rafiq-card');
  return !!card && !card.textContent?.includes('…');
};
export const extensionReady = () => typeof browser !== 'undefined' && !!document.querySelector('main');
const panelListed = () => location.search.includes('tab=') && !!document.querySelector('[data-entity]');

/** Sends a message to the annotator of the tab `tabId`, from an extension page (run there). */
export async function toTab({ tabId, message }: { tabId: number; message: unknown }) {
  const api = typeof browser !== 'undefined' ? browser : chrome;
  return (api as unknown as { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } }).tabs.sendMessage(
    tabId,
    message,
  );
}

export interface Harness {
  readonly driver: BrowserDriver;
  readonly origin: string;
  openArticle(path?: string): Promise<PageDriver>;
  hover(page: PageDriver, target: [string, string]): Promise<ReturnType<typeof readCard>>;
  /**
   * Scrolls the page's first `text` into view (found in the page's text: Rafiq registers only the
   * ranges near the view) and waits until the highlight `name` holds it; returns its centre.
   */
  reveal(page: PageDriver, target: [string, string]): Promise<{ x: number; y: number }>;
  /** The side panel page (or popup: `page`) pinned to the tab showing `url`. */
  openFor(url: string, page: 'sidepanel' | 'popup', ready?: () => boolean): Promise<PageDriver>;
  /** Runs `fn` in an extension page (the popup), e.g. to send a message to a tab. */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  tabIdOf(url: string): Promise<number>;
  /** Clicks the open card's Pin button and waits until the card is pinned. */
  pin(page: PageDriver): Promise<void>;
  /** Stores settings (keys as in `storage.sync`), as the options page would. */
  setSettings(values: Record<string, unknown>): Promise<void>;
}

/**
 * `inspectable` (the default here) turns on the developer switch of that name before any page
 * opens: readable highlight names (`rafiq-person`) and an open card root, which the checks in
 * this folder read from the page's world. The undetectable suite runs without it, as readers do.
 */
export function useHarness(launch: () => Promise<BrowserDriver>, { inspectable = true } = {}): Harness {
  let server: StaticServer;
  let driver: BrowserDriver;
  let ext: PageDriver | null = null;

  beforeAll(async () => {
    server = await serveFolders(FOLDERS);
    driver = await launch();
    if (inspectable) await harness.setSettings({ inspectable: true });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const harness: Harness = {
    get driver() {
      return driver;
    },
    get origin() {
      return server.origin;
    },
    async openArticle(path = SAMPLE) {
      const page = await driver.open(server.origin + path);
      screenshotOnFailure(`${driver.name}-${Date.now()}`, (file) => page.screenshot(file));
      try {
        await page.waitFor(hasHighlights);
      } catch (error) {
        // Say what the page and the background knew, so a failure in CI can be understood.
        const seen = await page
          .evaluate(() => ({ ready: document.readyState, highlights: CSS.highlights.size, url: location.href }))
          .catch((e) => String(e));
        const records = await harness
          .inExtension(async () => {
            const api = typeof browser !== 'undefined' ? browser : chrome;
            return JSON.stringify(await api.storage.session.get(null as unknown as string)).slice(0, 1500);
          }, undefined)
          .catch((e) => String(e));
        throw new Error(`${String(error)}; page: ${JSON.stringify(seen)}; background: ${records}`);
      }
      return page;
    },
    async reveal(page, target) {
      await page.evaluate(revealText, target[1]);
      for (const until = Date.now() + 10_000; Date.now() < until; await sleep(50)) {
        const point = await page.evaluate(pointOf, target);
        if (point) return point;
      }
      throw new Error(`no highlight ${target[0]} containing ${target[1]}`);
    },
    async hover(page, target) {
      const point = await harness.reveal(page, target);
      await page.moveMouse(point.x, point.y);
      await page.waitFor(cardReady);
      return page.evaluate(readCard);
    },
    async inExtension(fn, arg) {
      if (!ext) ext = await driver.openExtensionPage('popup.html?tab=-1', extensionReady);
      return ext.evaluate(fn, arg);
    },
    async tabIdOf(url) {
      const id = await harness.inExtension(async (u) => {
        const api = typeof browser !== 'undefined' ? browser : chrome;
        return (await api.tabs.query({})).find((t) => t.url === u)?.id;
      }, url);
      expect(id, `a tab showing ${url}`).toBeTypeOf('number');
      return id as number;
    },
    async pin(page) {
      const pin = await page.evaluate(cardButton, 'pin');
      if (!pin) throw new Error('the card has no pin button');
      await page.clickAt(pin.x, pin.y);
      await page.waitFor(
        () =>
          !![...document.documentElement.children]
            .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot?.querySelector('[data-pinned="true"]'),
      );
    },
    setSettings(values) {
      return harness.inExtension(async (v) => {
        const api = typeof browser !== 'undefined' ? browser : chrome;
        await api.storage.sync.set(v);
      }, values);
    },
    async openFor(url, kind, ready = kind === 'sidepanel' ? panelListed : extensionReady) {
      const tabId = await harness.tabIdOf(url);
      const page = await driver.openExtensionPage(`${kind}.html?tab=${tabId}`, ready);
      screenshotOnFailure(`${driver.name}-${kind}-${Date.now()}`, (file) => page.screenshot(file));
      return page;
    },
  };
  return harness;
}
