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
  /**
   * Where the mention's text is: a StaticRange, which the browser does not keep up to date.
   * A live Range per mention would make every edit the page makes anywhere dearer: the browser
   * updates all of a document's live ranges on each insertion, removal and text edit (400 make
   * each edit 5.4 µs dearer in Chromium, 20,000 make it 591 µs: `scripts/bench-live-ranges.ts`).
   * Where the page edits the text, Rafiq reads it again and places new ranges; until then
   * `isLost` tells a mention whose text went. Boxes and text come from `liveRange`.
   */
  range: AbstractRange;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** What a mention is known by across re-reads (its entity and where it starts in the page's text). */
export function mentionKey(m: Pick<PlacedMention, 'entity' | 'start'>): string {
  return `${m.entity}:${m.start}`;
}

/**
 * A range over `from` to `to`: static where the browser has StaticRange (see `PlacedMention`),
 * else live (a DOM without it, such as the unit tests').
 */
function rangeOver(doc: Document, from: Point, to: Point): AbstractRange {
  const Static = typeof StaticRange === 'function' ? StaticRange : doc.defaultView?.StaticRange;
  if (Static) {
    return new Static({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  }
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

interface Point {
  node: Node;
  offset: number;
}

/**
 * Whether the text `range` covered is gone: a node of it left the document or lost the letters
 * (a live range collapses instead). Its text may still have changed in place: the page's edits
 * are read again (see `PageSession`).
 */
export function isLost(range: AbstractRange): boolean {
  if (range.collapsed) return true;
  const { startContainer: start, endContainer: end } = range;
  if (!start.isConnected || (end !== start && !end.isConnected)) return true;
  return lengthOf(end) < range.endOffset || lengthOf(start) < range.startOffset;
}

const lengthOf = (node: Node) => (node as CharacterData).length ?? node.childNodes.length;

/**
 * A live Range over what `range` covers now (its boxes, its text), for the moment it is needed:
 * kept, it would cost the page's edits what `PlacedMention` says. Offsets past a node's end are
 * brought back to it.
 */
export function liveRange(range: AbstractRange): Range {
  if ('getClientRects' in range) return range as Range;
  const { startContainer: start, endContainer: end } = range;
  const live = (start.ownerDocument ?? document).createRange();
  live.setStart(start, Math.min(range.startOffset, lengthOf(start)));
  live.setEnd(end, Math.min(range.endOffset, lengthOf(end)));
  return live;
}

/**
 * Whether `range` still covers `start`–`end` of `page`'s text: the same nodes and offsets. A static
 * range kept across a read is right only then (an edit in its text node moves its letters).
 */
export function stillCovers(page: PageText, range: AbstractRange, start: number, end: number): boolean {
  const from = locate(page, start);
  const to = locate(page, end, true);
  return (
    from !== null &&
    to !== null &&
    from.node === range.startContainer &&
    from.offset === range.startOffset &&
    to.node === range.endContainer &&
    to.offset === range.endOffset
  );
}

/** Places one range per mention over the page's text nodes (see `PlacedMention`). */
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
    const range = rangeOver(doc, from, to);
    placed.push({ entity: m.entity, type: typeOf(m.entity), start: m.start, end: m.end, range });
  }
  return placed;
}

/**
 * Registers one highlight per type, replacing Rafiq's earlier ones, and puts in it only the ranges
 * whose text is near the viewport (`NEAR_VIEW`).
 *
 * Why: Chromium rebuilds its markers for every registered range, and repaints their text, on every
 * frame in which anything on the page changed: 394 ranges cost a page's own animation about 11 ms
 * a frame (bench:page, frame tax), most of them far off screen. An IntersectionObserver on the
 * element holding each mention adds its ranges as the reader scrolls towards them and takes them
 * out far behind; the browser computes the intersections off the page's scripts, and the page
 * cannot see the observer.
 * A mention whose text has no element of its own to observe (a text node directly in a shadow
 * root) is always in, and so is everything where the observer is missing.
 */
export function paintHighlights(placed: readonly PlacedMention[]): void {
  clearHighlights();
  const highlights = new Map<string, Highlight>();
  const highlightOf = (type: string) => {
    let highlight = highlights.get(type);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(type, highlight);
    }
    return highlight;
  };
  // Registered once they hold what is near the view, so a registered highlight is never empty
  // for want of the observer's first report.
  const register = () => {
    for (const [type, highlight] of highlights) {
      const name = highlightNameOf(type);
      if (registered.has(name)) continue;
      CSS.highlights.set(name, highlight);
      registered.set(name, highlight);
    }
  };
  const observe = typeof IntersectionObserver === 'function';
  const byElement = new Map<Element, PlacedMention[]>();
  for (const p of placed) {
    const highlight = highlightOf(p.type);
    const element = observe ? p.range.startContainer.parentElement : null;
    if (!element) {
      highlight.add(p.range);
      continue;
    }
    const list = byElement.get(element);
    if (list) list.push(p);
    else byElement.set(element, [p]);
  }
  if (byElement.size === 0) {
    register();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (observer !== nearView) return;
      for (const entry of entries) {
        // One by one: spreading a page's worth of ranges into a call overflows the stack.
        for (const p of byElement.get(entry.target) ?? []) {
          if (entry.isIntersecting) highlightOf(p.type).add(p.range);
          else highlightOf(p.type).delete(p.range);
        }
      }
      register();
    },
    // The document as the root, so the margin holds in a cross-origin frame too; the scroll
    // margin (newer than TypeScript's DOM types) gives scrolling boxes the same where supported.
    {
      root: byElement.keys().next().value?.ownerDocument,
      rootMargin: NEAR_VIEW,
      scrollMargin: NEAR_VIEW,
    } as IntersectionObserverInit,
  );
  nearView = observer;
  for (const element of byElement.keys()) observer.observe(element);
}

/**
 * How near the viewport a mention is painted: within a quarter of the viewport's height above or
 * below it, so a reader scrolling at a normal pace never sees a highlight arrive. A wider margin
 * costs frames: on the 1 MB page in Chromium, 0 px registered 49 ranges (+5.3 ms a frame), 25 %
 * 55 (+4.3 ms), 100 % 95 (+10.2 ms).
 */
const NEAR_VIEW = '25% 0px';

/** The observer of what is near the view, for the ranges painted last. */
let nearView: IntersectionObserver | null = null;

/**
 * What this script registered, by name. Firefox cannot iterate `CSS.highlights` from a content
 * script (its Xray wrappers do not wrap iterators), so Rafiq remembers its own names instead.
 */
const registered = new Map<string, Highlight>();

export function clearHighlights(): void {
  nearView?.disconnect();
  nearView = null;
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

export function setFocusHighlight(range: AbstractRange | null): void {
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
