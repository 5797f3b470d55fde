import glossary from 'virtual:rafiq-glossary';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createI18n, resolveUiLanguage } from '../../extension/i18n';
import type { PaintSignal } from '../../extension/messages';
import { onMessage, sendMessage } from '../../extension/messaging';
import { glossaryLanguage, highlightMode, uiLanguageSetting } from '../../extension/settings';
import { Annotator } from '../../lib/annotate';
import ar from '../../locales/ar/card.json';
import en from '../../locales/en/card.json';
import zh from '../../locales/zh/card.json';
import { highlightApiAvailable } from '../../page/highlights';
import { measure } from '../../page/timing';
import { HoverCard } from './hover-card';
import { PageSession } from './page-session';

declare global {
  interface Window {
    __rafiqAnnotator?: boolean;
  }
}

/**
 * Injected by the background into frames the probe found in Arabic script: reads the page,
 * reports what it found, paints when the background says so, shows a card on hover or keyboard
 * focus, and follows the page as it changes.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  async main(ctx) {
    if (window.__rafiqAnnotator || !document.body || !highlightApiAvailable()) return;
    window.__rafiqAnnotator = true;

    const browserLanguage = browser.i18n.getUILanguage();
    const i18n = createI18n(
      { card: { en, zh, ar } },
      resolveUiLanguage(await uiLanguageSetting.read(), browserLanguage),
    );
    const card = new HoverCard(ctx, glossary, await glossaryLanguage.read(), i18n, () => session.clearFocus());

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
      if (!annotation) return;
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
    const session = new PageSession(document, annotator, glossary, () => {
      // A re-read replaces every range: a card anchored to an old one would float. A pinned card
      // stays while its text is still on the page.
      if (card.shown && !(card.isPinned && card.shown.range.startContainer.isConnected)) card.hide();
      report();
    });
    session.setMode(await highlightMode.read());
    // Watch first: text that arrives while the first read runs is read next.
    session.watch();
    await session.read();

    // A page restored from the back/forward cache keeps Rafiq, but the background forgot it.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) report();
    };
    window.addEventListener('pageshow', onPageShow);

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
    const onMove = (event: PointerEvent) => {
      lastEvent = event;
      lastX = event.clientX;
      lastY = event.clientY;
      if (pending || !session.isPainted) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const event = lastEvent;
        if (card.contains(lastX, lastY)) return card.keepOpen();
        const hit = session.index?.atPoint(document, lastX, lastY) ?? null;
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
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.shown) {
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
    document.addEventListener('pointermove', onMove, { passive: true });
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('resize', onScroll, { passive: true });

    ctx.onInvalidated(() => {
      for (const stop of unwatch) stop();
      stopListening();
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('pageshow', onPageShow);
      window.__rafiqAnnotator = false;
      card.destroy();
      session.stop();
    });
  },
});
