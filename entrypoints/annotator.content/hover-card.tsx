import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import { createI18n, isRtl, uiLanguageFrom } from '../../extension/i18n';
import { sendMessage } from '../../extension/messaging';
import type { GlossaryLanguage } from '../../extension/settings';
import type { CompiledGlossary, EntityDetails } from '../../lib/glossary-types';
import ar from '../../locales/ar/card.json';
import en from '../../locales/en/card.json';
import zh from '../../locales/zh/card.json';
import type { PlacedMention } from '../../page/highlights';
import { UI_HOST_TAG } from '../../page/page-text';

const HIDE_DELAY_MS = 250;
const GAP = 6;

/**
 * The card's shadow-root host. It is created on the first hover, not before, and lives outside
 * <body>, so the page's own markup is untouched until the reader asks for a card.
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private layer: HTMLDivElement | null = null;
  private current: PlacedMention | null = null;
  private hideTimer = 0;
  private readonly details = new Map<string, EntityDetails | null>();
  private readonly t;
  private readonly uiLanguage;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly glossary: CompiledGlossary,
    private language: GlossaryLanguage,
  ) {
    this.uiLanguage = uiLanguageFrom(browser.i18n.getUILanguage());
    this.t = createI18n('card', { en, zh, ar }, this.uiLanguage).t;
  }

  show(mention: PlacedMention): void {
    this.keepOpen();
    if (this.current === mention && this.host) return;
    this.current = mention;
    this.ensureHost();
    this.render();
    this.place(mention.range.getBoundingClientRect());
    this.loadDetails(mention);
  }

  setLanguage(language: GlossaryLanguage): void {
    this.language = language;
    if (this.current) this.render();
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
    if (!this.current || this.hideTimer) return;
    this.hideTimer = this.ctx.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  hide(): void {
    this.hideTimer = 0;
    this.current = null;
    if (this.layer) {
      render(null, this.layer);
      this.layer.style.display = 'none';
    }
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
  }

  private ensureHost(): void {
    if (this.host && this.layer) {
      this.layer.style.display = '';
      return;
    }
    const host = document.createElement(UI_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    const layer = document.createElement('div');
    layer.className = 'rafiq-layer';
    layer.dir = isRtl(this.uiLanguage) ? 'rtl' : 'ltr';
    shadow.append(style, layer);
    document.documentElement.append(host);
    this.host = host;
    this.layer = layer;
  }

  private render(): void {
    const mention = this.current;
    if (!mention || !this.layer) return;
    const entity = this.glossary.entities[mention.entity];
    if (!entity) return;
    render(
      <Card
        entity={entity}
        written={mention.range.toString()}
        language={this.language}
        details={this.details.has(entity.id) ? this.details.get(entity.id) : undefined}
        t={this.t}
      />,
      this.layer,
    );
  }

  /** Beside the term: below it, or above when there is no room below; always inside the viewport. */
  private place(term: DOMRect): void {
    const layer = this.layer;
    if (!layer) return;
    const box = layer.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    let top = term.bottom + GAP;
    if (top + box.height > vh && term.top - GAP - box.height >= 0) top = term.top - GAP - box.height;
    const left = Math.min(Math.max(GAP, term.right - box.width), Math.max(GAP, vw - box.width - GAP));
    layer.style.top = `${Math.max(GAP, top)}px`;
    layer.style.left = `${left}px`;
  }

  private loadDetails(mention: PlacedMention): void {
    const id = this.glossary.entities[mention.entity]?.id;
    if (!id || this.details.has(id)) return;
    sendMessage('cs:get-details', { id })
      .then((details) => this.details.set(id, details ?? null))
      .catch(() => this.details.set(id, null))
      .finally(() => {
        if (this.current === mention) {
          this.render();
          this.place(mention.range.getBoundingClientRect());
        }
      });
  }
}
