import glossary from 'virtual:rafiq-glossary';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createI18n, resolveUiLanguage } from '../../extension/i18n';
import { parseMessage } from '../../extension/messages';
import { sendMessage } from '../../extension/messaging';
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
    const card = new HoverCard(ctx, glossary, await glossaryLanguage.read(), i18n);

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
        .then((answer) => session.setPainted(answer?.paint ?? false))
        .catch(() => {});
    };
    const annotator = new Annotator(glossary);
    const session = new PageSession(document, annotator, glossary, () => {
      // A re-read replaces every range: a card anchored to an old one would float.
      if (card.shown) card.hide();
      report();
    });
    session.setMode(await highlightMode.read());
    await session.read();
    session.watch();

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

    const onMessage = (raw: unknown) => {
      const message = parseMessage(raw);
      if (!message) return undefined;
      if (message.type === 'bg:paint') {
        session.setPainted(message.paint);
        if (!message.paint) {
          card.hide();
          session.clearFocus();
        }
      } else if (message.type === 'bg:navigate') {
        const mention = session.step(message.direction);
        if (mention) card.show(mention, true);
      } else if (message.type === 'panel:scroll-to') {
        const mention = session.isPainted ? session.revealNext(message.id) : null;
        return Promise.resolve({ found: !!mention });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

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
    document.addEventListener('pointermove', onMove, { passive: true });
    document.addEventListener('keydown', onKey);

    ctx.onInvalidated(() => {
      for (const stop of unwatch) stop();
      browser.runtime.onMessage.removeListener(onMessage);
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('keydown', onKey);
      card.destroy();
      session.stop();
    });
  },
});
