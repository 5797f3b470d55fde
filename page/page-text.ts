/**
 * The text Rafiq reads from a page: every text node under `root` in DOM order, skipping what is
 * never shown as text (scripts, styles, templates, form fields) and Rafiq's own UI, entering the
 * shadow roots `shadowOf` opens (a shadow tree is read before the light children it shows). Block
 * boundaries are recorded as breaks so two paragraphs whose text nodes touch never form one name.
 * Standard DOM only: the content script runs it on the live page, the annotate CLI on a parsed
 * document (happy-dom).
 */

/**
 * Element names as `nodeName` gives them: upper case for HTML elements in an HTML document, as
 * written for SVG and MathML ones (`svg`) and in XHTML; both are listed, so no name is re-cased.
 */
const bothCases = (names: string[]) => new Set([...names, ...names.map((n) => n.toLowerCase())]);

const SKIPPED = bothCases([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
]);

const BLOCKS = bothCases([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'IMG',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'TITLE',
]);

import { finish, type Steps } from '../lib/steps';
import type { ShadowOf } from './shadow';

export interface PageText {
  text: string;
  /** Offsets in `text` where a block boundary lies. */
  breaks: number[];
  /** The text nodes, in order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

/**
 * A page read, as kept between reads: its nodes and offsets, not its text. The text is two bytes a
 * character (2 MB for a page of 1 M characters) and only a read after the page changed compares
 * with it: `OldValues` gives it back then.
 */
export interface PageLayout {
  length: number;
  breaks: number[];
  nodes: Text[];
  starts: number[];
}

export const layoutOf = (page: PageText): PageLayout => ({
  length: page.text.length,
  breaks: page.breaks,
  nodes: page.nodes,
  starts: page.starts,
});

/** Text nodes longer than this are read in pieces of this size when walking in steps. */
const LONG_TEXT = 1 << 18;

export interface CollectOptions {
  /** The shadow root of an element, if one is to be read (none by default). */
  shadowOf?: ShadowOf;
  /** A node never read, with everything under it (Rafiq's card host). */
  skip?: Node | null;
}

export function collectPageText(root: Node, options: CollectOptions = {}): PageText {
  return finish(collectPageTextSteps(root, options));
}

/**
 * The same walk, pausing (yield) after every `nodesPerStep` nodes: a page of 100,000 elements
 * takes a few hundred milliseconds to walk from an extension's world, far too long for one task.
 * A page that changes between two steps is read again afterwards (the caller watches it).
 *
 * The walk follows `firstChild` and `nextSibling` with the nodes it entered on a stack of its own:
 * no child list copied, no object per node (twice as fast as a stack of children in Chromium).
 * A step goes to a node's next sibling only while the node is still a child of the one it was
 * entered from, so a page that moves or removes nodes between two steps shortens this reading
 * (read again afterwards) but can never send it round in a loop or outside `root`.
 *
 * Every property read crosses from the extension's world into the DOM, the walk's main cost on
 * a page of many small elements, so each is read once: what an entered node is (a block, a shadow
 * root) is kept beside it on the stack, and whether each node on the stack is still its parent's
 * child is checked once after each pause, not at every step (nothing can change the page while a
 * step runs: no page script runs inside it).
 */
export function* collectPageTextSteps(
  root: Node,
  options: CollectOptions = {},
  nodesPerStep = Number.POSITIVE_INFINITY,
): Steps<PageText> {
  const { shadowOf, skip } = options;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const breaks: number[] = [];
  let length = 0;
  const markBreak = () => {
    if (breaks[breaks.length - 1] !== length) breaks.push(length);
  };
  /** The nodes entered and not yet left, outermost first; a shadow root follows its host. */
  const path: Node[] = [];
  /** Beside each node on `path`: BLOCK, SHADOW_ROOT, and CUT once it lost the child the walk is in. */
  const kinds: number[] = [];
  /** After a pause: marks each node on the path whose child (the next on the path, or `at`) left it. */
  const checkPath = (at: Node) => {
    for (let i = 0; i < path.length; i++) {
      const child = i + 1 < path.length ? (path[i + 1] as Node) : at;
      const own = i + 1 < path.length ? (kinds[i + 1] as number) : child.nodeType === 11 ? SHADOW_ROOT : 0;
      // A shadow root stays its host's; any other child may have been moved or removed.
      if (!(own & SHADOW_ROOT) && child.parentNode !== path[i]) kinds[i] = (kinds[i] as number) | CUT;
    }
  };
  let node: Node | null = root;
  let budget = nodesPerStep;
  while (node !== null) {
    if (--budget <= 0) {
      budget = nodesPerStep;
      yield;
      checkPath(node);
    }
    const type: number = node.nodeType;
    let down: Node | null = null;
    if (type === 3) {
      const text = node as Text;
      let value: string;
      if (text.length > LONG_TEXT && nodesPerStep !== Number.POSITIVE_INFINITY) {
        // One read of a 5 MB text node copies it whole out of the DOM, a task of its own in
        // Firefox: read it in pieces, a step each.
        const pieces: string[] = [];
        for (let at = 0; at < text.length; at += LONG_TEXT) {
          pieces.push(text.substringData(at, LONG_TEXT));
          yield;
          checkPath(node);
        }
        value = pieces.join('');
      } else value = text.data;
      if (value) {
        nodes.push(text);
        starts.push(length);
        parts.push(value);
        length += value.length;
      }
    } else if ((type === 1 || type === 9 || type === 11) && node !== skip) {
      const tag: string = type === 1 ? (node as Element).nodeName : '';
      if (!SKIPPED.has(tag)) {
        const block = BLOCKS.has(tag);
        if (block) markBreak();
        const first: Node | null = node.firstChild;
        // A shadow tree is read before the light children it shows.
        const shadow: ShadowRoot | null = type === 1 && shadowOf ? shadowOf(node as Element, tag, first) : null;
        down = shadow ?? first;
        if (down !== null) {
          path.push(node);
          kinds.push((block ? BLOCK : 0) | (type === 11 ? SHADOW_ROOT : 0));
        } else if (block) markBreak();
      }
    }
    if (down !== null) {
      node = down;
      continue;
    }
    node = nextAfter(node, type === 11, root, path, kinds, markBreak);
  }
  return { text: parts.join(''), breaks, nodes, starts };
}

/** What a node on the walk's path is (bits). */
const BLOCK = 1;
const SHADOW_ROOT = 2;
/** The node lost the child the walk was in (moved or removed during a pause): its rest is not read. */
const CUT = 4;

/**
 * The node to read after everything under `node`: its next sibling, or, climbing the `path` (each
 * node left marks a break if it is a block), the next sibling of an ancestor; after a shadow
 * tree, its host's light children. Null when the walk is over.
 */
function nextAfter(
  node: Node,
  isShadowRoot: boolean,
  root: Node,
  path: Node[],
  kinds: number[],
  markBreak: () => void,
): Node | null {
  let at = node;
  let atShadowRoot = isShadowRoot;
  for (;;) {
    if (at === root) return null;
    const parent = path[path.length - 1];
    if (parent === undefined) return null;
    const kind = kinds[kinds.length - 1] as number;
    const next = atShadowRoot ? parent.firstChild : kind & CUT ? null : at.nextSibling;
    if (next !== null) return next;
    path.pop();
    kinds.pop();
    if (kind & BLOCK) markBreak();
    at = parent;
    atShadowRoot = (kind & SHADOW_ROOT) !== 0;
  }
}

/** The text node holding `offset`, and the offset inside it (end offsets resolve leftwards). */
export function locate(page: PageText, offset: number, isEnd = false): { node: Text; offset: number } | null {
  const { starts, nodes } = page;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  return { node, offset: offset - (starts[lo] as number) };
}

/** Where the text of `page.nodes[i]` ends in the page's text. */
const endOf = (page: PageText | PageLayout, i: number): number =>
  i + 1 < page.starts.length ? (page.starts[i + 1] as number) : 'text' in page ? page.text.length : page.length;

/**
 * The page's text after some of its text nodes were edited in place or swapped for another text
 * node in the same place (a clock, a live counter, a score: `node.data = …`, or `textContent = …`
 * on an element holding only text), without walking the DOM again: the nodes with their new text
 * spliced in, every later offset and break shifted. `edited` maps a place in `page.nodes` to the
 * text node there now. The same as a walk of those nodes would give, or null where it would not
 * be: a node edited to nothing (a walk leaves it out).
 */
export function spliceEdits(page: PageText, edited: ReadonlyMap<number, Text>): PageText | null {
  const layout = spliceLayout({ ...page, length: page.text.length }, edited);
  if (!layout) return null;
  const { text, starts } = page;
  const parts: string[] = [];
  let from = 0;
  for (const i of [...edited.keys()].sort((a, b) => a - b)) {
    parts.push(text.slice(from, starts[i] as number), (edited.get(i) as Text).data);
    from = endOf(page, i);
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), breaks: layout.breaks, nodes: layout.nodes, starts: layout.starts };
}

