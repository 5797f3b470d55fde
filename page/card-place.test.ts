import { describe, expect, it } from 'vitest';
import { type Box, GAP, placeCard } from './card-place';

const line = (left: number, top: number, width = 80, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = (p: { top: number; left: number }, width: number, height: number): Box => ({
  left: p.left,
  top: p.top,
  right: p.left + width,
  bottom: p.top + height,
});

describe('placing the card by its term', () => {
  const desktop = { width: 1280, height: 800 };
  const card = { width: 340, height: 220 };

  it('goes below the term, starting at its left edge in left-to-right text', () => {
    const p = placeCard([line(100, 100)], card, desktop, false);
    expect(p).toEqual({ side: 'below', top: 120 + GAP, left: 100, maxHeight: null });
  });

  it('starts at the term’s right edge in right-to-left text', () => {
    const p = placeCard([line(600, 100)], card, desktop, true);
    expect(p.left).toBe(680 - card.width);
  });

  it('goes above a term near the bottom of the viewport', () => {
    const p = placeCard([line(100, 700)], card, desktop, false);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(700 - GAP);
  });

  it('never covers a term wrapped over two lines, below or above', () => {
    // The name ends a line at the right and goes on at the left of the next one (RTL text).
    const wrapped = [line(40, 300, 60), line(900, 324, 120)];
    for (const rtl of [true, false]) {
      for (const y of [0, 470]) {
        const lines = wrapped.map((l) => ({ ...l, top: l.top + y, bottom: l.bottom + y }));
        const p = placeCard(lines, card, desktop, rtl);
        const box = boxOf(p, card.width, p.maxHeight ?? card.height);
        for (const l of lines) expect(overlaps(box, l), `${rtl ? 'rtl' : 'ltr'} at +${y}`).toBe(false);
      }
    }
  });

  it('stays inside the viewport at its edges', () => {
    const p = placeCard([line(1250, 100, 30)], card, desktop, false);
    expect(p.left + card.width).toBeLessThanOrEqual(desktop.width - GAP);
    expect(placeCard([line(0, 100, 30)], card, desktop, true).left).toBe(GAP);
  });

  it.each([
    ['a 360×640 phone, term at the top', { width: 360, height: 640 }, 60],
    ['a 360×640 phone, term in the middle', { width: 360, height: 640 }, 300],
    ['200 % zoom of a 1280×800 window, term low', { width: 640, height: 400 }, 330],
  ])('limits a tall card to the room on one side in %s, never over the term', (_, viewport, y) => {
    const tall = { width: 344, height: 700 };
    const term = line(20, y);
    const p = placeCard([term], tall, viewport, false);
    expect(p.maxHeight).not.toBeNull();
    const box = boxOf(p, tall.width, p.maxHeight ?? 0);
    expect(box.top).toBeGreaterThanOrEqual(GAP);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height - GAP);
    expect(overlaps(box, term)).toBe(false);
    // The roomier side was taken.
    expect(p.side).toBe(y + 10 > viewport.height / 2 ? 'above' : 'below');
  });
});
