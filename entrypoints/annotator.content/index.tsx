import glossary from 'virtual:rafiq-glossary';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../extension/messaging';
import { glossaryLanguage, readGlossaryLanguage } from '../../extension/settings';
import { Annotator } from '../../lib/annotate';
import { highlightApiAvailable, paintHighlights, placeMentions } from '../../page/highlights';
import { MentionIndex } from '../../page/hit-test';
import { collectPageText } from '../../page/page-text';
import { HoverCard } from './hover-card';

declare global {
  interface Window {
    __rafiqAnnotator?: boolean;
  }
}

/**
 * Injected by the background into frames the probe found Arabic: reads the page, decides whether
 * it is Arabic and on topic, highlights the mentions, shows a card on hover, reports to the panel.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  async main(ctx) {
    if (window.__rafiqAnnotator || !document.body) return;
    window.__rafiqAnnotator = true;

    const annotator = new Annotator(glossary);
    const page = collectPageText(document.body);
    const main = document.querySelector('article, main, [role="main"]');
    const result = annotator.annotate({
      text: page.text,
      breaks: page.breaks,
      lang: document.documentElement.getAttribute('lang'),
      mainText: main?.textContent && main.textContent.length > 400 ? main.textContent : undefined,
    });
    const highlighted = result.language.isArabic && result.topic.level !== 'none' && highlightApiAvailable();

    void sendMessage('cs:page-state', {
      state: {
        url: location.href,
        title: document.title,
        language: result.language,
        topic: result.topic,
        highlighted,
        entities: result.entities,
      },
    }).catch(() => {});
    if (!highlighted) return;

    const placed = placeMentions(page, result.mentions, (entity) => glossary.entities[entity]?.type ?? 'place');
    paintHighlights(placed);

    const index = new MentionIndex(placed, page.nodes, page.starts);
    const card = new HoverCard(ctx, glossary, await readGlossaryLanguage());
    const unwatch = glossaryLanguage.watch((language) => card.setLanguage(language));
    ctx.onInvalidated(() => {
      unwatch();
      card.destroy();
    });

    let pending = false;
    let lastX = 0;
    let lastY = 0;
    const onMove = (event: PointerEvent) => {
      lastX = event.clientX;
      lastY = event.clientY;
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (card.contains(lastX, lastY)) return card.keepOpen();
        const hit = index.atPoint(document, lastX, lastY);
        if (hit) card.show(hit);
        else card.scheduleHide();
      });
    };
    document.addEventListener('pointermove', onMove, { passive: true });
    ctx.onInvalidated(() => document.removeEventListener('pointermove', onMove));
  },
});
