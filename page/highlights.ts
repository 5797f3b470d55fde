/**
 * Highlights through the CSS Custom Highlight API: ranges registered in `CSS.highlights`, one
 * highlight per entity type named `rafiq-<type>`. The page's DOM is never split or wrapped, so
 * frameworks keep their nodes and Arabic letters stay joined.
 */

import type { PageText } from './page-text';
import { locate } from './page-text';

export const HIGHLIGHT_PREFIX = 'rafiq-';

export interface PlacedMention {
  /** Index into the compiled glossary's entities. */
  entity: number;
  type: string;
  start: number;
  end: number;
  range: Range;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Creates a live Range per mention (it follows later DOM edits; removed text collapses it). */
export function placeMentions(
  page: PageText,
  mentions: ReadonlyArray<{ entity: number; start: number; end: number }>,
  typeOf: (entity: number) => string,
): PlacedMention[] {
  const placed: PlacedMention[] = [];
  const doc = page.nodes[0]?.ownerDocument;
  if (!doc) return placed;
  for (const m of mentions) {
    const from = locate(page, m.start);
    const to = locate(page, m.end, true);
    if (!from || !to) continue;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    placed.push({ entity: m.entity, type: typeOf(m.entity), start: m.start, end: m.end, range });
  }
  return placed;
}

/** Registers one highlight per type; replaces Rafiq's earlier ones. */
export function paintHighlights(placed: readonly PlacedMention[]): void {
  clearHighlights();
  const byType = new Map<string, Range[]>();
  for (const p of placed) {
    const list = byType.get(p.type);
    if (list) list.push(p.range);
    else byType.set(p.type, [p.range]);
  }
  for (const [type, ranges] of byType) {
    CSS.highlights.set(HIGHLIGHT_PREFIX + type, new Highlight(...ranges));
    registered.add(HIGHLIGHT_PREFIX + type);
  }
}

/**
 * The names this script registered. Firefox cannot iterate `CSS.highlights` from a content script
 * (its Xray wrappers do not wrap iterators), so Rafiq remembers its own names instead.
 */
const registered = new Set<string>();

export function clearHighlights(): void {
  if (!highlightApiAvailable()) return;
  for (const name of registered) CSS.highlights.delete(name);
  registered.clear();
}

/** The keyboard focus and the flash after a click in the panel: one range, drawn over the rest. */
const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export function setFocusHighlight(range: Range | null): void {
  if (!highlightApiAvailable()) return;
  if (!range) {
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    return;
  }
  const highlight = new Highlight(range);
  highlight.priority = 1;
  CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
}
