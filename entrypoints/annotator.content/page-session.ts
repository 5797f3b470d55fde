import type { HighlightMode } from '../../extension/settings';
import type { Annotation, Annotator } from '../../lib/annotate';
import type { CompiledGlossary } from '../../lib/glossary-types';
import {
  clearHighlights,
  type PlacedMention,
  paintHighlights,
  placeMentions,
  setFocusHighlight,
} from '../../page/highlights';
import { MentionIndex } from '../../page/hit-test';
import { collectPageText, type PageText, UI_HOST_TAG } from '../../page/page-text';

/** Quiet time after the last DOM change before the page is read again, and the longest wait. */
const SETTLE_MS = 250;
const MAX_WAIT_MS = 1000;
/** How long a mention found from the panel stays flashed. */
const FLASH_MS = 1600;

/**
 * One page as the annotator sees it: its text, the mentions found, the ranges painted. Reads the
 * page again (batched) when text is added or removed, so infinite scroll and single-page
 * navigation are covered, and drops the ranges of text that is gone.
 */
export class PageSession {
  page: PageText = { text: '', breaks: [], nodes: [], starts: [] };
  annotation: Annotation | null = null;
  placed: PlacedMention[] = [];
  index: MentionIndex | null = null;
  private painted = false;
  private mode: HighlightMode = 'all';
  private focus = -1;
  /** The range under the focus highlight (kept here: Firefox content scripts cannot query it back). */
  private focused: Range | null = null;
  private observer: MutationObserver | null = null;
  private settleTimer = 0;
  private firstChangeAt = 0;

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly glossary: CompiledGlossary,
    /** Called after each read with the new annotation. */
    private readonly onRead: (annotation: Annotation) => void,
  ) {}

  /** Reads the page and reports; paints only if painting is on. */
  read(): Annotation {
    const body = this.doc.body;
    this.page = collectPageText(body);
    const main = this.doc.querySelector('article, main, [role="main"]');
    const mainText = main?.textContent ?? '';
    this.annotation = this.annotator.annotate({
      text: this.page.text,
      breaks: this.page.breaks,
      lang: this.doc.documentElement.getAttribute('lang'),
      mainText: mainText.length > 400 ? mainText : undefined,
    });
    this.placed = placeMentions(
      this.page,
      this.annotation.mentions,
      (entity) => this.glossary.entities[entity]?.type ?? 'place',
    );
    this.index = new MentionIndex(this.placed, this.page.nodes, this.page.starts);
    this.focus = -1;
    if (this.painted) this.repaint();
    this.onRead(this.annotation);
    return this.annotation;
  }

  setPainted(paint: boolean): void {
    this.painted = paint;
    this.repaint();
  }

  get isPainted(): boolean {
    return this.painted;
  }

  setMode(mode: HighlightMode): void {
    this.mode = mode;
    if (this.painted) this.repaint();
  }

  /** The mentions painted under the current mode (every one, or the first of each entity). */
  visible(): PlacedMention[] {
    if (this.mode === 'all') return this.placed;
    const seen = new Set<number>();
    return this.placed.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
  }

  private repaint(): void {
    if (!this.painted) {
      clearHighlights();
      return;
    }
    paintHighlights(this.visible().filter((m) => !m.range.collapsed));
  }

  /** Moves the keyboard focus to the next or previous painted mention (wrapping), and returns it. */
  step(direction: 1 | -1): PlacedMention | null {
    const list = this.visible().filter((m) => !m.range.collapsed);
    if (!this.painted || list.length === 0) return null;
    if (this.focus < 0) this.focus = direction === 1 ? this.firstInView(list) : list.length - 1;
    else this.focus = (this.focus + direction + list.length) % list.length;
    const mention = list[this.focus] ?? null;
    if (mention) this.reveal(mention);
    return mention;
  }

  /** The next mention of `id` after the last one revealed for it (wrapping), scrolled to and flashed. */
  private lastRevealed = new Map<string, number>();
  revealNext(id: string): PlacedMention | null {
    const list = this.placed.filter((m) => this.glossary.entities[m.entity]?.id === id && !m.range.collapsed);
    if (list.length === 0) return null;
    const next = ((this.lastRevealed.get(id) ?? -1) + 1) % list.length;
    this.lastRevealed.set(id, next);
    const mention = list[next] as PlacedMention;
    this.reveal(mention, true);
    return mention;
  }

  clearFocus(): void {
    this.focused = null;
    setFocusHighlight(null);
  }

  private reveal(mention: PlacedMention, flash = false): void {
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    setFocusHighlight(mention.range);
    this.focused = mention.range;
    if (flash) {
      this.doc.defaultView?.setTimeout(() => {
        if (this.focused === mention.range) this.clearFocus();
      }, FLASH_MS);
    }
  }

  private firstInView(list: PlacedMention[]): number {
    return Math.max(
      0,
      list.findIndex((m) => m.range.getBoundingClientRect().top >= 0),
    );
  }

  /** Starts watching the page for text added or removed. */
  watch(): void {
    const win = this.doc.defaultView;
    if (!win || this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (!records.some((r) => !isOwnUi(r.target))) return;
      const now = Date.now();
      if (!this.settleTimer) this.firstChangeAt = now;
      win.clearTimeout(this.settleTimer);
      const wait = Math.max(0, Math.min(SETTLE_MS, this.firstChangeAt + MAX_WAIT_MS - now));
      this.settleTimer = win.setTimeout(() => {
        this.settleTimer = 0;
        this.read();
      }, wait);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.doc.defaultView?.clearTimeout(this.settleTimer);
    clearHighlights();
    setFocusHighlight(null);
  }
}

function isOwnUi(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeName === UI_HOST_TAG.toUpperCase()) return true;
  }
  return false;
}
