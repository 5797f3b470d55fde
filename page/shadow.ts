/**
 * Shadow roots, open and closed. Web-component sites put their article text in shadow trees,
 * which a plain walk of the document never enters. Pages read `element.shadowRoot` for open
 * roots only; an extension can read closed ones too (`chrome.dom.openOrClosedShadowRoot` in
 * Chromium, `element.openOrClosedShadowRoot` in Firefox content scripts). Outside an extension
 * (the annotate CLI, unit tests) only open roots are seen.
 *
 * Closed roots are looked for where they can be without asking about every element, which on a
 * page of 100,000 elements costs about 200 ms in Chromium: on custom elements (a name with a
 * hyphen), where web components put them, and on the built-in elements that may host a shadow
 * root (`<div>`, `<span>`, `<article>`, … per the DOM standard) when they have no children of
 * their own, as a host showing only its shadow tree has; empty elements are few on a page.
 * Open roots are found on any element.
 */

/** The built-in HTML elements `attachShadow` accepts (DOM standard, "valid shadow host name"). */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** Whether an element is worth asking for a closed shadow root (see above). */
export function mayHostClosedRoot(element: Element): boolean {
  const name = element.localName;
  return name.includes('-') || (element.firstChild === null && SHADOW_HOSTS.has(name));
}

export type ShadowOf = (element: Element) => ShadowRoot | null;

/** Open roots only: what any script can see. */
export const openShadowOf: ShadowOf = (element) => element.shadowRoot;

/** Open and closed roots, with whichever extension API this browser offers. */
export function extensionShadowOf(): ShadowOf {
  const g = globalThis as {
    chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } };
  };
  const chromeDom = g.chrome?.dom?.openOrClosedShadowRoot;
  if (typeof chromeDom === 'function') {
    return (element) => {
      // Only HTML elements can host a shadow root; the call throws for anything else.
      if (element.shadowRoot) return element.shadowRoot;
      if (!mayHostClosedRoot(element) || !(element instanceof HTMLElement)) return null;
      try {
        return chromeDom(element) ?? null;
      } catch {
        return null;
      }
    };
  }
  return (element) =>
    element.shadowRoot ??
    (mayHostClosedRoot(element)
      ? ((element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null)
      : null);
}
