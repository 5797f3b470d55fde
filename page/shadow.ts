/**
 * Shadow roots, open and closed. Web-component sites put their article text in shadow trees,
 * which a plain walk of the document never enters. Pages read `element.shadowRoot` for open
 * roots only; an extension can read closed ones too (`chrome.dom.openOrClosedShadowRoot` in
 * Chromium, `element.openOrClosedShadowRoot` in Firefox content scripts). Outside an extension
 * (the annotate CLI, unit tests) only open roots are seen.
 *
 * Closed roots are looked for on custom elements only (a name with a hyphen), where web
 * components put them: asking the extension API about every <div> and <span> of a page of
 * 100,000 elements costs about 200 ms in Chromium. Open roots are found on any element.
 */

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
      if (!element.localName.includes('-') || !(element instanceof HTMLElement)) return null;
      try {
        return chromeDom(element) ?? null;
      } catch {
        return null;
      }
    };
  }
  return (element) =>
    element.shadowRoot ??
    (element.localName.includes('-')
      ? ((element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null)
      : null);
}
