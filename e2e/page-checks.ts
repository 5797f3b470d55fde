/**
 * Checks run inside the page under test, identical for both browsers. Each is a plain function
 * passed to `page.evaluate`, so it must not close over anything.
 */

/** Every `rafiq-` highlight, with the text of each of its ranges, in document order. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('rafiq-')) continue;
    out[name] = [...highlight].map((range) => range.toString());
  }
  return out;
}

/** The page's markup now, without Rafiq's card host, compared with the markup before Rafiq ran. */
export function markupUnchanged(): { same: boolean; mutations: unknown[] } {
  const w = window as unknown as { __initialHTML: string; __mutations: Array<{ added: string[] }> };
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const host of clone.querySelectorAll('rafiq-ui')) host.remove();
  const foreign = w.__mutations.filter((m) => !(m.added.length === 1 && m.added[0] === 'RAFIQ-UI'));
  return { same: clone.outerHTML === w.__initialHTML, mutations: foreign };
}

/** Centre of the first range of a highlight whose text contains `text`. */
export function pointOf([name, text]: [string, string]): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return null;
  for (const range of highlight) {
    if (!(range as Range).toString().includes(text)) continue;
    (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = (range as Range).getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** The hover card's text and language, or null when no card is shown. */
export function readCard(): { text: string; language: string; entity: string } | null {
  const card = document.querySelector('rafiq-ui')?.shadowRoot?.querySelector('.rafiq-card') as HTMLElement | null;
  if (!card) return null;
  return { text: card.textContent ?? '', language: card.dataset.language ?? '', entity: card.dataset.entity ?? '' };
}
