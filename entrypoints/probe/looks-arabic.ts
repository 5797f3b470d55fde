/** Languages written in Arabic script: a page declaring one is worth a closer look. */
const ARABIC_SCRIPT_LANGS = /^(ar|fa|ur|ps|ckb|ku|sd|ug|ara|per|fas)\b/i;

const NOT_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i;

/** Below this many letters a page has not shown its text yet (an app still loading). */
const ENOUGH_LETTERS = 200;

export type FirstLook = 'arabic-script' | 'other' | 'too-little-text';

/**
 * A cheap first look: the declared language, then up to `budget` characters of text, counting
 * Arabic-script letters. The annotator makes the real decision (Arabic or not, on topic or not).
 */
export function firstLook(doc: Document, budget = 4000): FirstLook {
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  if (ARABIC_SCRIPT_LANGS.test(lang)) return 'arabic-script';
  if (!doc.body) return 'too-little-text';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      NOT_TEXT.test(node.parentNode?.nodeName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let seen = 0;
  let arabic = 0;
  let letters = 0;
  for (let node = walker.nextNode(); node && seen < budget; node = walker.nextNode()) {
    const text = (node as Text).data;
    const n = Math.min(text.length, budget - seen);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x0600 && c <= 0x06ff) {
        arabic++;
        letters++;
      } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f) {
        letters++;
      }
    }
    seen += n;
  }
  if (arabic >= 40 && arabic >= letters * 0.2) return 'arabic-script';
  return letters < ENOUGH_LETTERS ? 'too-little-text' : 'other';
}
