/**
 * The text Rafiq reads from a page: every text node under `root` in DOM order, skipping what is
 * never shown as text (scripts, styles, templates, form fields) and Rafiq's own UI, entering the
 * shadow roots `shadowOf` opens (a shadow tree is read before the light children it shows). Block
 * boundaries are recorded as breaks so two paragraphs whose text nodes touch never form one name.
 * Standard DOM only: the content script runs it on the live page, the annotate CLI on a parsed
 * document (happy-dom).
 */

const SKIPPED = new Set([
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

const BLOCKS = new Set([
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

  // Iterative walk: news pages nest deeply enough to make recursion a risk.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  let budget = nodesPerStep;
  while (stack.length) {
    if (--budget <= 0) {
      budget = nodesPerStep;
      yield;
    }
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === 3) {
      const text = node as Text;
      let value: string;
      if (text.length > LONG_TEXT && nodesPerStep !== Number.POSITIVE_INFINITY) {
        // One read of a 5 MB text node copies it whole out of the DOM, a task of its own in
        // Firefox: read it in pieces, a step each.
        const pieces: string[] = [];
        for (let at = 0; at < text.length; at += LONG_TEXT) {
          pieces.push(text.substringData(at, LONG_TEXT));
          yield;
        }
        value = pieces.join('');
      } else value = text.data;
      if (!value) continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (leaving) {
      if (BLOCKS.has(tag)) markBreak();
      continue;
    }
    if (SKIPPED.has(tag) || node === skip) continue;
    if (BLOCKS.has(tag)) markBreak();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, leaving: false });
    const shadow = tag && shadowOf ? shadowOf(node as Element) : null;
    if (shadow) stack.push({ node: shadow, leaving: false });
  }
  return { text: parts.join(''), breaks, nodes, starts };
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