/**
 * The layout `spliceEdits` gives, without the text: what a page session keeps, the text being
 * read back from the nodes only where a re-read looks (see `NodesText`).
 */
export function spliceLayout(page: PageLayout, edited: ReadonlyMap<number, Text>): PageLayout | null {
  const order = [...edited.keys()].sort((a, b) => a - b);
  const { nodes, starts, breaks } = page;
  const newStarts = starts.slice();
  let newNodes = nodes;
  /** Where each edit ends in the old text, and the shift it leaves after it. */
  const ends: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  let next = 0;
  for (const i of order) {
    const node = edited.get(i) as Text;
    const length = node.length;
    if (i >= nodes.length || length === 0) return null;
    if (node !== nodes[i]) {
      if (newNodes === nodes) newNodes = nodes.slice();
      newNodes[i] = node;
    }
    const start = starts[i] as number;
    const end = endOf(page, i);
    for (; next <= i; next++) newStarts[next] = (starts[next] as number) + shift;
    shift += length - (end - start);
    ends.push(end);
    shifts.push(shift);
  }
  for (; next < starts.length; next++) newStarts[next] = (starts[next] as number) + shift;
  // A break between nodes moves by the edits wholly before it.
  const newBreaks: number[] = [];
  let e = -1;
  for (const b of breaks) {
    while (e + 1 < ends.length && (ends[e + 1] as number) <= b) e++;
    newBreaks.push(b + (e >= 0 ? (shifts[e] as number) : 0));
  }
  return { length: page.length + shift, breaks: newBreaks, nodes: newNodes, starts: newStarts };
}

/**
 * Where the texts before and after `spliceEdits(page, edited)` can differ: from the first edited
 * node's start to the last one's end (in old and in new offsets); everything else is the same.
 */
export function spanOfEdits(
  page: PageText | PageLayout,
  edited: ReadonlyMap<number, Text>,
): { start: number; oldEnd: number; newEnd: number } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  let shift = 0;
  for (const [i, node] of edited) {
    first = Math.min(first, i);
    last = Math.max(last, i);
    const end = endOf(page, i);
    shift += node.data.length - (end - (page.starts[i] as number));
  }
  if (last < 0) return null;
  const oldEnd = endOf(page, last);
  return { start: page.starts[first] as number, oldEnd, newEnd: oldEnd + shift };
}
