/**
 * Which mention is under the pointer? The caret position at the point gives a text node and an
 * offset; a binary search over the mentions (sorted, non-overlapping) finds the one holding it;
 * the range's own boxes confirm the pointer is on the word, not in the margin beside it.
 */

import { lastAtOrBefore } from '../lib/sorted';
import { liveRange, type PlacedMention } from './highlights';

export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Without the shadow roots named, the caret stops at their hosts (text in web components).
    const pos = shadowRoots.length
      ? (doc.caretPositionFromPoint as (x: number, y: number, o: object) => CaretPosition | null)(x, y, {
          shadowRoots,
        })
      : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  // Chromium before 128 only has the older, non-standard call.
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function pointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export class MentionIndex {
  private readonly nodeIndex = new Map<Node, number>();

  constructor(
    private readonly mentions: readonly PlacedMention[],
    nodes: readonly Node[],
    private readonly starts: readonly number[],
  ) {
    // Only the nodes that hold mentions: a caret anywhere else hits nothing, and a page of 200,000
    // text nodes would otherwise cost a map entry for each (100 ms in Firefox).
    let last = -1;
    for (const m of mentions) {
      for (let i = lastAtOrBefore(starts, m.start); i < nodes.length && (starts[i] as number) <= m.end; i++) {
        if (i > last) this.nodeIndex.set(nodes[i] as Node, i);
        last = Math.max(last, i);
      }
    }
  }

  /** The mention holding the page-text offset, if any. */
  atOffset(offset: number): PlacedMention | null {
    let lo = 0;
    let hi = this.mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.mentions[mid] as PlacedMention;
      if (offset < m.start) hi = mid - 1;
      else if (offset >= m.end) lo = mid + 1;
      else return m;
    }
    return null;
  }

  /** The page-text offset of a point in one of the text nodes read, if it is one. */
  offsetOf(node: Node, offset: number): number | undefined {
    const i = this.nodeIndex.get(node);
    return i === undefined ? undefined : (this.starts[i] as number) + offset;
  }

  atPoint(doc: Document, x: number, y: number, shadowRoots?: readonly ShadowRoot[]): PlacedMention | null {
    const caret = caretAt(doc, x, y, shadowRoots);
    if (!caret) return null;
    const offset = this.offsetOf(caret.node, caret.offset);
    if (offset === undefined) return null;
    // The caret may sit just after the last letter of a word: look at both sides of it.
    const hit = this.atOffset(offset) ?? (offset > 0 ? this.atOffset(offset - 1) : null);
    return hit && pointInRange(liveRange(hit.range), x, y) ? hit : null;
  }
}
