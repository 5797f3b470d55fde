// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLost, liveRange, stillCovers } from './highlights';
import { collectPageText } from './page-text';

/** A StaticRange as the browsers make it (happy-dom has none): fixed boundary points. */
function staticRange(node: Node, start: number, end: number): AbstractRange {
  return { startContainer: node, startOffset: start, endContainer: node, endOffset: end, collapsed: start === end };
}

function page() {
  document.body.innerHTML = '<p>قمة <b>أستانا</b> اليوم</p>';
  return document.querySelector('b')?.firstChild as Text;
}

describe('the ranges mentions are placed with', () => {
  it('is not lost while its text is there, whatever else the page changes', () => {
    const text = page();
    const range = staticRange(text, 0, 6);
    document.body.append(document.createElement('div'));
    text.parentElement?.before(document.createTextNode('قبل '));
    expect(isLost(range)).toBe(false);
  });

  it('is lost when its text node leaves the document or loses the letters it covered', () => {
    let text = page();
    let range = staticRange(text, 0, 6);
    text.parentElement?.remove();
    expect(isLost(range)).toBe(true);
    text = page();
    range = staticRange(text, 0, 6);
    text.data = 'أست';
    expect(isLost(range)).toBe(true);
  });

  it('is lost when a live range (where there is no StaticRange) collapsed as its text went', () => {
    const text = page();
    const live = document.createRange();
    live.setStart(text, 0);
    live.setEnd(text, 6);
    expect(isLost(live)).toBe(false);
    text.parentElement?.remove();
    expect(isLost(live)).toBe(true);
  });

  it('gives a live range over the same text, brought back inside a node that got shorter', () => {
    const text = page();
    const live = liveRange(staticRange(text, 0, 6));
    expect(live.toString()).toBe('أستانا');
    text.data = 'أستا';
    const shorter = liveRange(staticRange(text, 2, 6));
    expect(shorter.toString()).toBe('تا');
    // A live range is its own live range.
    expect(liveRange(live)).toBe(live);
  });
});

describe('a range kept across a read of the page', () => {
  it('still covers its mention only where the nodes and offsets are the same', () => {
    const text = page();
    const before = collectPageText(document.body);
    const at = before.text.indexOf('أستانا');
    const range = staticRange(text, 0, 6);
    expect(stillCovers(before, range, at, at + 6)).toBe(true);
    // Text added before it in another node: its offset in the page moves, its range holds.
    text.parentElement?.before(document.createTextNode('قبل '));
    const after = collectPageText(document.body);
    const moved = after.text.indexOf('أستانا');
    expect(moved).toBeGreaterThan(at);
    expect(stillCovers(after, range, moved, moved + 6)).toBe(true);
    // Its own node edited, the name moved inside it: the old range covers other letters now.
    text.data = 'في أستانا';
    const edited = collectPageText(document.body);
    const inNode = edited.text.indexOf('أستانا');
    expect(stillCovers(edited, range, inNode, inNode + 6)).toBe(false);
  });
});
