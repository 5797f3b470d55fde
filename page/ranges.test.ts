// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLost, liveRange } from './highlights';

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
