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

/** What a mention is known by across re-reads (its entity and where it starts in the page's text). */
export function mentionKey(m: Pick<PlacedMention, 'entity' | 'start'>): string {
  return `${m.entity}:${m.start}`;
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
    // Added one by one: spreading a page's worth of ranges into the constructor overflows the stack.
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set(HIGHLIGHT_PREFIX + type, highlight);
    registered.set(HIGHLIGHT_PREFIX + type, highlight);
  }
}

/**
 * What this script registered, by name. Firefox cannot iterate `CSS.highlights` from a content
 * script (its Xray wrappers do not wrap iterators), so Rafiq remembers its own names instead.
 */
const registered = new Map<string, Highlight>();

export function clearHighlights(): void {
  if (!highlightApiAvailable()) return;
  for (const name of registered.keys()) CSS.highlights.delete(name);
  registered.clear();
}

/**
 * Puts back what is Rafiq's own when the page took it out of the registry (a page's find-in-page
 * feature that clears `CSS.highlights`, or deletes names it does not know). Only Rafiq's names,
 * never the page's; returns how many were missing.
 */
export function restoreHighlights(): number {
  if (!highlightApiAvailable()) return 0;
  let missing = 0;
  for (const [name, highlight] of registered) {
    if (CSS.highlights.has(name)) continue;
    CSS.highlights.set(name, highlight);
    missing++;
  }
  if (focus && !CSS.highlights.has(FOCUS_HIGHLIGHT)) {
    CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
    missing++;
  }
  return missing;
}

/** The keyboard focus and the flash after a click in the panel: one range, drawn over the rest. */
const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;
let focus: Highlight | null = null;

export function setFocusHighlight(range: Range | null): void {
  if (!highlightApiAvailable()) return;
  if (!range) {
    if (focus) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    focus = null;
    return;
  }
  focus = new Highlight(range);
  focus.priority = 1;
  CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
}
