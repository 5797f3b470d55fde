import type { i18n as I18n } from 'i18next';
import { render, type VNode } from 'preact';
import { Card } from '../components/Card';
import cardCss from '../components/card.css?inline';
import { entryAsText } from '../components/entry-text';
import { isRtl, type UiLanguage } from '../extension/i18n';
import { sendMessage } from '../extension/messaging';
import type { CompiledGlossary, EntityDetails } from '../lib/glossary-types';
import { type GlossaryLanguage, languagesOf, nameFor, shownLanguages } from '../lib/languages';
import { type Box, placeCard, visibleTerm } from './card-place';
import { isLost, liveRange, mentionKey, type PlacedMention } from './highlights';

const HIDE_DELAY_MS = 300;
/** The card's type size at 100 %; the reader's text-size setting scales it. */
const BASE_FONT_PX = 14;
/** How the announcement reaches a screen reader (see `announce`); a live region just made waits longer. */
const ANNOUNCE_DELAY_MS = 50;
const FIRST_ANNOUNCE_DELAY_MS = 400;

/**
 * The host's own style, as `:host` rules with `!important` inside its shadow root: between
 * important declarations of different scopes the inner one wins, over the page's style sheets,
 * cascade layers and even its inline styles, so rules such as `html > * { display: none
 * !important }` or `div { filter: blur(4px) }` cannot hide or restyle it. In the shadow root and
 * not in a style attribute, the host is a bare `<div>`: nothing on it that a site could recognise
 * as Rafiq's. `all: initial` keeps the page's inherited fonts, colours and direction out of the card.
 */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'z-index: 2147483647',
  'pointer-events: none',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'mask: none',
  'contain: none',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');
const HOST_CSS = `:host { ${HOST_STYLE} }`;
/** How often the card's host is put back after the page took it out, before the card gives way. */
const MAX_EVICTIONS = 3;

/** Events inside the card that the page's own listeners (shortcuts, selection, analytics) never see. */
const KEPT_INSIDE = [
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'wheel',
];

export interface ShowOptions {
  /** Replaces a pinned card (the keyboard, a tap, the pinned card's own "show instead"). */
  force?: boolean;
  /** Moves focus into the card (next/previous entity from the keyboard); it returns on close. */
  focus?: boolean;
  /** Said by screen readers as the card opens (where the keyboard is in the page). */
  announce?: string;
}

/** Where a term stands for its card: its visible line boxes, the viewport, its direction. */
type TermPlace = { lines: Box[]; viewport: { width: number; height: number }; rtl: boolean } | null;

