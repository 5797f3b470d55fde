/**
 * Launching the real browsers with the built extension loaded, as a user would install it:
 * Debian's Chromium through playwright-core, Debian's Firefox ESR through puppeteer-core.
 * No test tool downloads a browser of its own.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { REPO } from './server';

/** The built extension (`RAFIQ_OUT_DIR` names another build folder, as `wxt.config.ts` does). */
export const OUT = resolve(REPO, process.env.RAFIQ_OUT_DIR || '.output');
export const CHROME_EXTENSION = join(OUT, 'chrome-mv3');
export const FIREFOX_EXTENSION = join(OUT, 'firefox-mv3');
export const GECKO_ID = 'rafiq@reading-companion';
/** Fixed so tests can open the extension's pages at a known moz-extension:// address. */
export const FIREFOX_UUID = '5a2d7f1e-8c3b-4e6a-9f10-2b7c4d8e6a01';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(options: { headless?: boolean; locale?: string } = {}): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'rafiq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    locale: options.locale,
    args: [
      `--disable-extensions-except=${CHROME_EXTENSION}`,
      `--load-extension=${CHROME_EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefox(options: { headless?: boolean; locale?: string } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  return { browser, close: () => browser.close() };
}
