/**
 * Highlights through the CSS Custom Highlight API: ranges registered in `CSS.highlights`, one
 * highlight per entity type. The page's DOM is never split or wrapped, so frameworks keep their
 * nodes and Arabic letters stay joined.
 *
 * The registry is the page's own: its scripts can list every name in it. So the names are random
 * for each document (see `nameHighlights`), and nothing in them says which extension drew them.
 */

import type { PageText } from './page-text';
import { locate } from './page-text';

/** The name of the keyboard-focus highlight among the types (it is drawn over the rest). */
export const FOCUS = 'focus';

/**
 * Letters only, so it is a CSS identifier; 10 random letters (about 47 bits), new on every load,
 * so a site can neither tell Rafiq's names from another extension's nor recognise a reader by them.
 */
export function randomToken(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from(random(10), (b) => letters[b % 26]).join('');
}

/**
 * The names of this document's highlights. With a token (random, made once per document) a
 * type's name is the token and the type's place: `qkxmbtwzpa0`, `qkxmbtwzpa1`, …. Without one
 * the names are readable, `rafiq-person`: the developer switch `inspectable`, for tests and a
 * developer's devtools.
 */
let token: string | null = null;
const order: string[] = [FOCUS];

export function nameHighlights(types: readonly string[], newToken: string | null): Record<string, string> {
  token = newToken;
  for (const type of types) if (!order.includes(type)) order.push(type);
  return Object.fromEntries(order.map((type) => [type, highlightNameOf(type)]));
}

/** The registered name of a type's highlight. */
export function highlightNameOf(type: string): string {
  let i = order.indexOf(type);
  if (i < 0) i = order.push(type) - 1;
  return token === null ? `rafiq-${type}` : token + i.toString(36);
}

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
    const name = highlightNameOf(type);
    CSS.highlights.set(name, highlight);
    registered.set(name, highlight);
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
  if (focus && !CSS.highlights.has(highlightNameOf(FOCUS))) {
    CSS.highlights.set(highlightNameOf(FOCUS), focus);
    missing++;
  }
  return missing;
}

/** The keyboard focus and the flash after a click in the panel: one range, drawn over the rest. */
let focus: Highlight | null = null;

export function setFocusHighlight(range: Range | null): void {
  if (!highlightApiAvailable()) return;
  if (!range) {
    if (focus) CSS.highlights.delete(highlightNameOf(FOCUS));
    focus = null;
    return;
  }
  focus = new Highlight(range);
  focus.priority = 1;
  CSS.highlights.set(highlightNameOf(FOCUS), focus);
}
