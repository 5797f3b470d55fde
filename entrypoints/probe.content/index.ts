import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { measure } from '../../page/timing';
import { looksArabicScript } from './looks-arabic';

/**
 * The only script every page gets. It reads a few thousand characters to see whether the page is
 * written in Arabic script at all; only then does the background inject the annotator.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const started = performance.now();
    const arabic = !!document.body && looksArabicScript(document);
    measure('probe', started);
    if (!arabic) return;
    void browser.runtime.sendMessage({ type: 'cs:arabic-page' }).catch(() => {});
  },
});
