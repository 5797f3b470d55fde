/**
 * One small interface over playwright-core (Chromium) and puppeteer-core (Firefox), so every e2e
 * scenario is written once and run in both browsers.
 */

import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { type ChromiumSession, FIREFOX_UUID, type FirefoxSession, launchChromium, launchFirefox } from './browsers';
import { decodePng, type Pixels } from './png';

export interface PageDriver {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn` (run in the page) returns true. */
  waitFor(fn: () => boolean, timeout?: number): Promise<void>;
  moveMouse(x: number, y: number): Promise<void>;
  /** Moves the mouse through `points` without stopping (one event at each). */
  sweep(points: ReadonlyArray<{ x: number; y: number }>): Promise<void>;
  click(selector: string): Promise<void>;
  /** A real mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Chooses `value` in the <select> matching `selector`. */
  select(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** What the browser drew in the viewport, pixel by pixel (device pixels). */
  pixels(): Promise<Pixels>;
  /** Runs `fn` in every frame of the page but the top one, in document order. */
  evaluateInFrames<R>(fn: () => R | Promise<R>): Promise<R[]>;
  /** Types text with the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** A tap of one finger at viewport coordinates (pointer events of type `touch`). */
  tap(x: number, y: number): Promise<void>;
  /** Resizes the viewport (CSS pixels): a phone, or what a zoomed window leaves. */
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Emulates a phone's touch screen (coarse pointer, no hover) where the browser can: true in
   * Chromium (its mobile emulation); false in Firefox, which has no such emulation over BiDi.
   */
  emulateTouchScreen(): Promise<boolean>;
  /** The JavaScript heap of the page's process after a full GC, in MB (null where no browser API tells). */
  heapMB(): Promise<number | null>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  /** Opens a web page and waits for it to load. */
  open(url: string): Promise<PageDriver>;
  /** Opens one of the extension's own pages (`sidepanel.html?tab=3`) and waits for `ready`. */
  openExtensionPage(path: string, ready: () => boolean): Promise<PageDriver>;
  close(): Promise<void>;
}

/** Marks the current document, so a reload is known to be done when the mark is gone. */
const markDocument = () => {
  (window as unknown as { __rafiqOld?: boolean }).__rafiqOld = true;
};
const freshDocument = () =>
  document.readyState === 'complete' && !(window as unknown as { __rafiqOld?: boolean }).__rafiqOld;

function playwrightPage(page: PlaywrightPage): PageDriver {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Polled on a timer, not on animation frames: a page may have replaced requestAnimationFrame.
    waitFor: async (fn, timeout = 15_000) => void (await page.waitForFunction(fn, null, { timeout, polling: 50 })),
    moveMouse: async (x, y) => {
      await page.mouse.move(1, 1);
      await page.mouse.move(x, y, { steps: 2 });
    },
    sweep: async (points) => {
      for (const p of points) await page.mouse.move(p.x, p.y);
    },
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    press: (key) => page.keyboard.press(key),
    reload: async () => {
      await page.evaluate(markDocument);
      await page.reload();
      await page.waitForFunction(freshDocument);
    },
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    pixels: async () => decodePng(await page.screenshot()),
    evaluateInFrames: (fn) => inChildFrames(page.frames(), fn),
    type: (text) => page.keyboard.type(text),
    async tap(x, y) {
      // Over CDP: playwright's touchscreen needs a context created with touch, this one is not.
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async emulateTouchScreen() {
      const cdp = await page.context().newCDPSession(page);
      const { width, height } = page.viewportSize() ?? { width: 360, height: 640 };
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: true });
      // The session stays attached: detaching it would end the emulation.
      return true;
    },
    async heapMB() {
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize / 2 ** 20;
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    close: () => page.close(),
  };
}

function puppeteerPage(page: PuppeteerPage, extensionPage = false): PageDriver {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Our own polling: puppeteer's waitForFunction runs helper code in the page, which a page
    // that replaces built-ins (the hostile suite has one) breaks.
    waitFor: (fn, timeout = 15_000) => pollUntil(() => page.evaluate(fn), timeout),
    moveMouse: async (x, y) => {
      await page.mouse.move(1, 1);
      await page.mouse.move(x, y, { steps: 2 });
    },
    sweep: async (points) => {
      for (const p of points) await page.mouse.move(p.x, p.y);
    },
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    select: async (selector, value) => void (await page.select(selector, value)),
    // Puppeteer presses one key: a chord such as Shift+Tab is held and released by hand.
    press: async (chord) => {
      const keys = chord.split('+') as never[];
      const key = keys.pop() as never;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    reload: async () => {
      await page.evaluate(markDocument);
      // Over WebDriver BiDi, Firefox never reports a moz-extension:// navigation as finished.
      if (extensionPage) void page.reload().catch(() => {});
      else await page.reload();
      await page.waitForFunction(freshDocument, { timeout: 15_000 });
    },
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
    pixels: async () => decodePng(await page.screenshot()),
    evaluateInFrames: (fn) => inChildFrames(page.frames(), fn),
    type: (text) => page.keyboard.type(text),
    tap: (x, y) => page.touchscreen.tap(x, y),
    setViewport: (width, height) => page.setViewport({ width, height }),
    emulateTouchScreen: async () => false,
    // WebDriver BiDi has no heap measurement, and Firefox gives pages no memory API.
    heapMB: async () => null,
    close: () => page.close(),
  };
}

/** Runs `fn` in every frame but the first (the top one), with either library's frames. */
function inChildFrames<R>(
  frames: ReadonlyArray<{ evaluate(fn: never): Promise<unknown> }>,
  fn: () => R | Promise<R>,
): Promise<R[]> {
  return Promise.all(frames.slice(1).map((f) => f.evaluate(fn as never))) as Promise<R[]>;
}

/** Calls `check` every 50 ms until it resolves true; rejects after `timeout` ms. */
async function pollUntil(check: () => Promise<boolean>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Waiting failed: ${timeout} ms exceeded`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function chromiumDriver(): Promise<BrowserDriver> {
  const session: ChromiumSession = await launchChromium();
  return {
    name: 'chromium',
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      return playwrightPage(page);
    },
    async openExtensionPage(path, ready) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      await page.waitForFunction(ready);
      return playwrightPage(page);
    },
    close: () => session.close(),
  };
}

/**
 * Opens one of the extension's pages in Firefox and waits for `ready` there. Over WebDriver BiDi,
 * Firefox never reports a moz-extension:// navigation as finished, and evaluating while the tab
 * is still between documents can fail outright: so it waits by trying again.
 */
export async function openFirefoxExtensionPage(
  session: FirefoxSession,
  path: string,
  ready: () => boolean = () => true,
): Promise<PuppeteerPage> {
  const page = await session.browser.newPage();
  void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForFunction(() => location.protocol === 'moz-extension:', { timeout: 15_000 });
      await page.waitForFunction(ready, { timeout: 15_000 });
      return page;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function firefoxDriver(): Promise<BrowserDriver> {
  const session: FirefoxSession = await launchFirefox();
  return {
    name: 'firefox',
    async open(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      return puppeteerPage(page);
    },
    async openExtensionPage(path, ready) {
      const page = await openFirefoxExtensionPage(session, path, ready);
      return puppeteerPage(page, true);
    },
    close: () => session.close(),
  };
}
