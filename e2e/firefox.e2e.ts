import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotOnFailure } from './artifacts';
import { FIREFOX_UUID, type FirefoxSession, launchFirefox } from './browsers';
import {
  EXPECTED_HIGHLIGHTS,
  HOVER_EN,
  HOVER_ENTITY,
  HOVER_TARGET,
  HOVER_ZH,
  NEVER_HIGHLIGHTED,
  SAMPLE,
} from './expectations';
import { markupUnchanged, pointOf, readCard, readHighlights } from './page-checks';
import { FOLDERS, type StaticServer, serveFolders } from './server';

let server: StaticServer;
let session: FirefoxSession;
const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

beforeAll(async () => {
  server = await serveFolders(FOLDERS);
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const hasHighlights = () => [...CSS.highlights.keys()].some((k) => k.startsWith('rafiq-'));

async function openArticle(): Promise<Page> {
  const page = await session.browser.newPage();
  screenshotOnFailure(`firefox-${Date.now()}`, (path) =>
    page.screenshot({ path: path as `${string}.png`, fullPage: true }),
  );
  await page.goto(server.origin + SAMPLE);
  await page.waitForFunction(hasHighlights, { timeout: 15_000 });
  return page;
}

async function hover(page: Page, target: [string, string]) {
  const point = await page.evaluate(pointOf, target);
  if (!point) throw new Error(`no highlight ${target[0]} containing ${target[1]}`);
  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await page.waitForFunction(() => {
    const card = document.querySelector('rafiq-ui')?.shadowRoot?.querySelector('.rafiq-card');
    return !!card && !card.textContent?.includes('…');
  });
  return page.evaluate(readCard);
}

/**
 * The sidebar's page opened in a tab of its own, pinned to the article's tab. Firefox will not
 * finish `goto` on a moz-extension:// page over BiDi, so the navigation is not awaited.
 */
async function openPanel(url: string): Promise<Page> {
  const panel = await session.browser.newPage();
  void panel.goto(`${EXTENSION_ORIGIN}/sidepanel.html`).catch(() => {});
  await panel.waitForFunction(() => typeof browser !== 'undefined' && !!document.querySelector('main'));
  const tabId = await panel.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
  expect(tabId).toBeTypeOf('number');
  void panel.goto(`${EXTENSION_ORIGIN}/sidepanel.html?tab=${tabId}`).catch(() => {});
  await panel.waitForFunction(() => location.search.includes('tab=') && !!document.querySelector('[data-entity]'));
  return panel;
}

describe('Firefox, built extension', () => {
  it('highlights the sample article with rafiq- highlights and leaves its markup unchanged', async () => {
    const page = await openArticle();
    const highlights = await page.evaluate(readHighlights);
    for (const [name, texts] of Object.entries(EXPECTED_HIGHLIGHTS)) {
      for (const text of texts) expect(highlights[name], `${name} has ${text}`).toContain(text);
    }
    const all = Object.values(highlights).flat();
    for (const word of NEVER_HIGHLIGHTED) expect(all.some((t) => t.includes(word))).toBe(false);
    const before = await page.evaluate(markupUnchanged);
    expect(before.same).toBe(true);
    expect(before.mutations).toEqual([]);
    await page.close();
  });

  it('shows a hover card in English, the sidebar list, and Chinese after the toggle, remembered on reload', async () => {
    const page = await openArticle();
    const card = await hover(page, HOVER_TARGET);
    expect(card?.entity).toBe(HOVER_ENTITY);
    expect(card?.language).toBe('en');
    expect(card?.text).toContain(HOVER_EN);
    const after = await page.evaluate(markupUnchanged);
    expect(after.same).toBe(true);
    expect(after.mutations).toEqual([]);

    const panel = await openPanel(page.url());
    const listed = await panel.$$eval('[data-entity]', (items) => items.map((li) => li.getAttribute('data-entity')));
    expect(listed).toEqual(expect.arrayContaining(['xi-jinping', HOVER_ENTITY, 'kazakhstan']));
    await panel.click('[data-language="zh"]');
    await panel.waitForSelector('[data-language="zh"][aria-pressed="true"]');
    const zhItem = await panel.$eval(`[data-entity="${HOVER_ENTITY}"]`, (li) => li.textContent);
    expect(zhItem).toContain(HOVER_ZH);

    await page.bringToFront();
    await page.waitForFunction(
      () =>
        document.querySelector('rafiq-ui')?.shadowRoot?.querySelector('.rafiq-card')?.getAttribute('data-language') ===
        'zh',
    );
    expect((await page.evaluate(readCard))?.text).toContain(HOVER_ZH);

    await page.reload();
    await page.waitForFunction(hasHighlights);
    const reloaded = await hover(page, HOVER_TARGET);
    expect(reloaded?.language).toBe('zh');
    expect(reloaded?.text).toContain(HOVER_ZH);
    await panel.bringToFront();
    await panel.click('[data-language="en"]');
    await panel.waitForSelector('[data-language="en"][aria-pressed="true"]');
    await panel.close();
    await page.close();
  });

  it('stays silent on a page that is not Arabic', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/fixtures/english.html`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.evaluate(readHighlights)).toEqual({});
    await page.close();
  });

  it('reads a Persian page about the same summit as Persian, and stays silent', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/fixtures/persian.html`);
    const ext = await session.browser.newPage();
    void ext.goto(`${EXTENSION_ORIGIN}/popup.html`).catch(() => {});
    await ext.waitForFunction(() => typeof browser !== 'undefined' && !!document.querySelector('main'));
    const state = await ext.evaluate(async (url) => {
      for (let i = 0; i < 100; i++) {
        const tab = (await browser.tabs.query({})).find((t) => t.url === url);
        const key = `tab:${tab?.id}`;
        const stored = await browser.storage.session.get(key);
        if (stored[key]) return stored[key] as { language: { code: string }; highlighted: boolean };
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    }, page.url());
    expect(state?.language.code).toBe('fa');
    expect(state?.highlighted).toBe(false);
    expect(await page.evaluate(readHighlights)).toEqual({});
    await ext.close();
    await page.close();
  });
});
