/** The reading experience around the highlights, in each browser, against the built extension. */

import { describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { HOVER_TARGET } from './expectations';
import { cardReady, hasHighlights, noHighlights, toTab, useHarness } from './harness';
import {
  cardBox,
  cardButton,
  cardChrome,
  focusText,
  highlightedTexts,
  nearBottom,
  readCard,
  readHighlights,
} from './page-checks';

const LONG = '/fixtures/long-article.html';
const OFF_TOPIC = '/fixtures/off-topic.html';
const SCO = '/fixtures/sco-summit.html';

export function experienceSuite(launch: () => Promise<BrowserDriver>) {
  const h = useHarness(launch);

  describe('reading experience', () => {
    it('opens the real side panel (Chrome) or sidebar (Firefox) from the popup, and it follows tab switches', async () => {
      const first = await h.openArticle();
      const second = await h.openArticle(LONG);
      const popup = await h.openFor(first.url(), 'popup', () => !!document.querySelector('button.primary'));
      // The popup closes itself after opening the panel; opened in a tab here, it must stay.
      await popup.evaluate(() => {
        window.close = () => {};
      });
      await popup.click('button.primary');
      const panelEntities = () =>
        h.inExtension(() => {
          const api = typeof browser !== 'undefined' ? browser : chrome;
          const views = (api as unknown as { extension: { getViews(): Window[] } }).extension.getViews();
          const panel = views.find((v) => /sidepanel\.html$/.test(v.location.href));
          return panel
            ? [...panel.document.querySelectorAll('[data-entity]')].map((li) => li.getAttribute('data-entity'))
            : null;
        }, null);
      await first.bringToFront();
      // The treaty is named only in the first article, the Middle Corridor only in the second.
      await expect.poll(panelEntities, { timeout: 10_000 }).toContain('treaty-permanent-good-neighbourliness');
      expect(await panelEntities()).not.toContain('middle-corridor');
      await second.bringToFront();
      await expect.poll(panelEntities, { timeout: 10_000 }).toContain('middle-corridor');
      expect(await panelEntities()).not.toContain('treaty-permanent-good-neighbourliness');
      await popup.close();
      await second.close();
      await first.close();
    });

    it('declares the keyboard commands and moves to the next and previous entity with a focus highlight and its card', async () => {
      const page = await h.openArticle();
      const commands = await h.inExtension(async () => {
        const api = typeof browser !== 'undefined' ? browser : chrome;
        const all = await (
          api as unknown as { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } }
        ).commands.getAll();
        return Object.fromEntries(all.map((c) => [c.name, c.shortcut]));
      }, null);
      expect(commands).toMatchObject({
        'toggle-language': 'Alt+Shift+L',
        'toggle-rafiq': 'Alt+Shift+K',
        'next-entity': 'Alt+Shift+Period',
        'previous-entity': 'Alt+Shift+Comma',
      });
      expect(Object.keys(commands)).toContain('open-panel');

      // What the background does when the shortcut is pressed (a test cannot press a browser shortcut).
      const tabId = await h.tabIdOf(page.url());
      const navigate = (direction: 1 | -1) =>
        h.inExtension(toTab, { tabId, message: { type: 'annotator:navigate', direction } });
      // The annotator handles the message before it answers, so each step is done on return.
      await navigate(1);
      const first = await page.evaluate(focusText);
      await page.waitFor(cardReady);
      expect(first).not.toBeNull();
      expect((await page.evaluate(readCard))?.text).toContain(first);
      await navigate(1);
      const second = await page.evaluate(focusText);
      expect(second).not.toBeNull();
      expect(second).not.toBe(first);
      expect((await page.evaluate(readCard))?.text).toContain(second);
      await navigate(-1);
      expect(await page.evaluate(focusText)).toBe(first);
      await page.press('Escape');
      await page.waitFor(() => !CSS.highlights.has('rafiq-focus'));
      await page.close();
    });

    it('scrolls the page to the next mention of an entity clicked in the side panel, and flashes it', async () => {
      const page = await h.openArticle(LONG);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const panel = await h.openFor(page.url(), 'sidepanel');
      await panel.click('[data-entity="shavkat-mirziyoyev"] button');
      await page.waitFor(() => window.scrollY > 1500);
      await page.waitFor(() => CSS.highlights.has('rafiq-focus'));
      expect(await page.evaluate(focusText)).toBe('شوكت ميرضيايف');
      // Tokayev is named twice: the second click goes to the second mention, far below.
      await panel.click('[data-entity="kassym-jomart-tokayev"] button');
      await page.waitFor(() => window.scrollY < 500);
      await panel.click('[data-entity="kassym-jomart-tokayev"] button');
      await page.waitFor(() => window.scrollY > 1500);
      expect(await page.evaluate(focusText)).toBe('توكاييف');
      // The flash fades by itself.
      await page.waitFor(() => !CSS.highlights.has('rafiq-focus'), 5000);
      await panel.close();
      await page.close();
    });

    it('exports the page entities as CSV and JSON, with URL, title and names in three languages', async () => {
      const page = await h.openArticle();
      const panel = await h.openFor(page.url(), 'sidepanel');
      // Catch the files on their way to the download, as the browser would save them.
      await panel.evaluate(() => {
        const w = window as unknown as { __exports: Array<{ blob: Blob; name: string }> };
        w.__exports = [];
        let last: Blob | null = null;
        URL.createObjectURL = (blob: Blob) => {
          last = blob as Blob;
          return 'blob:captured';
        };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (last) w.__exports.push({ blob: last, name: this.download });
        };
      });
      await panel.click('[data-export="csv"]');
      await panel.click('[data-export="json"]');
      const files = await panel.evaluate(() =>
        Promise.all(
          (window as unknown as { __exports: Array<{ blob: Blob; name: string }> }).__exports.map(async (f) => ({
            name: f.name,
            text: await f.blob.text(),
          })),
        ),
      );
      expect(files.map((f) => f.name)).toEqual([
        'rafiq-قادة-الصين-وآسيا-الوسطى-يختتمون-قمتهم-الثانية-في-أستانا.csv',
        'rafiq-قادة-الصين-وآسيا-الوسطى-يختتمون-قمتهم-الثانية-في-أستانا.json',
      ]);
      const [csv, json] = files.map((f) => f.text);
      const rows = (csv ?? '')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(rows[0]).toBe('url,title,id,type,arabic,english,chinese,pinyin,count');
      const xi = rows.find((r) => r.includes(',xi-jinping,'));
      expect(xi).toBeDefined();
      expect(xi).toContain(page.url());
      expect(xi).toContain('قادة الصين وآسيا الوسطى يختتمون قمتهم الثانية في أستانا');
      expect(xi).toContain(',person,شي جين بينغ,Xi Jinping,习近平,Xí Jìnpíng,');
      const data = JSON.parse(json ?? '{}');
      expect(data.url).toBe(page.url());
      expect(data.entities.find((e: { id: string }) => e.id === 'kazakhstan')).toMatchObject({
        type: 'country',
        names: { ar: 'كازاخستان', en: 'Kazakhstan', zh: '哈萨克斯坦' },
      });
      expect(data.entities.length).toBe(rows.length - 1);
      await panel.close();
      await page.close();
    });

    it('switches off for the site, the page and everywhere (clearing highlights), and back on (restoring them)', async () => {
      const page = await h.openArticle();
      const popup = await h.openFor(page.url(), 'popup', () => !!document.querySelector('[data-setting="site"]'));
      const cycle = async (off: () => Promise<void>, on: () => Promise<void>) => {
        await off();
        await page.waitFor(noHighlights);
        await on();
        await page.waitFor(hasHighlights);
      };
      await cycle(
        () => popup.select('select[data-setting="site"]', 'off'),
        () => popup.select('select[data-setting="site"]', 'auto'),
      );
      await cycle(
        () => popup.select('select[data-setting="page"]', 'off'),
        () => popup.select('select[data-setting="page"]', 'auto'),
      );
      await cycle(
        () => popup.click('input[data-setting="paused"]'),
        () => popup.click('input[data-setting="paused"]'),
      );
      await popup.close();
      await page.close();
    });

    it('stays quiet on an off-topic Arabic page until switched on for that page', async () => {
      const page = await h.driver.open(h.origin + OFF_TOPIC);
      const popup = await h.openFor(page.url(), 'popup', () => !!document.querySelector('[data-setting="page"]'));
      await popup.waitFor(() => !!document.querySelector('.verdict[data-level="none"]'));
      expect(await page.evaluate(readHighlights)).toEqual({});
      await popup.select('select[data-setting="page"]', 'on');
      await page.waitFor(hasHighlights);
      // The club's name is not the city (see glossary/not-ours.ts); its Kazakh adjective is Kazakhstan.
      const texts = await page.evaluate(highlightedTexts);
      expect(texts).toContain('الكازاخي');
      expect(texts).not.toContain('أستانا');
      await popup.select('select[data-setting="page"]', 'auto');
      await page.waitFor(noHighlights);
      await popup.close();
      await page.close();
    });

    it("paints an SCO summit page as one, with both packs' verdicts, and stops when the reader switches the SCO pack off", async () => {
      const page = await h.openArticle(SCO);
      // The SCO pack's own names, and the people it shares with the China–Central Asia pack.
      await expect
        .poll(() => page.evaluate(highlightedTexts))
        .toEqual(expect.arrayContaining(['إعلان تيانجين', 'نورلان يرميكباييف', 'شي جين بينغ']));
      const popup = await h.openFor(page.url(), 'popup', () => !!document.querySelector('.verdict-pack'));
      const verdicts = () =>
        popup.evaluate(() =>
          [...document.querySelectorAll('.verdict-pack')].map((e) => [
            e.getAttribute('data-pack'),
            e.getAttribute('data-level'),
          ]),
        );
      await expect.poll(verdicts).toEqual([
        ['china-central-asia', 'none'],
        ['sco', 'summit'],
      ]);
      const options = await h.driver.openExtensionPage(
        'options.html',
        () => !!document.querySelector('input[data-pack="sco"]'),
      );
      expect(
        await options.evaluate(() => (document.querySelector('input[data-pack="sco"]') as HTMLInputElement).checked),
      ).toBe(true);
      await options.click('input[data-pack="sco"]');
      // Off, the page is about no pack the reader has on: nothing painted, and only one verdict.
      await page.waitFor(noHighlights);
      await expect.poll(verdicts).toEqual([['china-central-asia', 'none']]);
      await options.click('input[data-pack="sco"]');
      await page.waitFor(hasHighlights);
      await expect.poll(verdicts).toEqual([
        ['china-central-asia', 'none'],
        ['sco', 'summit'],
      ]);
      await options.close();
      await popup.close();
      await page.close();
    });

    it("imports the reader's term base from the options page, whole or not at all, and highlights it as theirs in open pages", async () => {
      const page = await h.openArticle(SCO);
      expect(await page.evaluate(() => CSS.highlights.get('rafiq-user')?.size ?? 0)).toBe(0);
      const options = await h.driver.openExtensionPage(
        'options.html',
        () => !!document.querySelector('[data-terms="import"]'),
      );
      /** Chooses a file in the import control, as the reader's file picker would. */
      const choose = (name: string, text: string) =>
        options.evaluate(
          ([n, t]) => {
            const input = document.querySelector('[data-terms="import"]') as HTMLInputElement;
            const files = new DataTransfer();
            files.items.add(new File([t as string], n as string));
            input.files = files.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          },
          [name, text],
        );
      const shown = () =>
        options.evaluate(() => ({
          status: document.querySelector('[data-terms="report"]')?.textContent ?? '',
          problems: document.querySelector('[data-terms="problems"]')?.textContent ?? '',
          current: document.querySelector('[data-terms="current"]')?.textContent ?? null,
        }));
      await choose(
        'terms.csv',
        'arabic,english,chinese,explanation_en\nالثقة المتبادلة,Mutual trust,相互信任,A term from my own list.\nأستانا,My Astana,,\n',
      );
      await expect.poll(shown).toMatchObject({ status: expect.stringContaining('2 terms imported') });
      // The clash with the bundled Astana is reported; the bundled entry keeps the name.
      expect((await shown()).status).toContain('already a name of astana');
      expect((await shown()).current).toContain('2 terms of yours');
      // A file with a bad entry is refused whole, and what was stored stays.
      await choose('bad.csv', 'arabic,english,type\nاسم,Name,city\n,No Arabic,\n');
      await expect.poll(shown).toMatchObject({ problems: expect.stringContaining('Nothing was imported: 2 problems') });
      expect((await shown()).problems).toMatch(/Line 2 · type/);
      expect((await shown()).problems).toMatch(/Line 3 · arabic/);
      expect((await shown()).current).toContain('2 terms of yours');

      // The page open before the import shows the new terms, without a reload.
      await page.waitFor(() => (CSS.highlights.get('rafiq-user')?.size ?? 0) > 0);
      const card = await h.hover(page, ['rafiq-user', 'الثقة المتبادلة']);
      expect(card?.entity).toBe('user-mutual-trust');
      expect(card?.text).toContain('My term');
      expect(card?.text).toContain('Mutual trust');

      await options.click('[data-terms="remove"]');
      await options.waitFor(() => !!document.querySelector('[data-terms="none"]'));
      // Removed, the terms leave the open page, and the rest is painted again.
      await page.waitFor(() => !CSS.highlights.get('rafiq-user')?.size);
      await page.waitFor(hasHighlights);
      await options.close();
      await page.close();
    });

    it('notices a single-page app that renders its Arabic article after loading', async () => {
      const page = await h.driver.open(`${h.origin}/fixtures/late-article.html`);
      await page.waitFor(hasHighlights, 20_000);
      expect(await page.evaluate(highlightedTexts)).toEqual(
        expect.arrayContaining(['شي جين بينغ', 'قاسم جومارت توكاييف']),
      );
      await page.close();
    });

    it('highlights text added by script, and drops text that is removed', async () => {
      const page = await h.openArticle();
      expect(await page.evaluate(highlightedTexts)).not.toContain('طشقند');
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'added';
        p.textContent = 'وفي طشقند، قال وزير الخارجية الأوزبكي بختيور سعيدوف إن بلاده تدعم التعاون مع الصين.';
        document.querySelector('article')?.append(p);
      });
      await page.waitFor(() =>
        [...(CSS.highlights.get('rafiq-place') ?? [])]
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
          .some((r) => r.toString() === 'طشقند'),
      );
      expect(await page.evaluate(highlightedTexts)).toEqual(expect.arrayContaining(['طشقند', 'بختيور سعيدوف']));
      await page.evaluate(() => document.getElementById('added')?.remove());
      await page.waitFor(
        () =>
          ![...(CSS.highlights.get('rafiq-place') ?? [])]
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
            .some((r) => r.toString() === 'طشقند'),
      );
      await page.close();
    });

    it('keeps a pinned card, closes it with Esc, shows the hovered entity in the panel, and opens an entity there from the card', async () => {
      const page = await h.openArticle();
      const panel = await h.openFor(page.url(), 'sidepanel');
      await page.bringToFront();
      const card = await h.hover(page, HOVER_TARGET);
      await panel.waitFor(
        () => document.querySelector('li.active')?.getAttribute('data-entity') === 'kassym-jomart-tokayev',
      );
      await h.pin(page);
      await page.moveMouse(5, 700);
      await new Promise((r) => setTimeout(r, 800));
      expect((await page.evaluate(readCard))?.entity).toBe(card?.entity);
      await page.press('Escape');
      await page.waitFor(
        () =>
          ![...document.documentElement.children]
            .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot?.querySelector('.rafiq-card'),
      );

      await h.hover(page, ['rafiq-person', 'شي جين بينغ']);
      const open = await page.evaluate(cardButton, 'open-panel');
      if (!open) throw new Error('the card has no open-in-panel button');
      await page.moveMouse(open.x, open.y);
      await page.clickAt(open.x, open.y);
      await panel.waitFor(() => document.querySelector('li.active')?.getAttribute('data-entity') === 'xi-jinping');
      await panel.close();
      await page.close();
    });

    it('registers only the highlights near the view, and those the reader scrolls to', async () => {
      const page = await h.openArticle(`${LONG}?near-view`);
      /** Whether any of Rafiq's highlights holds a range in the element `id` (run in the page). */
      const paintedIn = (id: string) => {
        const element = document.getElementById(id);
        return [...CSS.highlights].some(
          ([name, highlight]) =>
            name.startsWith('rafiq-') && [...highlight].some((r) => element?.contains((r as Range).startContainer)),
        );
      };
      await expect.poll(() => page.evaluate(paintedIn, 'near')).toBe(true);
      // 2,600 px further down: known to Rafiq, not registered.
      expect(await page.evaluate(paintedIn, 'far')).toBe(false);
      await page.evaluate(() => document.getElementById('far')?.scrollIntoView({ block: 'center' }));
      await expect.poll(() => page.evaluate(paintedIn, 'far')).toBe(true);
      await expect.poll(() => page.evaluate(paintedIn, 'near')).toBe(false);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => page.evaluate(paintedIn, 'near')).toBe(true);
      await page.close();
    });

    it('keeps the card inside the viewport, above a term near the bottom edge, open while the pointer is in it, and copies the entry', async () => {
      const page = await h.openArticle(LONG);
      await h.reveal(page, ['rafiq-person', 'شوكت ميرضيايف']);
      const term = await page.evaluate(nearBottom, ['rafiq-person', 'شوكت ميرضيايف'] as [string, string]);
      if (!term) throw new Error('no term to hover near the bottom');
      await page.moveMouse(term.x, term.y);
      await page.waitFor(cardReady);
      const box = await page.evaluate(cardBox);
      const viewport = await page.evaluate(() => ({ w: document.documentElement.clientWidth, h: innerHeight }));
      expect(box).not.toBeNull();
      expect(box?.bottom).toBeLessThanOrEqual(term.top);
      expect(box?.top).toBeGreaterThanOrEqual(0);
      expect(box?.left).toBeGreaterThanOrEqual(0);
      expect(box?.right).toBeLessThanOrEqual(viewport.w);

      // Moving from the term into the card keeps it open.
      if (!box) return;
      await page.moveMouse(box.x, box.y);
      await new Promise((r) => setTimeout(r, 700));
      expect((await page.evaluate(readCard))?.entity).toBe('shavkat-mirziyoyev');

      const copy = await page.evaluate(cardButton, 'copy');
      if (!copy) throw new Error('the card has no copy button');
      await page.clickAt(copy.x, copy.y);
      await page.waitFor(
        () =>
          [...document.documentElement.children]
            .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
            ?.shadowRoot?.querySelector('[data-action="copy"]')?.textContent === 'Copied',
      );
      await page.close();
    });

    it('filters the side panel list in any of the three languages', async () => {
      const page = await h.openArticle();
      const panel = await h.openFor(page.url(), 'sidepanel');
      const listed = () =>
        panel.evaluate(() =>
          [...document.querySelectorAll('[data-entity]')].map((li) => li.getAttribute('data-entity')),
        );
      const filter = async (query: string) => {
        await panel.evaluate((q) => {
          const input = document.querySelector('input.filter') as HTMLInputElement;
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, query);
      };
      const all = (await listed()).length;
      await filter('توكايف'); // another outlet's spelling still finds Tokayev (folded like the page)
      await expect.poll(listed).toEqual(['kassym-jomart-tokayev']);
      await filter('习近平');
      await expect.poll(listed).toEqual(['xi-jinping']);
      await filter('uzbek');
      await expect
        .poll(async () => (await listed()).sort())
        .toEqual(['china-kyrgyzstan-uzbekistan-railway', 'uzbekistan']);
      await filter('nothing like this');
      await expect.poll(listed).toEqual([]);
      await filter('');
      await expect.poll(async () => (await listed()).length).toBe(all);
      await panel.close();
      await page.close();
    });

    it('shows the interface in Arabic (right to left) and in Chinese, and highlights the first mention of each entity, and every mention on request', async () => {
      const page = await h.openArticle();
      const panel = await h.openFor(page.url(), 'sidepanel');
      try {
        await panel.select('select[data-setting="interface"]', 'ar');
        await panel.waitFor(
          () => document.documentElement.dir === 'rtl' && document.querySelector('h1')?.textContent === 'رفيق',
        );
        await page.bringToFront();
        await h.hover(page, HOVER_TARGET);
        expect(await page.evaluate(cardChrome)).toEqual({ type: 'شخصية', dir: 'rtl' });

        await panel.select('select[data-setting="interface"]', 'zh');
        await panel.waitFor(
          () =>
            document.documentElement.dir === 'ltr' &&
            document.querySelector('input.filter')?.getAttribute('placeholder') === '筛选实体',
        );
        await page.waitFor(
          () =>
            [...document.documentElement.children]
              .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
              ?.shadowRoot?.querySelector('.rafiq-type')?.textContent === '人物',
        );

        // By default the first mention of each entity is painted; every mention on request.
        const entities = await panel.evaluate(() => document.querySelectorAll('[data-entity]').length);
        expect((await page.evaluate(highlightedTexts)).length).toBe(entities);
        await panel.select('select[data-setting="mode"]', 'all');
        await expect.poll(async () => (await page.evaluate(highlightedTexts)).length).toBeGreaterThan(entities);
      } finally {
        await panel.select('select[data-setting="mode"]', 'first');
        await panel.select('select[data-setting="interface"]', 'auto');
      }
      await panel.close();
      await page.close();
    });
  });
}
