import type { i18n as I18n } from 'i18next';
import { render } from 'preact';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import { entryAsText } from '../../components/entry-text';
import { isRtl, type UiLanguage } from '../../extension/i18n';
import { sendMessage } from '../../extension/messaging';
import type { GlossaryLanguage } from '../../extension/settings';
import type { CompiledGlossary, EntityDetails } from '../../lib/glossary-types';
import type { PlacedMention } from '../../page/highlights';

const HIDE_DELAY_MS = 300;
const GAP = 6;

/**
 * The host's own style, inline and `!important`: a declaration in the style attribute wins over
 * every rule of the page's style sheets, `!important` and cascade layers included, so rules such
 * as `html > * { display: none !important }` or `div { filter: blur(4px) }` cannot hide or restyle
 * it; `all: initial` keeps the page's inherited fonts, colours and direction out of the card.
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

/**
 * The card's host: a plain <div> (no custom element, so a page that defines one with Rafiq's name
 * cannot run its code on it), created on the first hover and not before, as the last child of
 * <html>, outside <body>. The card itself is a manual popover inside the host's shadow root: in
 * the top layer, above every stacking context, filter, transform and `overflow: hidden` of the
 * page, and styled only by the card's own sheet (page rules never reach into a shadow tree).
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private layer: HTMLDivElement | null = null;
  private current: PlacedMention | null = null;
  private hideTimer = 0;
  private pinned = false;
  private copied = false;
  private readonly details = new Map<string, EntityDetails | null>();

  constructor(
    private readonly glossary: CompiledGlossary,
    private language: GlossaryLanguage,
    private i18n: I18n,
    /** Called when the reader closes the card (Esc, ×). */
    private readonly onClose: () => void = () => {},
  ) {}

  /**
   * Shows the card for `mention` unless another card is pinned (`force` replaces it). Returns
   * whether a card was drawn (false when it was already showing).
   */
  show(mention: PlacedMention, force = false): boolean {
    if (this.pinned && !force) return false;
    this.keepOpen();
    if (this.current === mention && this.host && this.layer?.style.display !== 'none') return false;
    if (force) this.pinned = false;
    this.current = mention;
    this.copied = false;
    this.ensureHost();
    this.render();
    this.place();
    this.loadDetails(mention);
    return true;
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
    if (!this.current) return;
    const next = follow(this.current);
    if (!next) {
      this.hide();
      return;
    }
    this.current = next;
    this.place();
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** Places the card by its term again (the page scrolled or resized). */
  reposition(): void {
    if (!this.current) return;
    if (!this.current.range.startContainer.isConnected) this.hide();
    else this.place();
  }

  setLanguage(language: GlossaryLanguage): void {
    this.language = language;
    this.refresh();
  }

  setI18n(i18n: I18n): void {
    this.i18n = i18n;
    if (this.layer) this.layer.dir = isRtl(i18n.language as UiLanguage) ? 'rtl' : 'ltr';
    this.refresh();
  }

  contains(x: number, y: number): boolean {
    if (!this.layer || !this.current) return false;
    const r = this.layer.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  keepOpen(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  scheduleHide(): void {
    if (!this.current || this.pinned || this.hideTimer) return;
    this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  hide(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
    this.current = null;
    this.pinned = false;
    if (this.layer) {
      render(null, this.layer);
      this.layer.style.display = 'none';
      setPopover(this.layer, false);
    }
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
    this.layer = null;
  }

  private refresh(): void {
    if (!this.current) return;
    this.render();
    this.place();
  }

  private ensureHost(): void {
    if (this.host?.isConnected && this.layer) {
      // The page may have rewritten the attribute; the guard is put back each time.
      if (this.host.getAttribute('style') !== HOST_STYLE) this.host.setAttribute('style', HOST_STYLE);
      this.layer.style.display = '';
      setPopover(this.layer, true);
      return;
    }
    const host = document.createElement('div');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    const layer = document.createElement('div');
    layer.className = 'rafiq-layer';
    layer.dir = isRtl(this.i18n.language as UiLanguage) ? 'rtl' : 'ltr';
    // Keep the page's own shortcuts and selection from reacting to clicks and keys inside the
    // card; Esc, which would not reach the page's listeners any more, closes the card here.
    for (const type of KEPT_INSIDE) {
      layer.addEventListener(type, (event) => {
        event.stopPropagation();
        if ((event as KeyboardEvent).key === 'Escape') this.close();
      });
    }
    if (supportsPopover()) layer.popover = 'manual';
    shadow.append(style, layer);
    document.documentElement.append(host);
    this.host = host;
    this.layer = layer;
    setPopover(layer, true);
  }

  private render(): void {
    const mention = this.current;
    if (!mention || !this.layer) return;
    const entity = this.glossary.entities[mention.entity];
    if (!entity) return;
    const details = this.details.has(entity.id) ? this.details.get(entity.id) : undefined;
    const written = mention.range.toString();
    render(
      <Card
        entity={entity}
        written={written}
        language={this.language}
        details={details}
        t={this.i18n.t}
        actions={{
          pinned: this.pinned,
          copied: this.copied,
          onPin: (event) => {
            if (!event.isTrusted) return;
            this.pinned = !this.pinned;
            this.render();
          },
          onCopy: (event) => {
            if (!event.isTrusted) return;
            void navigator.clipboard
              .writeText(entryAsText(entity, written, details))
              .then(() => {
                this.copied = true;
                this.render();
              })
              .catch(() => {});
          },
          onOpenPanel: (event) => {
            if (event.isTrusted) void sendMessage('cs:open-panel', { id: entity.id }).catch(() => {});
          },
          onClose: (event) => {
            if (event.isTrusted) this.close();
          },
        }}
      />,
      this.layer,
    );
  }

  /**
   * Beside the term: below it, or above when there is no room below; aligned with the term's
   * start edge (right in RTL text), and always inside the viewport.
   */
  private place(): void {
    const layer = this.layer;
    const mention = this.current;
    if (!layer || !mention) return;
    const term = mention.range.getClientRects()[0] ?? mention.range.getBoundingClientRect();
    const box = layer.getBoundingClientRect();
    // innerWidth/innerHeight, not the root's client size: on a page without a doctype (quirks
    // mode) that is the whole document.
    const vw = document.compatMode === 'CSS1Compat' ? document.documentElement.clientWidth : window.innerWidth;
    const vh = window.innerHeight;
    let top = term.bottom + GAP;
    if (top + box.height > vh && term.top - GAP - box.height >= 0) top = term.top - GAP - box.height;
    const rtl = getComputedStyle(mention.range.startContainer.parentElement ?? document.body).direction === 'rtl';
    const preferred = rtl ? term.right - box.width : term.left;
    const left = Math.min(Math.max(GAP, preferred), Math.max(GAP, vw - box.width - GAP));
    layer.style.top = `${Math.max(GAP, Math.min(top, vh - box.height - GAP))}px`;
    layer.style.left = `${left}px`;
  }

  private loadDetails(mention: PlacedMention): void {
    const id = this.glossary.entities[mention.entity]?.id;
    if (!id || this.details.has(id)) return;
    sendMessage('cs:get-details', { id })
      .then((details) => this.details.set(id, details ?? null))
      .catch(() => this.details.set(id, null))
      .finally(() => {
        if (this.current === mention) this.refresh();
      });
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
