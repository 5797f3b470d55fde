// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { type CardUiModule, installCardUi } from './card-slot';
import type { CardUi, CardUiOptions } from './card-ui';
import type { PlacedMention } from './highlights';
import type { HoverCard } from './hover-card';
import { LazyCard, loadCardUi } from './lazy-card';

const { index } = buildGlossary();

const mention = (entity: number, start = 0): PlacedMention => ({
  entity,
  type: 'person',
  start,
  end: start + 3,
  range: document.createRange(),
});

/** A card's interface that records what it is asked, and the options it was built with. */
function fakeModule() {
  const built: CardUiOptions[] = [];
  const card = {
    show: vi.fn(() => true),
    warmUp: vi.fn(),
    follow: vi.fn(),
    hide: vi.fn(),
    scheduleHide: vi.fn(),
    destroy: vi.fn(),
    setInspectable: vi.fn(),
    setTextScale: vi.fn(),
    shown: null,
    hostElement: null,
  };
  const ui = {
    card: card as unknown as HoverCard,
    announcement: vi.fn(({ index, total }) => `${index}/${total}`),
    setLanguage: vi.fn(),
    setUiLanguage: vi.fn(),
  } satisfies CardUi;
  const module: CardUiModule = {
    create: (options) => {
      built.push(options);
      return ui;
    },
    alive: () => true,
  };
  return { module, card, ui, built };
}

/** A load that waits until the test lets it finish. */
function deferredLoad(result: CardUiModule | null) {
  let resolveLoad: () => void = () => {};
  const load = vi.fn(
    () =>
      new Promise<CardUiModule | null>((resolve) => {
        resolveLoad = () => resolve(result);
      }),
  );
  const finish = async () => {
    resolveLoad();
    // The load's promise chain (catch, then) settles over a few microtasks.
    for (let i = 0; i < 3; i++) await Promise.resolve();
  };
  return { load, finish };
}

const options: CardUiOptions = {
  glossary: index,
  language: 'en',
  uiLanguage: 'en',
  onClose: () => {},
  countOf: () => 0,
  onPage: () => [],
};

describe('LazyCard', () => {
  it('loads nothing until the reader shows intent, then once, with the settings chosen meanwhile', async () => {
    const { module, card, ui, built } = fakeModule();
    const { load, finish } = deferredLoad(module);
    const lazy = new LazyCard(load, options);
    lazy.setTextScale(150);
    lazy.setInspectable(true);
    lazy.setLanguage('zh');
    lazy.setUiLanguage('ar');
    expect(load).not.toHaveBeenCalled();
    expect(lazy.shown).toBeNull();
    expect(lazy.contains(0, 0)).toBe(false);
    lazy.warmUp();
    lazy.warmUp();
    expect(load).toHaveBeenCalledTimes(1);
    await finish();
    expect(built).toEqual([{ ...options, language: 'zh', uiLanguage: 'ar' }]);
    expect(card.setTextScale).toHaveBeenCalledWith(150);
    expect(card.setInspectable).toHaveBeenCalledWith(true);
    expect(card.warmUp).toHaveBeenCalledTimes(1);
    // Loaded: settings go straight to the card's interface.
    lazy.setLanguage('en');
    lazy.setUiLanguage('zh');
    expect(ui.setLanguage).toHaveBeenCalledWith('en');
    expect(ui.setUiLanguage).toHaveBeenCalledWith('zh');
    lazy.warmUp();
    expect(card.warmUp).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing on intent while no card can be wanted (the page is not painted)', async () => {
    const { module, card } = fakeModule();
    const { load, finish } = deferredLoad(module);
    let painted = false;
    const lazy = new LazyCard(load, options, () => painted);
    lazy.warmUp();
    expect(load).not.toHaveBeenCalled();
    painted = true;
    lazy.warmUp();
    await finish();
    expect(card.warmUp).toHaveBeenCalledTimes(1);
  });

  it('opens a card asked for before the script came as soon as it comes, announced by the card', async () => {
    const { module, card, ui } = fakeModule();
    const { load, finish } = deferredLoad(module);
    const lazy = new LazyCard(load, options);
    const m = mention(1);
    expect(lazy.show(m, { force: true, focus: true, announce: { index: 2, total: 7 } })).toBe(false);
    // The pointer moving about meanwhile does not close what the keyboard opened.
    lazy.scheduleHide();
    await finish();
    expect(ui.announcement).toHaveBeenCalledWith({ mention: m, index: 2, total: 7 });
    expect(card.show).toHaveBeenCalledWith(m, { force: true, focus: true, announce: '2/7' });
    expect(card.warmUp).not.toHaveBeenCalled();
    expect(lazy.show(mention(2))).toBe(true);
  });

  it('forgets a hover the pointer left, or a card closed, before the script came', async () => {
    for (const leave of [(lazy: LazyCard) => lazy.scheduleHide(), (lazy: LazyCard) => lazy.hide()]) {
      const { module, card } = fakeModule();
      const { load, finish } = deferredLoad(module);
      const lazy = new LazyCard(load, options);
      lazy.show(mention(1));
      leave(lazy);
      await finish();
      expect(card.show).not.toHaveBeenCalled();
    }
  });

  it('keeps a waiting card on its term through a re-read, and drops it when the term is gone', async () => {
    const { module, card } = fakeModule();
    const { load, finish } = deferredLoad(module);
    const lazy = new LazyCard(load, options);
    lazy.show(mention(1, 10), { force: true });
    const moved = mention(1, 20);
    lazy.follow(() => moved);
    await finish();
    expect(card.show).toHaveBeenCalledWith(moved, { force: true });

    const second = fakeModule();
    const other = deferredLoad(second.module);
    const gone = new LazyCard(other.load, options);
    gone.show(mention(1), { force: true });
    gone.follow(() => null);
    await other.finish();
    expect(second.card.show).not.toHaveBeenCalled();
  });

  it('builds no card once stopped, even when the script comes after', async () => {
    const { module, built } = fakeModule();
    const { load, finish } = deferredLoad(module);
    const lazy = new LazyCard(load, options);
    lazy.show(mention(1), { force: true });
    lazy.destroy();
    await finish();
    expect(built).toEqual([]);
    lazy.warmUp();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load, a few times and no more', async () => {
    const load = vi.fn(async () => null);
    const lazy = new LazyCard(load, options);
    for (let i = 0; i < 5; i++) {
      lazy.warmUp();
      await Promise.resolve();
      await Promise.resolve();
    }
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('loadCardUi', () => {
  it("uses the card's script already in this world, and has it injected when it is missing or stale", async () => {
    const win = {} as Window;
    const { module } = fakeModule();
    const inject = vi.fn(async () => installCardUi(win, module));
    expect(await loadCardUi(win, inject)).toBe(module);
    expect(await loadCardUi(win, inject)).toBe(module);
    expect(inject).toHaveBeenCalledTimes(1);

    // A copy left by an extension since updated or removed is injected afresh.
    installCardUi(win, { ...module, alive: () => false });
    expect(await loadCardUi(win, inject)).toBe(module);
    expect(inject).toHaveBeenCalledTimes(2);

    // The injection failed: no card.
    const empty = {} as Window;
    expect(await loadCardUi(empty, async () => false)).toBeNull();
  });
});
