import type { ShadowOf } from '../../page/shadow';

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
export function firstLook(doc: Document, budget = 4000, shadowOf?: ShadowOf): FirstLook {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  if (ARABIC_SCRIPT_LANGS.test(lang)) return 'arabic-script';
  if (!doc.body) return 'too-little-text';
  let seen = 0;
  let arabic = 0;
  let letters = 0;
  // Depth first, in document order, into shadow trees too (web-component sites keep their text there).
  const stack: Node[] = [doc.body];
  while (stack.length && seen < budget) {
    const node = stack.pop() as Node;
    if (node.nodeType === 1 || node.nodeType === 11) {
      if (NOT_TEXT.test(node.nodeName)) continue;
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
      const shadow = node.nodeType === 1 && shadowOf ? shadowOf(node as Element) : null;
      if (shadow) stack.push(shadow);
      continue;
    }
    if (node.nodeType !== 3) continue;
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
