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
import { measure } from '../../page/timing';

/** Quiet time after the last DOM change before the page is read again, and the longest wait. */
const SETTLE_MS = 250;
const MAX_WAIT_MS = 1000;
/** Words matched between two yields to the browser: about 10–20 ms of work on a 2-core machine. */
const WORDS_PER_SLICE = 15_000;
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
  private generation = 0;
  private firstChangeAt = 0;

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly glossary: CompiledGlossary,
    /** Called after each read with the new annotation. */
    private readonly onRead: (annotation: Annotation) => void,
  ) {}

  /**
   * Reads the page and reports; paints only if painting is on. The work is cut into slices of
   * about `WORDS_PER_SLICE` words with a yield to the browser between them, so a large page never
   * blocks input or rendering for long. A newer read (the page changed meanwhile) supersedes an
   * older one still in progress.
   */
  async read(): Promise<Annotation | null> {
    const generation = ++this.generation;
    let busy = 0;
    let started = performance.now();
    const page = collectPageText(this.doc.body);
    const mainText = this.doc.querySelector('article, main, [role="main"]')?.textContent ?? '';
    const steps = this.annotator.steps(
      {
        text: page.text,
        breaks: page.breaks,
        lang: this.doc.documentElement.getAttribute('lang'),
        mainText: mainText.length > 400 ? mainText : undefined,
      },
      WORDS_PER_SLICE,
    );
    for (;;) {
      const next = steps.next();
      if (next.done) {
        this.page = page;
        this.annotation = next.value;
        break;
      }
      busy += performance.now() - started;
      measure('slice', started);
      await yieldToBrowser();
      if (generation !== this.generation) return null;
      started = performance.now();
    }
    const annotation = this.annotation as Annotation;
    this.placed = placeMentions(page, annotation.mentions, (entity) => this.glossary.entities[entity]?.type ?? 'place');
    this.index = new MentionIndex(this.placed, page.nodes, page.starts);
    this.focus = -1;
    busy += performance.now() - started;
    measure('slice', started);
    // The main-thread time of the whole read, all slices together (not the wall-clock time).
    measure('read', performance.now() - busy);
    if (this.painted) this.repaint();
    this.onRead(annotation);
    return annotation;
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
    const started = performance.now();
    if (!this.painted) clearHighlights();
    else paintHighlights(this.visible().filter((m) => !m.range.collapsed));
    measure('paint', started);
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
        void this.read();
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

/** Lets the browser run input, rendering and other tasks before the next slice of work. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isOwnUi(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeName === UI_HOST_TAG.toUpperCase()) return true;
  }
  return false;
}
