import glossary from 'virtual:rafiq-glossary';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createI18n, resolveUiLanguage } from '../../extension/i18n';
import type { PaintSignal } from '../../extension/messages';
import { onMessage, sendMessage } from '../../extension/messaging';
import { glossaryLanguage, highlightMode, uiLanguageSetting } from '../../extension/settings';
import { Annotator } from '../../lib/annotate';
import ar from '../../locales/ar/card.json';
import en from '../../locales/en/card.json';
import zh from '../../locales/zh/card.json';
import { highlightApiAvailable } from '../../page/highlights';
import { inputTap } from '../../page/input-tap';
import { extensionShadowOf } from '../../page/shadow';
import { measure } from '../../page/timing';
import { HoverCard } from './hover-card';
import { PageSession } from './page-session';

declare global {
  interface Window {
    __rafiqAnnotator?: boolean;
  }
}

/** How often Rafiq checks that the extension is still there (it was updated, reloaded or removed). */
const ALIVE_CHECK_MS = 2000;

/**
 * Injected by the background into frames the probe found in Arabic script: reads the page,
 * reports what it found, paints when the background says so, shows a card on hover or keyboard
 * focus, and follows the page as it changes.
 *
 * An unlisted script, not a WXT content script: WXT's content-script context announces every
 * start to the page (a `window.postMessage` and a DOM event named after the extension's id) and
 * stops when it sees that announcement again, so a page could both tell that its reader runs
 * Rafiq and switch it off by replaying it. Here nothing is ever sent to the page, and Rafiq stops
 * only when the extension itself is gone.
 */
export default defineUnlistedScript(async () => {
  if (window.__rafiqAnnotator || !document.documentElement || !highlightApiAvailable()) return;
  window.__rafiqAnnotator = true;

  const browserLanguage = browser.i18n.getUILanguage();
  const i18n = createI18n({ card: { en, zh, ar } }, resolveUiLanguage(await uiLanguageSetting.read(), browserLanguage));
  const card = new HoverCard(glossary, await glossaryLanguage.read(), i18n, () => session.clearFocus());

  /** Follows the background's word: paint or not, and keep running or stop altogether. */
  const apply = ({ paint, active }: PaintSignal) => {
    if (!active) {
      session.stop();
      card.hide();
      return;
    }
    if (!session.isWatching) {
      session.watch();
      void session.read();
    }
    session.setPainted(paint);
    if (!paint) {
      card.hide();
      session.clearFocus();
    }
  };
  const report = () => {
    const annotation = session.annotation;
    if (!annotation || !alive()) return;
    sendMessage('cs:page-state', {
      findings: {
        url: location.href,
        title: document.title,
        language: annotation.language,
        topic: annotation.topic,
        entities: annotation.entities,
      },
    })
      .then((answer) => answer && apply(answer))
      .catch(() => {});
  };
  const annotator = new Annotator(glossary);
  const session = new PageSession(
    document,
    annotator,
    glossary,
    (_, follow) => {
      // `document.open()` erased every listener of the window: they are added again (a no-op
      // when they are still there).
      listen();
      card.follow(follow);
      report();
    },
    { shadowOf: extensionShadowOf(), ownHost: () => card.hostElement },
  );
  session.setMode(await highlightMode.read());

  // A page restored from the back/forward cache keeps Rafiq, but the background forgot it.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) report();
  };

  const unwatch = [
    glossaryLanguage.watch((language) => card.setLanguage(language)),
    highlightMode.watch((mode) => {
      session.setMode(mode);
      report();
    }),
    uiLanguageSetting.watch((setting) => {
      void i18n.changeLanguage(resolveUiLanguage(setting, browserLanguage)).then(() => card.setI18n(i18n));
    }),
  ];

  const stopListening = onMessage((message) => {
    if (message.type === 'bg:paint') {
      apply(message);
    } else if (message.type === 'bg:navigate') {
      const mention = session.step(message.direction);
      if (mention) card.show(mention, true);
    } else if (message.type === 'panel:scroll-to') {
      const mention = session.isPainted ? session.revealNext(message.id) : null;
      return Promise.resolve({ found: !!mention });
    }
    return undefined;
  });

  let pending = false;
  let lastX = 0;
  let lastY = 0;
  let hovered: string | null = null;
  let lastEvent: PointerEvent | null = null;
  const onMove = (event: Event) => {
    const pointer = event as PointerEvent;
    lastEvent = pointer;
    lastX = pointer.clientX;
    lastY = pointer.clientY;
    if (pending || !session.isPainted) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const event = lastEvent;
      if (card.contains(lastX, lastY)) return card.keepOpen();
      const hit = session.index?.atPoint(document, lastX, lastY, session.shadowRoots) ?? null;
      if (hit) {
        if (card.show(hit) && event) measure('hover', event.timeStamp);
      } else card.scheduleHide();
      const id = hit ? (glossary.entities[hit.entity]?.id ?? null) : null;
      if (id !== hovered) {
        hovered = id;
        sendMessage('cs:hover', { id }).catch(() => {});
      }
    });
  };
  const onKey = (event: Event) => {
    if ((event as KeyboardEvent).key === 'Escape' && card.shown) {
      card.hide();
      session.clearFocus();
    }
  };
  // A fixed card follows its term when the page scrolls or resizes.
  let placing = false;
  const onScroll = () => {
    if (placing || !card.shown) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      card.reposition();
    });
  };
  // Pointer and keys come from the probe's listeners, added before any page script could add its
  // own (see page/input-tap.ts).
  const tap = inputTap(window);
  const untap = [tap.on('pointermove', onMove), tap.on('keydown', onKey)];
  const listen = () => {
    tap.reinstall();
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('resize', onScroll, { passive: true });
    window.addEventListener('pageshow', onPageShow);
  };
  listen();

  let stopped = false;
  /** Whether the extension is still there; the first time it is not, everything stops. */
  function alive(): boolean {
    if (stopped) return false;
    let ok = false;
    try {
      ok = !!browser.runtime?.id;
    } catch {
      ok = false;
    }
    if (!ok) shutDown();
    return ok;
  }
  const aliveTimer = window.setInterval(alive, ALIVE_CHECK_MS);
  function shutDown() {
    stopped = true;
    window.clearInterval(aliveTimer);
    for (const stop of unwatch) stop();
    for (const stop of untap) stop();
    stopListening();
    window.removeEventListener('scroll', onScroll, { capture: true });
    window.removeEventListener('resize', onScroll);
    window.removeEventListener('pageshow', onPageShow);
    window.__rafiqAnnotator = false;
    card.destroy();
    session.stop();
  }

  // Watch first: text that arrives while the first read runs is read next.
  session.watch();
  await session.read();
});
