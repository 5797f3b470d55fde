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

/**
 * The built-in HTML elements `attachShadow` accepts (DOM standard, "valid shadow host name"), as
 * `localName` gives them and in upper case, as `nodeName` does in an HTML document.
 */
const SHADOW_HOST_NAMES = [
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
];
const SHADOW_HOSTS = new Set([...SHADOW_HOST_NAMES, ...SHADOW_HOST_NAMES.map((n) => n.toUpperCase())]);

/**
 * Whether an element is worth asking for a closed shadow root (see above). A walk that has read
 * the element's `nodeName` and `firstChild` already passes them (each read crosses into the DOM).
 */
export function mayHostClosedRoot(
  element: Element,
  name: string = element.localName,
  firstChild: Node | null = element.firstChild,
): boolean {
  return name.includes('-') || (firstChild === null && SHADOW_HOSTS.has(name));
}

/** The shadow root to read of an element; `name` and `firstChild` as in `mayHostClosedRoot`. */
export type ShadowOf = (element: Element, name?: string, firstChild?: Node | null) => ShadowRoot | null;

/** Open roots only: what any script can see. */
export const openShadowOf: ShadowOf = (element) => element.shadowRoot;

/** Open and closed roots, with whichever extension API this browser offers. */
export function extensionShadowOf(): ShadowOf {
  const g = globalThis as {
    chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } };
  };
  const chromeDom = g.chrome?.dom?.openOrClosedShadowRoot;
  if (typeof chromeDom === 'function') {
    return (element, name, firstChild) => {
      // Only HTML elements can host a shadow root; the call throws for anything else.
      const open = element.shadowRoot;
      if (open) return open;
      if (!mayHostClosedRoot(element, name, firstChild) || !(element instanceof HTMLElement)) return null;
      try {
        return chromeDom(element) ?? null;
      } catch {
        return null;
      }
    };
  }
  return (element, name, firstChild) =>
    element.shadowRoot ??
    (mayHostClosedRoot(element, name, firstChild)
      ? ((element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null)
      : null);
}
