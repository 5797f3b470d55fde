import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { measure } from '../../page/timing';
import { firstLook } from './looks-arabic';

/** How long, and how often, to look again at a page that had almost no text at first. */
const WATCH_MS = 15_000;
const RECHECK_MS = 1_000;

/**
 * The only script every page gets. It reads a few thousand characters to see whether the page is
 * written in Arabic script at all; only then does the background inject the annotator. A page
 * that shows almost no text yet (an app still loading) is looked at again, briefly, as it fills.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const look = () => {
      const started = performance.now();
      const verdict = firstLook(document);
      measure('probe', started);
      if (verdict === 'arabic-script') void browser.runtime.sendMessage({ type: 'cs:arabic-page' }).catch(() => {});
      return verdict;
    };
    if (look() !== 'too-little-text' || !document.body) return;

    let timer = 0;
    const observer = new MutationObserver(() => {
      if (timer) return;
      timer = ctx.setTimeout(() => {
        timer = 0;
        if (look() !== 'too-little-text') observer.disconnect();
      }, RECHECK_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(() => observer.disconnect(), WATCH_MS);
    ctx.onInvalidated(() => observer.disconnect());
  },
});
