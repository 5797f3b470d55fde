import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockWindow, changedSpan, spliceMentions } from './text-change';

describe('changedSpan', () => {
  it.each([
    ['same text', 'منذ 5 ثوان', 'منذ 5 ثوان', null],
    ['a digit that ticks', 'منذ 5 ثوان', 'منذ 6 ثوان', { start: 4, oldEnd: 5, newEnd: 5 }],
    ['a number that grows', 'منذ 9 ثوان', 'منذ 10 ثوان', { start: 4, oldEnd: 5, newEnd: 6 }],
    ['text appended', 'بكين', 'بكين وأستانا', { start: 4, oldEnd: 4, newEnd: 12 }],
    ['text removed from the front', 'عاجل: بكين', 'بكين', { start: 0, oldEnd: 6, newEnd: 0 }],
    ['a repeated letter (the span is never negative)', 'aaa', 'aa', { start: 2, oldEnd: 3, newEnd: 2 }],
    ['everything', 'abc', 'xyz', { start: 0, oldEnd: 3, newEnd: 3 }],
  ])('%s', (_, before, after, span) => expect(changedSpan(before, after)).toEqual(span));
});

describe('blockWindow', () => {
  // Blocks: [0,10) [10,20) [20,30) [30,40)
  const breaks = [0, 10, 20, 30, 40];
  it('grows an edit to the block it is in', () =>
    expect(blockWindow({ start: 12, oldEnd: 13, newEnd: 14 }, breaks, 40)).toEqual({
      start: 10,
      oldEnd: 19,
      newEnd: 20,
    }));
  it('takes every block an edit touches', () =>
    expect(blockWindow({ start: 8, oldEnd: 22, newEnd: 22 }, breaks, 40)).toEqual({
      start: 0,
      oldEnd: 30,
      newEnd: 30,
    }));
  it('takes the margin on each side', () =>
    expect(blockWindow({ start: 12, oldEnd: 12, newEnd: 12 }, breaks, 40, 5)).toEqual({
      start: 0,
      oldEnd: 20,
      newEnd: 20,
    }));
  it('is the whole text when there are no blocks', () =>
    expect(blockWindow({ start: 5, oldEnd: 6, newEnd: 6 }, [], 50)).toEqual({ start: 0, oldEnd: 50, newEnd: 50 }));
});

describe('spliceMentions', () => {
  const old = [
    { id: 'a', start: 2, end: 5 },
    { id: 'b', start: 12, end: 15 },
    { id: 'c', start: 32, end: 36 },
  ];
  it('keeps mentions before the window, replaces those inside, shifts those after', () => {
    const window = { start: 10, oldEnd: 20, newEnd: 23 };
    expect(spliceMentions(old, window, [{ id: 'd', start: 1, end: 4 }])).toEqual([
      { id: 'a', start: 2, end: 5 },
      { id: 'd', start: 11, end: 14 },
      { id: 'c', start: 35, end: 39 },
    ]);
  });
  it('keeps the very objects that did not move', () => {
    const kept = spliceMentions(old, { start: 10, oldEnd: 20, newEnd: 20 }, []);
    expect(kept[0]).toBe(old[0]);
    expect(kept[1]).toBe(old[2]);
  });
  it('drops an old mention that straddles the window edge', () =>
    expect(spliceMentions(old, { start: 14, oldEnd: 20, newEnd: 20 }, []).map((m) => m.id)).toEqual(['a', 'c']));
});

describe('changedSpan within a known span', () => {
  it('gives what comparing the whole texts gives, for any edit inside the span', () => {
    // Few letters, so prefixes and suffixes run on past the edit as often as they stop in it.
    const text = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, text, text, (head, left, removed, inserted, tail) => {
        // The span the caller knows: `left + removed` became `left + inserted`, the rest is the same.
        const before = head + left + removed + tail;
        const after = head + left + inserted + tail;
        const within = {
          start: head.length,
          oldEnd: head.length + left.length + removed.length,
          newEnd: head.length + left.length + inserted.length,
        };
        expect(changedSpan(before, after, within)).toEqual(changedSpan(before, after));
      }),
      { numRuns: 20_000 },
    );
  });
});
