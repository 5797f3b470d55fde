/** The reading scenarios, written once and run against the built extension in each browser. */

import { describe, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import { EXPECTED_HIGHLIGHTS, HOVER_EN, HOVER_ENTITY, HOVER_TARGET, HOVER_ZH, NEVER_HIGHLIGHTED } from './expectations';
import { hasHighlights, useHarness } from './harness';
import { markupUnchanged, readCard, readHighlights } from './page-checks';

/** The tab state the background reports for the tab showing `url` (polls until the annotator reported). */
async function tabState(h: ReturnType<typeof useHarness>, url: string) {
  const tabId = await h.tabIdOf(url);
  return h.inExtension(async (id) => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    for (let i = 0; i < 100; i++) {
      const state = (await api.runtime.sendMessage({ type: 'background:get-tab-state', tabId: id })) as {
        findings: { language: { code: string } } | null;
        highlighted: boolean;
        reason: string;
      } | null;
      if (state?.findings) return state;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, tabId);
}

export function readingSuite(launch: () => Promise<BrowserDriver>) {
  const h = useHarness(launch);
  const openArticle = () => h.openArticle();
  const hover = (page: PageDriver, target: [string, string]) => h.hover(page, target);
  const openPanel = (url: string) => h.openFor(url, 'sidepanel');

  describe('built extension', () => {
    it('highlights the sample article with rafiq- highlights and leaves its markup unchanged', async () => {
      // Every mention painted, to check each one (the default paints the first of each entity).
      await h.setSettings({ highlightMode: 'all' });
      const page = await openArticle();
      // A first read can catch the article before the browser has parsed all of it (seen once in
      // Firefox); the live re-read completes it. Wait for the last expected kind of highlight.
      await page.waitFor(() => CSS.highlights.has('rafiq-person') && CSS.highlights.has('rafiq-document'));
      const highlights = await page.evaluate(readHighlights).finally(() => h.setSettings({ highlightMode: 'first' }));
      for (const [name, texts] of Object.entries(EXPECTED_HIGHLIGHTS)) {
        for (const text of texts) expect(highlights[name], `${name} has ${text}`).toContain(text);
      }
      const all = Object.values(highlights).flat();
      for (const word of NEVER_HIGHLIGHTED) expect(all.some((t) => t.includes(word))).toBe(false);
      const markup = await page.evaluate(markupUnchanged);
      expect(markup.same).toBe(true);
      expect(markup.mutations).toEqual([]);
      await page.close();
    });

    it('shows a hover card in English, lists the entities in the panel, follows the toggle to Chinese, and remembers it', async () => {
      const page = await openArticle();
      const card = await hover(page, HOVER_TARGET);
      expect(card?.entity).toBe(HOVER_ENTITY);
      expect(card?.language).toBe('en');
      expect(card?.text).toContain(HOVER_EN);
      expect(card?.text).toContain(HOVER_TARGET[1]);
      const markup = await page.evaluate(markupUnchanged);
      expect(markup.same).toBe(true);
      expect(markup.mutations).toEqual([]);

      const panel = await openPanel(page.url());
      const listed = await panel.evaluate(() =>
        [...document.querySelectorAll('[data-entity]')].map((li) => li.getAttribute('data-entity')),
      );
      expect(listed).toEqual(expect.arrayContaining(['xi-jinping', HOVER_ENTITY, 'kazakhstan']));

      // The card and the panel both say where the entry's facts were checked, and as of when.
      await page.waitFor(
        () =>
          !![...document.documentElement.children]
            .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot?.querySelector('.rafiq-card .rafiq-source summary'),
      );
      const cardSource = await page.evaluate(
        () =>
          [...document.documentElement.children]
            .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot?.querySelector('.rafiq-source')?.textContent ?? '',
      );
      expect(cardSource).toMatch(/^Source · As of \d{4}-\d{2}/);
      await panel.click(`[data-entity="${HOVER_ENTITY}"] button.entity`);
      await panel.waitFor(() => !!document.querySelector('li.active .rafiq-details .rafiq-source p'));
      const panelDetails = await panel.evaluate(() => ({
        explanation: document.querySelector('li.active .rafiq-details .rafiq-explanation')?.textContent ?? '',
        source: document.querySelector('li.active .rafiq-details .rafiq-source p')?.textContent ?? '',
      }));
      expect(panelDetails.explanation.length).toBeGreaterThan(40);
      expect(panelDetails.source.length).toBeGreaterThan(10);
      await panel.click('[data-language="zh"]');
      await panel.waitFor(() => !!document.querySelector('[data-language="zh"][aria-pressed="true"]'));
      const item = await panel.evaluate(
        (id) => document.querySelector(`[data-entity="${id}"]`)?.textContent ?? '',
        HOVER_ENTITY,
      );
      expect(item).toContain(HOVER_ZH);

      // The open card follows at once.
      await page.bringToFront();
      await page.waitFor(
        () =>
          [...document.documentElement.children]
            .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot?.querySelector('.rafiq-card')
            ?.getAttribute('data-language') === 'zh',
      );
      expect((await page.evaluate(readCard))?.text).toContain(HOVER_ZH);

      // Remembered across a reload of the page and of the panel.
      await page.reload();
      await page.waitFor(hasHighlights);
      const reloaded = await hover(page, HOVER_TARGET);
      expect(reloaded?.language).toBe('zh');
      expect(reloaded?.text).toContain(HOVER_ZH);
      await panel.reload();
      await panel.waitFor(() => !!document.querySelector('[data-language="zh"][aria-pressed="true"]'));
      await panel.click('[data-language="en"]');
      await panel.waitFor(() => !!document.querySelector('[data-language="en"][aria-pressed="true"]'));
      await panel.close();
      await page.close();
    });

    it('stays silent on a page that is not Arabic', async () => {
      const page = await h.driver.open(`${h.origin}/fixtures/english.html`);
      // Nothing to wait for: the probe sends nothing on such a page. Give it time to (not) act.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await page.evaluate(readHighlights)).toEqual({});
      await page.close();
    });

    it('reads a Persian page about the same summit as Persian, and stays silent', async () => {
      const page = await h.driver.open(`${h.origin}/fixtures/persian.html`);
      const state = await tabState(h, page.url());
      expect(state?.findings?.language.code).toBe('fa');
      expect(state?.highlighted).toBe(false);
      expect(await page.evaluate(readHighlights)).toEqual({});
      await page.close();
    });
  });
}