/** The id of the card's heading, which names the dialog (unique: one card per document). */
const TITLE_ID = 'rafiq-card-title';
/** What Tab moves between inside the card. */
const FOCUSABLE = 'button, summary, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * The card's host: a plain <div> (no custom element, so a page that defines one with Rafiq's name
 * cannot run its code on it), created when the pointer first moves over the page (`warmUp`) or on
 * the first hover, tap or shortcut, and not before, as the last child of
 * <html>, outside <body>. The card itself is a manual popover inside the host's shadow root: in
 * the top layer, above every stacking context, filter, transform and `overflow: hidden` of the
 * page, and styled only by the card's own sheet (page rules never reach into a shadow tree).
 *
 * For the keyboard and screen readers the card is a non-modal dialog named by its heading. Opened
 * from the keyboard it takes focus, Tab cycles through its controls, and Esc (or ×) closes it and
 * gives focus back where it was; a live region beside it announces the entity.
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private layer: HTMLDivElement | null = null;
  private live: HTMLElement | null = null;
  private current: PlacedMention | null = null;
  /** A term pointed at while the card was pinned: offered in the pinned card, not shown over it. */
  private waiting: PlacedMention | null = null;
  private hideTimer = 0;
  private announceTimer = 0;
  private pinned = false;
  private copied = false;
  /** The term is out of sight (scrolled away, clipped, under a sticky header): so is the card. */
  private offscreen = false;
  /** Where focus was before the keyboard moved it into the card. */
  private returnTo: HTMLElement | null = null;
  /** The keyboard opened this card and moved focus into it: it stays until closed (Esc, ×). */
  private byKeyboard = false;
  /** The live region was just created: screen readers need a moment to know it before it speaks. */
  private liveIsNew = false;
  private textScale = 100;
  private shadowMode: ShadowRootMode = 'closed';
  /** How often the page took the host out of the document. */
  private evictions = 0;
  private readonly details = new Map<string, EntityDetails | null>();
  private warm = false;
  /** The languages the glossary carries, which the reader's choice picks from. */
  private readonly languages: readonly string[];

  constructor(
    private readonly glossary: CompiledGlossary,
    private language: GlossaryLanguage,
    private i18n: I18n,
    /** Called when the reader closes the card (Esc, ×). */
    private readonly onClose: () => void = () => {},
    /** How often the page mentions an entity (by its index in the glossary). */
    private readonly countOf: (entity: number) => number = () => 0,
    /** The ids of the entities the page names (their explanations are fetched ahead: `warmUp`). */
    private readonly onPage: () => readonly string[] = () => [],
  ) {
    this.languages = languagesOf(glossary.packs ?? []);
  }

  /**
   * Shows the card for `mention`. While another card is pinned or holds the keyboard focus, the
   * mention is only offered in it (unless `force`). Returns whether a card was drawn (false when it was already showing).
   */
  show(mention: PlacedMention, options: ShowOptions = {}): boolean {
    // A pinned card, or one the keyboard is in, is not swapped under the reader: the other term is offered.
    if ((this.pinned || this.keyboardInside()) && !options.force) {
      if (this.current && !sameMention(mention, this.current) && !sameMention(mention, this.waiting)) {
        this.waiting = mention;
        this.render();
        this.place();
      }
      return false;
    }
    this.keepOpen();
    const showing = this.current === mention && !!this.host && this.layer?.style.display !== 'none';
    if (!showing) {
      if (options.force) this.pinned = false;
      this.current = mention;
      this.waiting = null;
      this.copied = false;
      // Where the term is, read before the card is drawn: the page's layout is still clean then,
      // so the reads cost nothing, where after drawing they would wait for a layout of the card.
      const term = this.whereIs(mention);
      if (!this.ensureHost()) {
        this.current = null;
        return false;
      }
      this.render();
      this.place(term);
      this.loadDetails(mention);
    }
    if (options.focus) this.takeFocus();
    if (options.announce) this.announce(options.announce);
    return !showing;
  }

  get shown(): PlacedMention | null {
    return this.current;
  }

  /** The host element, once created (never read as page text, never a reason to read). */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /**
   * The page was read again: the card stays on its term (found by `follow`) and is placed by it
   * anew, or closes when the term is gone.
   */
  follow(follow: (m: PlacedMention) => PlacedMention | null): void {
    if (this.waiting) this.waiting = follow(this.waiting);
    if (!this.current) return;
    const next = follow(this.current);
    if (!next) {
      this.hide();
      return;
    }
    this.current = next;
    // Rendered again: the card's handlers (Copy, "show instead") hold the mentions they act on.
    this.refresh();
  }

  /** Places the card by its term again (the page scrolled or resized). */
  reposition(): void {
    if (!this.current) return;
    if (isLost(this.current.range)) this.hide();
    else this.place();
  }

  setLanguage(language: GlossaryLanguage): void {
    this.language = language;
    this.refresh();
  }

  setI18n(i18n: I18n): void {
    this.i18n = i18n;
    this.applyLanguage();
    this.refresh();
  }

  /**
   * Closed (the default), the card's shadow root is out of reach of the page's scripts, which
   * could otherwise read what the reader looks up and see that it is Rafiq's; open for the
   * developer switch `inspectable`. Takes effect when the card is next built.
   */
  setInspectable(open: boolean): void {
    this.shadowMode = open ? 'open' : 'closed';
  }

  /** The reader's card text size, in percent of the default. */
  setTextScale(percent: number): void {
    this.textScale = percent;
    if (this.layer) this.layer.style.fontSize = `${(BASE_FONT_PX * percent) / 100}px`;
    this.refresh();
  }

  contains(x: number, y: number): boolean {
    if (!this.layer || !this.current || this.offscreen) return false;
    const r = this.layer.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  keepOpen(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  scheduleHide(): void {
    if (!this.current || this.pinned || this.hideTimer || this.keyboardInside()) return;
    this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  hide(): void {
    const hadFocus = this.hasFocus();
    window.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
    this.current = null;
    this.waiting = null;
    this.pinned = false;
    this.offscreen = false;
    this.byKeyboard = false;
    if (this.layer) {
      render(null, this.layer);
      this.layer.style.display = 'none';
      setPopover(this.layer, false);
    }
    if (hadFocus) this.giveFocusBack();
    else this.returnTo = null;
  }

  /** Esc: closes the card if one is open, and says whether it did. */
  escape(): boolean {
    if (!this.current) return false;
    this.close();
    return true;
  }

  /**
   * Does the first card's one-time work before it is needed, when the browser is next idle: called
   * when the pointer first moves over the page, long before it rests on a term. i18next builds
   * the language's number format and plural rules on first use, about 16 ms for Arabic in
   * Chromium, which the first card paid while the reader waited. And the first layout of a card
   * costs 10–13 ms more than later ones on the 1 MB bench page (measuring its text on a canvas
   * does not take that away), again in the frame the reader waits on. So a card is drawn and laid
   * out once, hidden, and taken away in the same task: it is never painted, and what stays is the
   * empty host the first card adds anyway, added when the pointer first moves instead.
   */
  warmUp(): void {
    if (this.warm) return;
    this.warm = true;
    const run = () => {
      this.loadPageDetails();
      this.i18n.t('onPage', { count: 2 });
      const entity = this.glossary.entities[0];
      if (!entity || this.current) return;
      // A range over a detached text node stands for the term.
      const term = document.createRange();
      term.selectNodeContents(document.createTextNode(entity.ar));
      const view = this.view({ entity: 0, type: entity.type, start: 0, end: 0, range: term });
      if (!view || !this.ensureHost() || !this.layer) return;
      const layer = this.layer;
      try {
        layer.style.visibility = 'hidden';
        render(view, layer);
        layer.getBoundingClientRect();
      } catch {
        // Only a head start: the real card renders on its own.
      } finally {
        render(null, layer);
        layer.style.display = 'none';
        layer.style.visibility = '';
        setPopover(layer, false);
      }
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 0);
  }

  /** The reader closed the card. */
  private close(): void {
    this.hide();
    this.onClose();
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.layer = null;
    this.live = null;
  }

  private refresh(): void {
    if (!this.current) return;
    this.render();
    this.place();
  }

  /** Whether keyboard focus is inside the card. */
  private hasFocus(): boolean {
    return !!this.shadow?.activeElement && !!this.layer?.contains(this.shadow.activeElement);
  }

  /**
   * The keyboard moved focus into this card and it is still there. Not focus alone: a mouse click
   * on a button focuses it too, and that must not keep a hover card open or in place.
   */
  private keyboardInside(): boolean {
    return this.byKeyboard && this.hasFocus();
  }

  private takeFocus(): void {
    this.byKeyboard = true;
    if (!this.hasFocus()) {
      const active = deepActiveElement(document);
      this.returnTo = active && active !== document.body && active !== this.host ? (active as HTMLElement) : null;
    }
    this.layer?.querySelector<HTMLElement>('.rafiq-card')?.focus({ preventScroll: true });
  }

  /** Focus goes back where it was before the card took it (or simply leaves the closed card). */
  private giveFocusBack(): void {
    const target = this.returnTo;
    this.returnTo = null;
    if (target?.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
    else (this.shadow?.activeElement as HTMLElement | null)?.blur();
  }

  /**
   * A polite live region beside the card (it lives as long as the host, so screen readers know
   * it before it speaks). Emptied first and filled a moment later, so the same words said twice
   * in a row (the same entity again) are still announced.
   */
  private announce(text: string): void {
    const live = this.live;
    if (!live) return;
    window.clearTimeout(this.announceTimer);
    live.textContent = '';
    const delay = this.liveIsNew ? FIRST_ANNOUNCE_DELAY_MS : ANNOUNCE_DELAY_MS;
    this.liveIsNew = false;
    this.announceTimer = window.setTimeout(() => {
      live.textContent = text;
    }, delay);
  }

  /** Tab and Shift+Tab go round the card's controls instead of leaving for the page. */
  private cycle(event: KeyboardEvent): void {
    const card = this.layer?.querySelector('.rafiq-card');
    if (!card) return;
    const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getClientRects().length > 0);
    if (items.length === 0) return;
    const at = items.indexOf(this.shadow?.activeElement as HTMLElement);
    const next = event.shiftKey
      ? items[at <= 0 ? items.length - 1 : at - 1]
      : items[at < 0 || at === items.length - 1 ? 0 : at + 1];
    event.preventDefault();
    next?.focus();
  }

  private applyLanguage(): void {
    const language = this.i18n.language as UiLanguage;
    for (const el of [this.layer, this.live]) {
      if (!el) continue;
      el.lang = language;
      el.dir = isRtl(language) ? 'rtl' : 'ltr';
    }
  }

  /** Whether the card has a host in the page to draw in (see `evictions`). */
  private ensureHost(): boolean {
    if (this.host && this.layer) {
      if (!this.host.isConnected) {
        // Taken out by the page (a script removing what it does not know, a rewritten document):
        // the same host goes back, a few times, never in a loop; past that the card gives way
        // and the side panel, which follows the pointer, is the reader's explanation.
        if (++this.evictions > MAX_EVICTIONS) return false;
        document.documentElement.append(this.host);
      }
      this.layer.style.display = '';
      setPopover(this.layer, true);
      return true;
    }
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: this.shadowMode });
    const style = document.createElement('style');
    style.textContent = HOST_CSS + cardCss;
    const layer = document.createElement('div');
    layer.className = 'rafiq-layer';
    layer.style.fontSize = `${(BASE_FONT_PX * this.textScale) / 100}px`;
    // Keep the page's own shortcuts and selection from reacting to clicks and keys inside the
    // card (Esc is heard by Rafiq's window listener before this, and closes the card there).
    for (const type of KEPT_INSIDE) {
      layer.addEventListener(type, (event) => {
        event.stopPropagation();
        if (type === 'keydown' && (event as KeyboardEvent).key === 'Tab') this.cycle(event as KeyboardEvent);
      });
    }
    if (supportsPopover()) layer.popover = 'manual';
    const live = document.createElement('div');
    live.className = 'rafiq-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, live, layer);
    document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.layer = layer;
    this.live = live;
    this.liveIsNew = true;
    this.applyLanguage();
    setPopover(layer, true);
    return true;
  }

  private render(): void {
    const view = this.current && this.layer ? this.view(this.current) : null;
    if (view && this.layer) render(view, this.layer);
  }

  /** The card for `mention`, as it stands (pinned, copied, offering another term). */
  private view(mention: PlacedMention): VNode | null {
    const entity = this.glossary.entities[mention.entity];
    if (!entity) return null;
    const details = this.details.has(entity.id) ? this.details.get(entity.id) : undefined;
    const written = liveRange(mention.range).toString();
    const waiting = this.waiting;
    const waitingEntity = waiting ? this.glossary.entities[waiting.entity] : undefined;
    return (
      <Card
        entity={entity}
        written={written}
        language={this.language}
        languages={shownLanguages(this.language, this.languages)}
        details={details}
        t={this.i18n.t}
        count={this.countOf(mention.entity)}
        labelId={TITLE_ID}
        waiting={
          waiting && waitingEntity
            ? {
                name: nameFor(waitingEntity.name, this.language, this.languages),
                onShow: (event) => {
                  if (!event.isTrusted) return;
                  this.show(waiting, { force: true, focus: this.hasFocus() });
                  this.pinned = true;
                  this.render();
                },
              }
            : null
        }
        actions={{
          pinned: this.pinned,
          copied: this.copied,
          panel: hasSidePanel(),
          onPin: (event) => {
            if (!event.isTrusted) return;
            this.pinned = !this.pinned;
            if (!this.pinned) this.waiting = null;
            this.render();
          },
          onCopy: (event) => {
            if (!event.isTrusted) return;
            // No clipboard API on pages that are not secure (http): a rejected promise, never a throw.
            Promise.resolve()
              .then(() => navigator.clipboard.writeText(entryAsText(entity, written, details)))
              .then(() => {
                this.copied = true;
                this.render();
              })
              .catch(() => {});
          },
          onOpenPanel: (event) => {
            if (event.isTrusted) void sendMessage('background:open-panel', { id: entity.id }).catch(() => {});
          },
          onClose: (event) => {
            if (event.isTrusted) this.close();
          },
        }}
      />
    );
  }

  /**
   * Beside its term and never over it (see `placeCard`), inside the viewport; hidden while the
   * term is out of sight, and back when it returns.
   */
  private place(term: TermPlace = this.current ? this.whereIs(this.current) : null): void {
    const layer = this.layer;
    if (!layer || !this.current) return;
    // A card the keyboard moved into stays where it is while its term is out of sight (hiding it
    // would strand the focus in an invisible dialog); any other card hides until the term is back.
    if (!term) {
      if (this.keyboardInside()) return;
      // Focus a click left on one of its buttons leaves with it (hidden controls keep no focus).
      if (this.hasFocus()) (this.shadow?.activeElement as HTMLElement | null)?.blur();
      this.offscreen = true;
      layer.style.visibility = 'hidden';
      return;
    }
    this.offscreen = false;
    layer.style.visibility = '';
    // Measured at the viewport's corner and without a height limit: a fixed box of `width: auto`
    // shrinks to the room left of where it was, and would keep that narrow width.
    layer.style.removeProperty('--rafiq-max-height');
    layer.style.left = '0px';
    layer.style.top = '0px';
    const box = layer.getBoundingClientRect();
    const at = placeCard(term.lines, { width: box.width, height: box.height }, term.viewport, term.rtl);
    if (at.maxHeight !== null) layer.style.setProperty('--rafiq-max-height', `${at.maxHeight}px`);
    layer.style.top = `${at.top}px`;
    layer.style.left = `${at.left}px`;
    this.markScrollable(at.maxHeight !== null);
  }

  /**
   * The term's line boxes in the viewport (null while it cannot be seen) and its direction: only
   * reads of the page, so `show` takes them before it writes anything.
   */
  private whereIs(mention: PlacedMention): TermPlace {
    // innerWidth/innerHeight, not the root's client size: on a page without a doctype (quirks
    // mode) that is the whole document.
    const viewport = {
      width: document.compatMode === 'CSS1Compat' ? document.documentElement.clientWidth : window.innerWidth,
      height: window.innerHeight,
    };
    const lines = visibleTerm(liveRange(mention.range), viewport, this.host);
    if (!lines) return null;
    const rtl = getComputedStyle(mention.range.startContainer.parentElement ?? document.body).direction === 'rtl';
    return { lines, viewport, rtl };
  }

  /**
   * A card body that scrolls (a short viewport) is a Tab stop, named by the card's heading, so the
   * keyboard can scroll it with the arrow keys; one that fits is not.
   */
  private markScrollable(limited: boolean): void {
    const body = this.layer?.querySelector<HTMLElement>('.rafiq-body');
    if (!body) return;
    // Only a card whose height was limited can scroll: the common card is not measured again
    // (reading its scroll height would lay it out a second time, in the frame the reader waits on).
    if (limited && body.scrollHeight > body.clientHeight + 1) {
      body.tabIndex = 0;
      body.setAttribute('role', 'region');
      body.setAttribute('aria-labelledby', TITLE_ID);
    } else {
      body.removeAttribute('tabindex');
      body.removeAttribute('role');
      body.removeAttribute('aria-labelledby');
    }
  }

  /**
   * The explanations of every entity the page names, in one message, so a card opens whole: drawn
   * once, instead of once with "Loading…" and again a moment later (each drawing is a frame in
   * which the browser redraws every highlight, and a change a screen reader may announce).
   */
  private loadPageDetails(): void {
    const ids = this.onPage().filter((id) => !this.details.has(id));
    if (!ids.length) return;
    sendMessage('background:get-details-of', { ids: ids.slice(0, 500) })
      .then((found) => {
        for (const [id, details] of Object.entries(found ?? {}))
          if (!this.details.has(id)) this.details.set(id, details);
      })
      .catch(() => {}); // each card then asks for its own, as without this
  }

  private loadDetails(mention: PlacedMention): void {
    const id = this.glossary.entities[mention.entity]?.id;
    if (!id || this.details.has(id)) return;
    sendMessage('background:get-details', { id })
      .then((details) => this.details.set(id, details ?? null))
      .catch(() => this.details.set(id, null))
      .finally(() => {
        // By entity: a re-read meanwhile replaced the mention objects, not the card's entity.
        if (this.current && this.glossary.entities[this.current.entity]?.id === id) this.refresh();
      });
  }
}

function sameMention(a: PlacedMention | null, b: PlacedMention | null): boolean {
  return !!a && !!b && mentionKey(a) === mentionKey(b);
}

/** The focused element, looking into open shadow roots (the card's included). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Whether the reader has a side panel to open: not on a touch-only device (Firefox for Android
 * has no sidebar; there the card carries everything the panel would say).
 */
function hasSidePanel(): boolean {
  try {
    return !matchMedia('(hover: none) and (pointer: coarse)').matches;
  } catch {
    return true;
  }
}

function supportsPopover(): boolean {
  return typeof HTMLElement.prototype.showPopover === 'function';
}

/** Into the top layer, or out of it; a no-op where popovers are not supported, never a throw. */
function setPopover(layer: HTMLElement, open: boolean): void {
  if (!layer.popover) return;
  try {
    if (open && !layer.matches(':popover-open')) layer.showPopover();
    else if (!open && layer.matches(':popover-open')) layer.hidePopover();
  } catch {
    // A disconnected host (the page removed it) cannot show a popover: the next show rebuilds it.
  }
}
