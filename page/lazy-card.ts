/**
 * The annotator's card, without the card's code: a stand-in with the hover card's surface that
 * loads the card's script (Preact, i18next, the strings and styles: page/card-ui.ts) the first
 * time the reader shows intent, and hands over to it. A page that is only read never pays for
 * it. Until it is there, no card is showing; a card asked for meanwhile (a hover, a tap, the
 * keyboard) opens as soon as it arrives, unless the reader has moved on.
 */

import type { UiLanguage } from '../extension/ui-language';
import type { GlossaryLanguage } from '../lib/languages';
import { type CardUiModule, installedCardUi } from './card-slot';
import type { CardUi, CardUiOptions, Step } from './card-ui';
import type { PlacedMention } from './highlights';
import type { ShowOptions } from './hover-card';
import { measure } from './timing';

export interface LazyShowOptions extends Omit<ShowOptions, 'announce'> {
  /** Where the keyboard is: the card announces the entity, in the card's language. */
  announce?: Omit<Step, 'mention'>;
}

/** Loads that failed (the extension going away, a frame that refuses scripts) before Rafiq stops asking. */
const MAX_FAILURES = 3;

export class LazyCard {
  private ui: CardUi | null = null;
  private loading = false;
  private failures = 0;
  private warm = false;
  private destroyed = false;
  private pending: { mention: PlacedMention; options: LazyShowOptions } | null = null;
  private textScale = 100;
  private inspectable = false;

  constructor(
    /** The card's interface, loaded (null when it cannot be). */
    private readonly load: () => Promise<CardUiModule | null>,
    private options: CardUiOptions,
    /** Whether a card may be wanted (the page is painted): until then intent loads nothing. */
    private readonly wanted: () => boolean = () => true,
  ) {}

  /** Returns whether a card was drawn now (false too when it waits for the card's script). */
  show(mention: PlacedMention, options: LazyShowOptions = {}): boolean {
    const ui = this.ui;
    if (ui) return ui.card.show(mention, this.forUi(ui, mention, options));
    this.pending = { mention, options };
    this.ensureLoaded();
    return false;
  }

  get shown(): PlacedMention | null {
    return this.ui?.card.shown ?? null;
  }

  get hostElement(): HTMLElement | null {
    return this.ui?.card.hostElement ?? null;
  }

  /** The first sign of the reader's intent: the card's script is loaded, and its first card prepared. */
  warmUp(): void {
    if (!this.wanted()) return;
    this.warm = true;
    if (this.ui) this.ui.card.warmUp();
    else this.ensureLoaded();
  }

  follow(follow: (m: PlacedMention) => PlacedMention | null): void {
    if (this.pending) {
      const mention = follow(this.pending.mention);
      this.pending = mention ? { ...this.pending, mention } : null;
    }
    this.ui?.card.follow(follow);
  }

  reposition(): void {
    this.ui?.card.reposition();
  }

  setLanguage(language: GlossaryLanguage): void {
    this.options = { ...this.options, language };
    this.ui?.setLanguage(language);
  }

  setUiLanguage(uiLanguage: UiLanguage): void {
    this.options = { ...this.options, uiLanguage };
    this.ui?.setUiLanguage(uiLanguage);
  }

  setInspectable(open: boolean): void {
    this.inspectable = open;
    this.ui?.card.setInspectable(open);
  }

  setTextScale(percent: number): void {
    this.textScale = percent;
    this.ui?.card.setTextScale(percent);
  }

  contains(x: number, y: number): boolean {
    return this.ui?.card.contains(x, y) ?? false;
  }

  keepOpen(): void {
    this.ui?.card.keepOpen();
  }

  /** The pointer left: a card that waits for the script was only a hover, and is dropped. */
  scheduleHide(): void {
    if (this.pending && !this.pending.options.force && !this.pending.options.focus) this.pending = null;
    this.ui?.card.scheduleHide();
  }

  hide(): void {
    this.pending = null;
    this.ui?.card.hide();
  }

  escape(): boolean {
    return this.ui?.card.escape() ?? false;
  }

  destroy(): void {
    this.destroyed = true;
    this.pending = null;
    this.ui?.card.destroy();
  }

  private forUi(ui: CardUi, mention: PlacedMention, options: LazyShowOptions): ShowOptions {
    const { announce, ...rest } = options;
    return announce ? { ...rest, announce: ui.announcement({ mention, ...announce }) } : rest;
  }

  private ensureLoaded(): void {
    if (this.ui || this.loading || this.destroyed || this.failures >= MAX_FAILURES) return;
    this.loading = true;
    this.load()
      .catch(() => null)
      .then((module) => {
        this.loading = false;
        if (this.destroyed) return;
        if (!module) {
          this.failures++;
          return;
        }
        this.start(module);
      });
  }

  private start(module: CardUiModule): void {
    const ui = module.create(this.options);
    ui.card.setInspectable(this.inspectable);
    ui.card.setTextScale(this.textScale);
    this.ui = ui;
    if (this.warm) ui.card.warmUp();
    const pending = this.pending;
    this.pending = null;
    // The show's own task, as the annotator times a hover (the wait for the script is no task).
    const started = performance.now();
    if (pending && ui.card.show(pending.mention, this.forUi(ui, pending.mention, pending.options)))
      measure('hover', started);
  }
}

/**
 * The card's interface in this frame: the copy already in the isolated world (a restarted
 * annotator), or one the background injects when asked (`inject`).
 */
export async function loadCardUi(win: Window, inject: () => Promise<unknown>): Promise<CardUiModule | null> {
  return installedCardUi(win) ?? (await inject().then(() => installedCardUi(win)));
}
