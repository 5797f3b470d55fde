/**
 * npm run demo [-- --headed] [--out DIR]
 *
 * Builds Rafiq, serves the bundled sample article on 127.0.0.1, opens it in Chromium with the
 * built extension loaded, hovers a name, toggles the glossary language from the side panel, and
 * writes screenshots (the Arabic interface in a dark theme too) plus a short summary of what Rafiq detected into the output folder
 * (demo-output/ by default). Headless unless --headed is given (needs a display).
 */

import { execSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { reasonRenderer } from '../components/reason-text';
import { launchChromium } from '../e2e/browsers';
import { pointOf, readCard, readHighlights } from '../e2e/page-checks';
import { FOLDERS, REPO, serveFolders } from '../e2e/server';
import { buildGlossary } from '../glossary/build';
import type { LanguageReason, TopicReason } from '../lib/detect/reasons';
import { packLabels } from '../lib/pack-labels';

const SAMPLE = '/samples/summit-article.html';
const HOVER: [string, string] = ['rafiq-person', 'قاسم جومارت توكاييف'];

interface TabStateLike {
  language: { code: string; isArabic: boolean; reasons: LanguageReason[] };
  topic: { level: string; score: number; reasons: TopicReason[] };
  entities: Array<{ pack: string; entity: string; count: number }>;
}

async function main() {
  const args = process.argv.slice(2);
  const headed = args.includes('--headed');
  const outIndex = args.indexOf('--out');
  const out = resolve((outIndex >= 0 && args[outIndex + 1]) || join(REPO, 'demo-output'));
  if (!args.includes('--no-build')) execSync('npm run -s build', { cwd: REPO, stdio: 'inherit' });
  await mkdir(out, { recursive: true });

  const server = await serveFolders(FOLDERS);
  const session = await launchChromium({ headless: !headed });
  try {
    // The developer switch: readable highlight names and an open card root, which this script
    // reads to find a name to hover and to wait for the card (readers get random names and a
    // closed root, which the page's own scripts cannot look into).
    const control = await session.context.newPage();
    await control.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
    await control.evaluate(() => chrome.storage.sync.set({ inspectable: true }));
    await control.close();
    const page = await session.context.newPage();
    await page.goto(server.origin + SAMPLE);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('rafiq-')), null, {
      timeout: 15_000,
    });
    await page.screenshot({ path: join(out, '1-highlights.png') });

    const point = await page.evaluate(pointOf, HOVER);
    if (!point) throw new Error('the sample article has no highlight to hover');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForFunction(() => {
      const card = [...document.documentElement.children]
        .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
        ?.shadowRoot?.querySelector('.rafiq-card');
      return !!card && !card.textContent?.includes('…');
    });
    const cardEn = await page.evaluate(readCard);
    await page.screenshot({ path: join(out, '2-card-english.png') });

    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 420, height: 800 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    const tabId = await panel.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      page.url(),
    );
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-entity]');
    const state = (
      (await panel.evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'background:get-tab-state', tabId: id }),
        tabId,
      )) as {
        findings: TabStateLike;
      }
    ).findings;
    await panel.screenshot({ path: join(out, '3-side-panel-english.png'), fullPage: true });
    await panel.click('[data-language="zh"]');
    await panel.waitForSelector('[data-language="zh"][aria-pressed="true"]');
    await panel.screenshot({ path: join(out, '4-side-panel-chinese.png'), fullPage: true });

    await page.bringToFront();
    await page.waitForFunction(
      () =>
        [...document.documentElement.children]
          .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
          ?.shadowRoot?.querySelector('.rafiq-card')
          ?.getAttribute('data-language') === 'zh',
    );
    const cardZh = await page.evaluate(readCard);
    await page.screenshot({ path: join(out, '5-card-chinese.png') });
    // Leave the profile as we found it: English is the default.
    await panel.click('[data-language="en"]');

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.verdict');
    await popup.screenshot({ path: join(out, '6-popup.png'), fullPage: true });

    // The Arabic interface (right to left) in a dark theme: popup, panel and the card's labels.
    await panel.selectOption('select[data-setting="interface"]', 'ar');
    await panel.waitForFunction(() => document.documentElement.dir === 'rtl');
    for (const p of [page, panel, popup]) await p.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: join(out, '7-side-panel-arabic-dark.png'), fullPage: true });
    await popup.reload();
    await popup.waitForFunction(() => document.documentElement.dir === 'rtl' && !!document.querySelector('.verdict'));
    await popup.screenshot({ path: join(out, '8-popup-arabic-dark.png'), fullPage: true });
    await page.bringToFront();
    await page.mouse.move(2, 2);
    await page.waitForTimeout(400);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForFunction(() => {
      const layer = [...document.documentElement.children]
        .find((e) => e.shadowRoot?.querySelector('.rafiq-layer'))
        ?.shadowRoot?.querySelector('.rafiq-layer') as HTMLElement | null | undefined;
      return layer?.dir === 'rtl' && !!layer.querySelector('.rafiq-card') && !layer.textContent?.includes('…');
    });
    await page.screenshot({ path: join(out, '9-card-arabic-dark.png') });
    await panel.selectOption('select[data-setting="interface"]', 'auto');

    const highlights = await page.evaluate(readHighlights);
    // The reasons the panel showed, in English from the extension's own strings.
    const { index } = buildGlossary();
    const say = reasonRenderer('en', packLabels(index)[0]);
    const named = (id: string) => index.entities.find((e) => e.id === id);
    const summary = [
      `Rafiq demo — ${new Date().toISOString()}`,
      `page: ${page.url()}`,
      `language: ${state.language.code} (Arabic: ${state.language.isArabic}) — ${state.language.reasons.map(say).join('; ')}`,
      `topic: ${state.topic.level} (score ${state.topic.score}) — ${state.topic.reasons.map(say).join('; ')}`,
      `highlights: ${Object.entries(highlights)
        .map(([name, ranges]) => `${name} ×${ranges.length}`)
        .join(', ')}`,
      `entities (${state.entities.length}):`,
      ...state.entities.map((e) => {
        const n = named(e.entity);
        return `  ${(n?.type ?? '?').padEnd(12)} ${n?.name.en ?? e.entity} / ${n?.name.zh ?? ''} ×${e.count} (${e.pack})`;
      }),
      `card (English): ${cardEn?.text.replace(/\s+/g, ' ')}`,
      `card (Chinese): ${cardZh?.text.replace(/\s+/g, ' ')}`,
      '',
    ].join('\n');
    await writeFile(join(out, 'summary.txt'), summary);
    process.stdout.write(`${summary}\nScreenshots and summary written to ${out}\n`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
