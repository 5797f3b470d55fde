import { describe, expect, it } from 'vitest';
import { HoverIntent, type IntentClock, isTap, TAP_SLOP_PX } from './hover-intent';

/** A clock the test moves by hand: timers fire only when `advance` passes them. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: IntentClock & { advance(ms: number): void } = {
    setTimer(callback, ms) {
      timers.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimer: (id) => void timers.delete(id),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
  return clock;
}

function setup(delay = 150, tolerance = 8) {
  const clock = fakeClock();
  const settled: string[] = [];
  const intent = new HoverIntent<string>(
    { delay, tolerance },
    (t) => t,
    (t) => settled.push(t),
    clock,
  );
  return { clock, settled, intent };
}

describe('hover intent', () => {
  it('settles on a term the pointer rests on for the delay, and not before', () => {
    const { clock, settled, intent } = setup();
    intent.move('xi', 10, 10);
    clock.advance(149);
    expect(settled).toEqual([]);
    clock.advance(1);
    expect(settled).toEqual(['xi']);
  });

  it('opens nothing for terms a diagonal sweep crosses on its way', () => {
    const { clock, settled, intent } = setup();
    // Four names crossed 60 ms apart, then the pointer stops on empty text.
    for (const [i, term] of ['xi', 'tokayev', 'astana', 'xian'].entries()) {
      intent.move(term, 40 * i, 30 * i);
      clock.advance(60);
    }
    intent.move(null, 200, 150);
    clock.advance(1000);
    expect(settled).toEqual([]);
  });

  it('waits while the pointer keeps sweeping along one long name, and settles once it slows', () => {
    const { clock, settled, intent } = setup(150, 8);
    for (let x = 0; x <= 300; x += 20) {
      intent.move('belt-and-road', x, 5);
      clock.advance(30);
    }
    expect(settled).toEqual([]);
    // A drift of a few pixels is still resting.
    intent.move('belt-and-road', 303, 6);
    clock.advance(300);
    expect(settled).toEqual(['belt-and-road']);
  });

  it('starts again on a new term, and forgets a term when the pointer leaves it', () => {
    const { clock, settled, intent } = setup();
    intent.move('xi', 0, 0);
    clock.advance(100);
    intent.move('tokayev', 1, 1);
    clock.advance(100);
    expect(settled).toEqual([]);
    clock.advance(50);
    expect(settled).toEqual(['tokayev']);
    intent.move('astana', 2, 2);
    intent.move(null, 3, 3);
    clock.advance(500);
    expect(settled).toEqual(['tokayev']);
    expect(intent.pending).toBeNull();
  });

  it('settles at once with a delay of 0, and follows a changed delay', () => {
    const { clock, settled, intent } = setup(0);
    intent.move('xi', 0, 0);
    expect(settled).toEqual(['xi']);
    intent.setOptions({ delay: 400, tolerance: 8 });
    intent.move('tokayev', 0, 0);
    clock.advance(399);
    expect(settled).toEqual(['xi']);
    clock.advance(1);
    expect(settled).toEqual(['xi', 'tokayev']);
  });
});

describe('tap', () => {
  const down = { id: 1, x: 100, y: 100 };
  it.each([
    ['a touch that lifts in place', { id: 1, x: 102, y: 99 }, true],
    ['at the slop limit', { id: 1, x: 100 + TAP_SLOP_PX, y: 100 }, true],
    ['a drag (a scroll)', { id: 1, x: 100, y: 100 + TAP_SLOP_PX + 1 }, false],
    ['another finger lifting', { id: 2, x: 100, y: 100 }, false],
  ])('%s', (_, up, expected) => {
    expect(isTap(down, up)).toBe(expected);
  });
  it('is no tap without a touch that went down', () => {
    expect(isTap(null, { id: 1, x: 0, y: 0 })).toBe(false);
  });
});
