/**
 * Rafiq for every reader, in each browser against the built extension: touch, the keyboard and
 * screen readers (focus into the card and back, Tab inside it, the live region's words in the
 * interface language), hover intent, a card that follows its term out of sight and back, and a
 * card that fits small and zoomed viewports without covering its term.
 */

import { describe, expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './driver';
import { HOVER_ENTITY, HOVER_TARGET, SAMPLE } from './expectations';
import { cardReady, hasHighlights, noHighlights, toTab, useHarness } from './harness';
import {
  cardAccess,
  cardBox,
  cardButton,
  cardsSeen,
  cardTimes,
  englishSentences,
  pointOf,
  recordCards,
  termPoints,
} from './page-checks';

const SCROLL_BOX = '/fixtures/scroll-box.html';
const OFF_TOPIC = '/fixtures/off-topic.html';
const ENGLISH = '/fixtures/english.html';

/** The pinned card offers another term (run in the page). */
const offersOther = () =>
  !![...document.documentElement.children]
    .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot?.querySelector('[data-action="show-waiting"]');

const noCard = () =>
  ![...document.documentElement.children]
    .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot?.querySelector('.rafiq-card');

/** The term's line boxes and the card's box overlap nowhere. */
function cardClearOfTerm([name, text]: [string, string]): boolean | null {
  const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
    ?.shadowRoot as ShadowRoot | undefined;
  const card = root?.querySelector('.rafiq-card')?.getBoundingClientRect();
  const range = [...(CSS.highlights.get(name) ?? [])]
    .map((r) => {
      const l = document.createRange();
      l.setStart(
        r.startContainer,
        Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
      );
      l.setEnd(
        r.endContainer,
        Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
      );
      return l;
    })
    .find((r) => r.toString().includes(text));
  if (!card || !range) return null;
  return [...range.getClientRects()].every(
    (l) => l.right <= card.left || l.left >= card.right || l.bottom <= card.top || l.top >= card.bottom,
  );
}

export function everyReaderSuite(launch: () => Promise<BrowserDriver>) {
  const h = useHarness(launch);

  /** Presses the next/previous-entity shortcut (what the background does for it). */
  async function navigate(page: PageDriver, direction: 1 | -1) {
    const tabId = await h.tabIdOf(page.url());
    await h.inExtension(toTab, { tabId, message: { type: 'annotator:navigate', direction } });
  }

  describe('every reader', () => {
    it('opens a card on a tap and closes it on a tap elsewhere, on a phone-sized touch screen', async () => {
      const page = await h.openArticle(`${SAMPLE}?tap`);
      await page.setViewport(360, 640);
      const mobile = await page.emulateTouchScreen();
      const point = await page.evaluate(pointOf, HOVER_TARGET);
      if (!point) throw new Error('no term to tap');
      await page.tap(point.x, point.y);
      await page.waitFor(cardReady);
      const card = await page.evaluate(cardAccess);
      expect(card?.entity).toBe(HOVER_ENTITY);
      // Where the browser is a phone (no hover, coarse pointer), there is no side panel: the card
      // holds it all, so it offers no panel to open.
      if (mobile) expect(card?.actions).not.toContain('open-panel');
      expect(card?.actions).toEqual(expect.arrayContaining(['pin', 'copy', 'close']));
      // Inside the layout viewport (a phone lays out a page without a viewport tag wider than 360).
      const box = await page.evaluate(cardBox);
      const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      expect(box?.left).toBeGreaterThanOrEqual(0);
      expect(box?.right).toBeLessThanOrEqual(view.width);
      expect(box?.top).toBeGreaterThanOrEqual(0);
      expect(box?.bottom).toBeLessThanOrEqual(view.height);
      expect(await page.evaluate(cardClearOfTerm, HOVER_TARGET)).toBe(true);

      // A tap on plain text (the top corner holds no term) closes it.
      await page.tap(4, 4);
      await page.waitFor(noCard);
      await page.close();
    });

    it('moves focus into the card from the keyboard, cycles Tab inside it, and gives focus back on Esc', async () => {
      const page = await h.openArticle(`${SAMPLE}?keyboard`);
      // Where the reader was: a control of the page's own, focused before the shortcut.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'reader-was-here';
        button.textContent = 'x';
        document.body.prepend(button);
        button.focus();
      });
      await navigate(page, 1);
      await page.waitFor(cardReady);
      await page.waitFor(() => {
        const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
          ?.shadowRoot as ShadowRoot | undefined;
        return !!root?.querySelector('[role="status"]')?.textContent;
      });
      const opened = await page.evaluate(cardAccess);
      expect(opened?.role).toBe('dialog');
      expect(opened?.focus).toBe('card');
      expect(opened?.name.trim().length).toBeGreaterThan(0);
      // The announcement names the entity the card shows, and where the reader is.
      expect(opened?.live).toContain(opened?.name.trim());
      expect(opened?.live).toMatch(/\b1 of \d+/);

      const controls = opened?.actions.length ?? 0;
      expect(controls).toBeGreaterThanOrEqual(3);
      const visited: Array<string | null> = [];
      // The source disclosure is focusable too: one more than the actions.
      for (let i = 0; i < controls + 2; i++) {
        await page.press('Tab');
        visited.push((await page.evaluate(cardAccess))?.focus ?? null);
      }
      // Focus never left the card, and it came round to where it started.
      expect(visited.every((f) => f !== null && f !== 'card')).toBe(true);
      expect(visited.slice(controls + 1)).toEqual(visited.slice(0, 1));
      await page.press('Shift+Tab');
      expect((await page.evaluate(cardAccess))?.focus).toBe(visited[visited.length - 2]);

      await page.press('Escape');
      await page.waitFor(noCard);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-was-here');
      await page.close();
    });

    it('speaks and labels the card in the interface language, Arabic right to left and Chinese', async () => {
      const page = await h.openArticle(`${SAMPLE}?languages`);
      try {
        for (const [ui, dir, words] of [
          ['ar', 'rtl', /من \d+/],
          ['zh', 'ltr', /共 \d+ 处/],
        ] as const) {
          await h.setSettings({ uiLanguage: ui });
          await page.waitFor(noCard);
          await navigate(page, 1);
          await page.waitFor(cardReady);
          await expect.poll(async () => (await page.evaluate(cardAccess))?.live ?? '').toMatch(words);
          const card = await page.evaluate(cardAccess);
          expect(card?.lang).toBe(ui);
          expect(card?.dir).toBe(dir);
          await page.press('Escape');
          await page.waitFor(noCard);
        }
      } finally {
        await h.setSettings({ uiLanguage: 'auto' });
      }
      await page.close();
    });

    it('waits for the pointer to rest: a sweep across names opens no card, resting on one opens it', async () => {
      const page = await h.openArticle(`${SAMPLE}?intent`);
      const points = await page.evaluate(termPoints, 4);
      expect(points.length).toBe(4);
      await page.evaluate(recordCards);
      // From the first name to the fourth and on, without stopping (a few ms per name).
      const path = points.flatMap((p, i) => {
        const next = points[i + 1] ?? { x: p.x + 40, y: p.y + 40 };
        return [p, { x: (p.x + next.x) / 2, y: (p.y + next.y) / 2 }];
      });
      await page.sweep(path);
      // Then it rests on the hover target: its card, and only its card, is drawn.
      const target = await page.evaluate(pointOf, HOVER_TARGET);
      if (!target) throw new Error('no term to rest on');
      await page.sweep([target]);
      await page.waitFor(cardReady);
      expect(await page.evaluate(cardsSeen)).toEqual([HOVER_ENTITY]);
      await page.close();
    });

    it('opens a card on every name a sweep crosses when the reader sets the hover delay to 0', async () => {
      // Stored before the page opens: the annotator reads it as it starts (a change made later
      // reaches it a moment after the write, with nothing on the page to wait for).
      await h.setSettings({ hoverDelay: 0 });
      const page = await h.openArticle(`${SAMPLE}?no-delay`);
      try {
        // Bottom to top: each card opens below its name, so it never lies over the next one (a
        // card under the pointer holds it, and the sweep would stop opening cards).
        const points = (await page.evaluate(termPoints, 4)).sort((a, b) => b.y - a.y);
        await page.evaluate(recordCards);
        // The same kind of sweep, one frame per name (the card follows animation frames).
        for (const point of points) {
          await page.sweep([point]);
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
        await expect.poll(async () => (await page.evaluate(cardsSeen)).length).toBeGreaterThanOrEqual(3);
      } finally {
        await h.setSettings({ hoverDelay: 150 });
      }
      await page.close();
    });

    it('opens cards only while the chosen modifier key is held', async () => {
      // Stored before the page opens: the annotator reads it as it starts (a change made later
      // reaches it a moment after the write, with nothing on the page to wait for).
      await h.setSettings({ cardModifier: 'Shift' });
      const page = await h.openArticle(`${SAMPLE}?modifier`);
      try {
        await page.evaluate(recordCards);
        const target = await page.evaluate(pointOf, HOVER_TARGET);
        if (!target) throw new Error('no term');
        await page.moveMouse(target.x, target.y);
        // Longer than the hover delay: without the key held, no card may open in this time.
        await new Promise((resolve) => setTimeout(resolve, 600));
        const pressed = await page.evaluate(() => performance.now());
        await page.press('Shift');
        await page.waitFor(cardReady);
        const times = await page.evaluate(cardTimes);
        expect(await page.evaluate(cardsSeen)).toEqual([HOVER_ENTITY]);
        expect(times[0]).toBeGreaterThanOrEqual(pressed);
      } finally {
        await h.setSettings({ cardModifier: 'none' });
      }
      await page.close();
    });

    it('offers, in a pinned card, the other name the reader points at, and moves the pin there', async () => {
      const page = await h.openArticle(`${SAMPLE}?pinned`);
      await h.hover(page, HOVER_TARGET);
      await h.pin(page);
      const other = await page.evaluate(pointOf, ['rafiq-person', 'شي جين بينغ'] as [string, string]);
      if (!other) throw new Error('no other term');
      await page.moveMouse(other.x, other.y);
      await page.waitFor(offersOther);
      expect((await page.evaluate(cardAccess))?.entity).toBe(HOVER_ENTITY);
      const show = await page.evaluate(cardButton, 'show-waiting');
      if (!show) throw new Error('no offer');
      await page.clickAt(show.x, show.y);
      await page.waitFor(() => {
        const card = [...document.documentElement.children]
          .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
          ?.shadowRoot?.querySelector('.rafiq-card') as HTMLElement | null;
        return card?.dataset.entity === 'xi-jinping' && card.dataset.pinned === 'true';
      });
      await page.close();
    });

    it('hides a pinned card while its term is under a sticky header or scrolled out of its box, and brings it back', async () => {
      const page = await h.openArticle(SCROLL_BOX);
      const target: [string, string] = ['rafiq-person', 'قاسم جومارت توكاييف'];
      await h.hover(page, target);
      await h.pin(page);
      /**
       * Scrolls the box so the term's top sits `y` px below the box's top. The term is found in
       * the box's text: scrolled out of the box, it is no longer among the registered highlights.
       */
      const scrollTermTo = (y: number) =>
        page.evaluate(
          ([text, at]) => {
            const box = document.getElementById('box') as HTMLElement;
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            let node = walker.nextNode() as Text | null;
            while (node && !node.data.includes(text)) node = walker.nextNode() as Text | null;
            if (!node) throw new Error(`no ${text} in the box`);
            const range = document.createRange();
            range.setStart(node, node.data.indexOf(text));
            range.setEnd(node, node.data.indexOf(text) + text.length);
            box.scrollTop += range.getBoundingClientRect().top - box.getBoundingClientRect().top - at;
          },
          [target[1], y] as [string, number],
        );
      const shown = async () => (await page.evaluate(cardAccess))?.visible;
      await scrollTermTo(30); // under the 90 px sticky header
      await expect.poll(shown).toBe(false);
      await scrollTermTo(200); // below it, in view
      await expect.poll(shown).toBe(true);
      await scrollTermTo(-200); // above the box's top: clipped by the box
      await expect.poll(shown).toBe(false);
      await scrollTermTo(180);
      await expect.poll(shown).toBe(true);
      expect((await page.evaluate(cardAccess))?.entity).toBe(HOVER_ENTITY);
      await page.close();
    });

    it.each([
      ['a 360×640 window', 360, 640],
      ['a 1280×800 window at 200 % zoom', 640, 400],
    ])('fits the card with both languages in %s, actions reachable, never over its term', async (_, width, height) => {
      const page = await h.openArticle(`${SAMPLE}?fit-${width}`);
      try {
        await h.setSettings({ glossaryLanguage: 'both' });
        await page.setViewport(width, height);
        for (const where of ['low', 'middle'] as const) {
          await page.waitFor(noCard);
          const point = await page.evaluate(
            ([name, text, at]) => {
              const range = [...(CSS.highlights.get(name) ?? [])]
                .map((r) => {
                  const l = document.createRange();
                  l.setStart(
                    r.startContainer,
                    Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startContainer.childNodes.length),
                  );
                  l.setEnd(
                    r.endContainer,
                    Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endContainer.childNodes.length),
                  );
                  return l;
                })
                .find((r) => r.toString().includes(text));
              if (!range) return null;
              const rect = range.getBoundingClientRect();
              window.scrollBy(0, rect.top - innerHeight * at);
              const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            },
            [...HOVER_TARGET, where === 'low' ? 0.8 : 0.45] as [string, string, number],
          );
          if (!point) throw new Error('no term');
          await page.moveMouse(point.x, point.y);
          await page.waitFor(cardReady);
          await page.waitFor(() => {
            const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
              ?.shadowRoot as ShadowRoot | undefined;
            return !!root?.querySelector('.rafiq-card[data-language="both"]');
          });
          const box = await page.evaluate(cardBox);
          expect(box?.top, where).toBeGreaterThanOrEqual(0);
          expect(box?.bottom, where).toBeLessThanOrEqual(height);
          expect(box?.right, where).toBeLessThanOrEqual(width);
          expect(await page.evaluate(cardClearOfTerm, HOVER_TARGET), where).toBe(true);
          // Every action is inside the viewport, where a click reaches it.
          for (const action of ['pin', 'copy', 'close']) {
            const at = await page.evaluate(cardButton, action);
            expect(at && at.y > 0 && at.y < height, `${action} ${where}`).toBe(true);
          }
          const close = await page.evaluate(cardButton, 'close');
          if (close) await page.clickAt(close.x, close.y);
        }
      } finally {
        await h.setSettings({ glossaryLanguage: 'en' });
      }
      await page.close();
    });

    it('says in the popup why a page is not painted, and paints an off-topic Arabic page with one click', async () => {
      const english = await h.driver.open(h.origin + ENGLISH);
      const quiet = await h.openFor(english.url(), 'popup', () => !!document.querySelector('[data-status]'));
      expect(await quiet.evaluate(() => document.querySelector('[data-status]')?.getAttribute('data-status'))).toBe(
        'no-arabic',
      );
      await quiet.close();
      await english.close();

      const page = await h.driver.open(h.origin + OFF_TOPIC);
      const popup = await h.openFor(
        page.url(),
        'popup',
        () => document.querySelector('[data-status]')?.getAttribute('data-status') === 'off-topic',
      );
      // It names what was found without claiming it is painted, and offers the one action.
      const said = await popup.evaluate(() => document.querySelector('[data-status]')?.textContent ?? '');
      expect(said).toMatch(/not about the China–Central Asia Summit/);
      expect(said).toMatch(/found, not highlighted/);
      expect(await page.evaluate(noHighlights)).toBe(true);
      await popup.click('[data-status-action="paint-page"]');
      await page.waitFor(hasHighlights);
      await popup.waitFor(() => document.querySelector('[data-status]')?.getAttribute('data-status') === 'painted');
      await popup.close();
      await page.close();
    });

    it('offers to paint an unpainted page when an entity is clicked in the panel, never "no longer on the page"', async () => {
      const page = await h.driver.open(`${h.origin}${OFF_TOPIC}?panel`);
      const panel = await h.openFor(page.url(), 'sidepanel');
      await panel.click('li[data-entity] button.entity');
      await panel.waitFor(() => !!document.querySelector('[data-notice="not-painted"]'));
      expect(await panel.evaluate(() => document.querySelector('.notice:not([data-notice])'))).toBeNull();
      await panel.click('[data-notice="not-painted"] button');
      await page.waitFor(hasHighlights);
      await panel.close();
      await page.close();
    });

    it('moves through the panel list with the arrow keys, one Tab stop, with a skip link past the verdict', async () => {
      const page = await h.openArticle(`${SAMPLE}?arrows`);
      const panel = await h.openFor(page.url(), 'sidepanel');
      const where = () =>
        panel.evaluate(() => {
          const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.entity')];
          return {
            at: buttons.indexOf(document.activeElement as HTMLButtonElement),
            count: buttons.length,
            stops: buttons.filter((b) => b.tabIndex === 0).length,
            skip: document.querySelector('a.skip')?.getAttribute('href') ?? null,
          };
        });
      await panel.evaluate(() => document.querySelector<HTMLButtonElement>('button.entity')?.focus());
      expect(await where()).toMatchObject({ at: 0, stops: 1, skip: '#rafiq-entity-list' });
      await panel.press('ArrowDown');
      await panel.press('ArrowDown');
      expect((await where()).at).toBe(2);
      await panel.press('End');
      const end = await where();
      expect(end.at).toBe(end.count - 1);
      expect(end.stops).toBe(1);
      await panel.press('Home');
      expect((await where()).at).toBe(0);
      // Enter opens the focused row: it becomes the current one.
      await panel.press('ArrowDown');
      await panel.press('Enter');
      await panel.waitFor(
        () => document.activeElement?.getAttribute('aria-current') === 'true' && !!document.querySelector('li.active'),
      );
      await panel.close();
      await page.close();
    });

    it('shows no English sentence in the Chinese and Arabic interfaces (popup, panel, card, options, welcome)', async () => {
      const page = await h.openArticle(`${SAMPLE}?languages-all`);
      // The check sees English where there is some: the English interface is full of it.
      const english = await h.openFor(page.url(), 'popup');
      expect((await english.evaluate(englishSentences)).length).toBeGreaterThan(3);
      await english.close();
      try {
        for (const ui of ['zh', 'ar']) {
          await h.setSettings({ uiLanguage: ui, glossaryLanguage: ui === 'zh' ? 'zh' : 'en' });
          const ready = () => document.documentElement.lang !== 'en' && !!document.querySelector('main, h1');
          const surfaces = [
            await h.openFor(page.url(), 'popup', ready),
            await h.openFor(page.url(), 'sidepanel'),
            await h.driver.openExtensionPage('options.html', ready),
            await h.driver.openExtensionPage('welcome.html', ready),
          ];
          for (const surface of surfaces) {
            expect(await surface.evaluate(englishSentences), `${ui} ${surface.url()}`).toEqual([]);
            await surface.close();
          }
          await page.bringToFront();
          await h.hover(page, HOVER_TARGET);
          expect(await page.evaluate(englishSentences), `${ui} card`).toEqual([]);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.moveMouse(2, 2);
          await page.waitFor(noCard);
        }
      } finally {
        await h.setSettings({ uiLanguage: 'auto', glossaryLanguage: 'en' });
      }
      await page.close();
    });

    it("draws the card at the reader's text size", async () => {
      // Stored before the page opens: the annotator reads it as it starts (a change made later
      // reaches it a moment after the write, with nothing on the page to wait for).
      await h.setSettings({ cardTextSize: 150 });
      const page = await h.openArticle(`${SAMPLE}?text-size`);
      try {
        await h.hover(page, HOVER_TARGET);
        const size = await page.evaluate(() => {
          const root = [...document.documentElement.children].find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot as ShadowRoot | undefined;
          const layer = root?.querySelector('.rafiq-layer');
          return layer ? getComputedStyle(layer).fontSize : null;
        });
        expect(size).toBe('21px');
      } finally {
        await h.setSettings({ cardTextSize: 100 });
      }
      await page.close();
    });

    it('shows the card on a page whose <body> clips its overflow, scrolled past the first screen', async () => {
      const page = await h.openArticle('/fixtures/long-article.html');
      // A common layout: <html> and <body> as tall as the viewport, <body> hiding sideways overflow.
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'html, body { height: 100%; } body { overflow-x: hidden; }';
        document.head.append(style);
        document.getElementById('far')?.scrollIntoView({ block: 'center' });
      });
      expect(await page.evaluate(() => window.scrollY > innerHeight)).toBe(true);
      // Registered once near the view (Rafiq's observer reports after the scroll's frame).
      const target = await h.reveal(page, ['rafiq-person', 'شوكت ميرضيايف']);
      await page.moveMouse(target.x, target.y);
      await page.waitFor(cardReady);
      expect((await page.evaluate(cardAccess))?.visible).toBe(true);
      await page.close();
    });
  });
}
