/**
 * How the card's script hands its interface to the annotator: both run in the extension's isolated
 * world of the frame (Chromium) or its per-extension sandbox (Firefox), so an expando of that
 * world's window is shared by them and never seen by the page's scripts (see page/input-tap.ts).
 * Types only, besides the name: importing this brings nothing of the card into the annotator.
 */

import type { CardUi, CardUiOptions } from './card-ui';

const SLOT = '__rafiqCardUi';

export interface CardUiModule {
  create(options: CardUiOptions): CardUi;
  /**
   * Whether the extension that injected this copy is still there: after an update the world keeps
   * the old copy, whose messages would go nowhere.
   */
  alive(): boolean;
}

type SlotWindow = Window & { [SLOT]?: CardUiModule };

export function installCardUi(win: Window, module: CardUiModule): void {
  (win as SlotWindow)[SLOT] = module;
}

/** The card's interface if a live copy of it is in this world, or null. */
export function installedCardUi(win: Window): CardUiModule | null {
  const module = (win as SlotWindow)[SLOT];
  try {
    return module?.alive() ? module : null;
  } catch {
    return null;
  }
}
