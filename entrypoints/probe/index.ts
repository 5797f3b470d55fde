import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Message } from '../../extension/messages';
import { inputTap } from '../../page/input-tap';
import { extensionShadowOf } from '../../page/shadow';
import { firstLook } from './looks-arabic';

/** How long, and how often, to look again at a page that had almost no text at first. */
const WATCH_MS = 15_000;
const RECHECK_MS = 1_000;

/**
 * The only script every page (and every frame) gets, at `document_start` (declared in
 * wxt.config.ts). At once, it adds Rafiq's input listeners before any page script can add its
 * own (page/input-tap.ts). Once the document is parsed, it reads a few thousand characters to see
 * whether the page is written in Arabic script at all; only then does the background inject the
 * annotator. A page that shows almost no text yet (an app still loading, a frame written later)
 * is looked at again, briefly, as it fills.
 *
 * An unlisted script declared by hand, not a WXT content script: WXT's context would announce
 * the script to every page it runs on (see the annotator).
 */
export default defineUnlistedScript(() => {
  if ((window as { __rafiqProbe?: boolean }).__rafiqProbe) return;
  (window as { __rafiqProbe?: boolean }).__rafiqProbe = true;
  inputTap(window);

  const shadowOf = extensionShadowOf();
  let reported = false;
  const look = () => {
    if (reported) return 'arabic-script';
    const verdict = firstLook(document, undefined, shadowOf);
    if (verdict === 'arabic-script') {
      reported = true;
      // Typed by the schema, sent as it is: the probe only sends, so it imports types alone, and
      // the one script every page gets carries no schema and no schema library.
      const found: Message<'background:arabic-page'> = { type: 'background:arabic-page' };
      void browser.runtime.sendMessage(found).catch(() => {});
    }
    return verdict;
  };

  const start = () => {
    if (look() !== 'too-little-text') return;
    let timer = 0;
    // The document node itself: it outlives `document.open()` and a replaced <body>.
    const observer = new MutationObserver(() => {
      if (timer) return;
      timer = window.setTimeout(() => {
        timer = 0;
        if (look() !== 'too-little-text') stop();
      }, RECHECK_MS);
    });
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    window.setTimeout(stop, WATCH_MS);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
});
