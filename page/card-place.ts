/**
 * Where the card goes, and whether its term can be seen at all: pure geometry (`placeCard`) and
 * the page facts it needs (`visibleTerm`), apart so the placement rules are unit-tested.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Set when the card is taller than the room beside its term: its body scrolls. */
  maxHeight: number | null;
  side: 'below' | 'above';
}

/** Space kept between the card and its term, and between the card and the viewport's edges. */
export const GAP = 6;
/** Below this height the card cannot show its heading and actions: it may then cover its term. */
const MIN_HEIGHT = 48;

/**
 * The card beside its term, never over it: below the term's last line, or above its first line
 * when there is no room below; when neither side holds the whole card, on the roomier side with
 * its height limited to that side (its body scrolls, its actions stay in view). Horizontally it
 * starts where the line next to it starts (the right edge in right-to-left text) and stays
 * inside the viewport. `lines` are the term's line boxes in order (a term wrapped over lines has
 * several).
 */
export function placeCard(
  lines: readonly Box[],
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl: boolean,
): Placement {
  const first = lines[0] ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const last = lines[lines.length - 1] ?? first;
  const top = Math.min(...lines.map((l) => l.top));
  const bottom = Math.max(...lines.map((l) => l.bottom));
  const below = viewport.height - bottom - 2 * GAP;
  const above = top - 2 * GAP;
  let side: Placement['side'];
  let maxHeight: number | null = null;
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else {
    side = below >= above ? 'below' : 'above';
    maxHeight = Math.max(MIN_HEIGHT, Math.floor(side === 'below' ? below : above));
  }
  const height = maxHeight ?? card.height;
  const y = side === 'below' ? bottom + GAP : top - GAP - height;
  const line = side === 'below' ? last : first;
  const preferred = rtl ? line.right - card.width : line.left;
  const left = Math.min(Math.max(GAP, preferred), Math.max(GAP, viewport.width - card.width - GAP));
  return { top: Math.max(GAP, Math.min(y, viewport.height - height - GAP)), left, maxHeight, side };
}

function intersect(a: Box, b: Box): Box | null {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return box.left < box.right && box.top < box.bottom ? box : null;
}

/** The element that lays out `node`'s parent: its parent element, or the host of its shadow root. */
function layoutParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The term's line boxes that a reader can see, or null when none: each box cut to the viewport
 * and to every ancestor that clips its content (`overflow` other than visible), and the term
 * dropped when a fixed or sticky element (a page's sticky header) lies over its middle. Rafiq's
 * own card never counts as covering it.
 */
export function visibleTerm(
  range: Range,
  viewport: { width: number; height: number },
  own?: Node | null,
): Box[] | null {
  const view: Box = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
  let lines: Box[] = [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => intersect(r, view))
    .filter((r): r is Box => r !== null);
  const start = range.startContainer;
  const doc = start.ownerDocument;
  let el: Element | null = start instanceof Element ? start : start.parentElement;
  // An absolutely positioned box is clipped only by ancestors from its containing block up (the
  // nearest positioned one): the ones in between do not clip it.
  let needPositioned = false;
  // <html> and <body> pass their overflow to the viewport, already cut above.
  while (el && lines.length && el !== doc?.documentElement && el !== doc?.body) {
    const style = getComputedStyle(el);
    const clips = !needPositioned || style.position !== 'static';
    if (clips && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const clip = el.getBoundingClientRect();
      lines = lines.map((l) => intersect(l, clip)).filter((r): r is Box => r !== null);
    }
    if (style.position === 'fixed') break;
    if (style.position === 'absolute') needPositioned = true;
    else if (clips) needPositioned = false;
    el = layoutParent(el);
  }
  const middle = lines[0];
  if (!middle) return null;
  const root = start.getRootNode() as Document | ShadowRoot;
  const x = (middle.left + middle.right) / 2;
  const y = (middle.top + middle.bottom) / 2;
  const hit = typeof root.elementFromPoint === 'function' ? root.elementFromPoint(x, y) : null;
  if (hit && !(own && (hit === own || own.contains(hit))) && !showsTerm(hit, range)) return null;
  return lines;
}

/** Whether `hit`, found at the term's middle, lets the term show: its own text, or anything but a fixed or sticky layer. */
function showsTerm(hit: Element, range: Range): boolean {
  if (hit.contains(range.commonAncestorContainer) || range.intersectsNode(hit)) return true;
  for (let el: Element | null = hit; el; el = layoutParent(el)) {
    const position = getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') return false;
  }
  // Something else is drawn there (an invisible overlay, an ad frame): not a reason to hide.
  return true;
}
