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
const WORDS_PER_SLICE = 8_000;
/** How long a mention found from the panel stays flashed. */
const FLASH_MS = 1600;
/** The main text judged for the language: an article body, when the page marks one. */
const MAIN_SELECTOR = 'article, main, [role="main"]';

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
  /** The mention under the keyboard focus or the flash (kept here: Firefox content scripts cannot query highlights back). */
  private focused: PlacedMention | null = null;
  private readonly lastRevealed = new Map<string, number>();
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
    const page = collectPageText(this.doc.body ?? this.doc.documentElement);
    const steps = this.annotator.steps(
      {
        text: page.text,
        breaks: page.breaks,
        lang: this.doc.documentElement.getAttribute('lang'),
        mainText: mainTextOf(page, this.doc.querySelector(MAIN_SELECTOR)),
      },
      WORDS_PER_SLICE,
    );
    let annotation: Annotation;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        annotation = next.value;
        break;
      }
      busy += performance.now() - started;
      measure('slice', started);
      await yieldToBrowser();
      if (generation !== this.generation) return null;
      started = performance.now();
    }
    this.page = page;
    this.annotation = annotation;
    this.placed = placeMentions(page, annotation.mentions, (entity) => this.glossary.entities[entity]?.type ?? 'place');
    this.index = new MentionIndex(this.placed, page.nodes, page.starts);
    this.focused = null;
    this.lastRevealed.clear();
    busy += performance.now() - started;
    measure('slice', started);
    // The main-thread time of the whole read, all slices together (not the wall-clock time).
    measure('read', performance.now() - busy);
    if (this.painted) this.repaint();
    this.onRead(annotation);
    return annotation;
  }

  setPainted(paint: boolean): void {
    if (paint === this.painted) return;
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

  /** Painted mentions a reader can see: not collapsed (text removed), not hidden (no boxes). */
  private reachable(list: PlacedMention[]): PlacedMention[] {
    return list.filter((m) => !m.range.collapsed && m.range.getClientRects().length > 0);
  }

  /** Moves the keyboard focus to the next or previous painted mention (wrapping), and returns it. */
  step(direction: 1 | -1): PlacedMention | null {
    const list = this.reachable(this.visible());
    if (!this.painted || list.length === 0) return null;
    const at = this.focused ? list.indexOf(this.focused) : -1;
    const next =
      at < 0
        ? direction === 1
          ? Math.max(
              0,
              list.findIndex((m) => m.range.getBoundingClientRect().top >= 0),
            )
          : list.length - 1
        : (at + direction + list.length) % list.length;
    const mention = list[next] ?? null;
    if (mention) this.reveal(mention);
    return mention;
  }

  /** The next mention of `id` after the last one revealed for it (wrapping), scrolled to and flashed. */
  revealNext(id: string): PlacedMention | null {
    const list = this.reachable(this.placed.filter((m) => this.glossary.entities[m.entity]?.id === id));
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
    // Instant, so the card placed right after sits by the term even on pages with smooth scrolling.
    mention.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: 'instant',
    });
    setFocusHighlight(mention.range);
    this.focused = mention;
    if (flash) {
      this.doc.defaultView?.setTimeout(() => {
        if (this.focused === mention) this.clearFocus();
      }, FLASH_MS);
    }
  }

  get isWatching(): boolean {
    return this.observer !== null;
  }

  /**
   * Starts watching the page for text added or removed: the whole document (some sites replace
   * <body> as they navigate), and only changes that carry text (a clock or an ad slot filling
   * with images does not cost a read).
   */
  watch(): void {
    const win = this.doc.defaultView;
    if (!win || this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (!records.some(changesText)) return;
      const now = Date.now();
      if (!this.settleTimer) this.firstChangeAt = now;
      win.clearTimeout(this.settleTimer);
      const wait = Math.max(0, Math.min(SETTLE_MS, this.firstChangeAt + MAX_WAIT_MS - now));
      this.settleTimer = win.setTimeout(() => {
        this.settleTimer = 0;
        void this.read();
      }, wait);
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Stops watching and clears what is painted (the user switched Rafiq off here). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.generation++;
    this.doc.defaultView?.clearTimeout(this.settleTimer);
    this.settleTimer = 0;
    this.painted = false;
    clearHighlights();
    this.clearFocus();
  }
}

/** Whether a DOM change adds, removes or edits text that is not Rafiq's own. */
function changesText(record: MutationRecord): boolean {
  if (isOwnUi(record.target)) return false;
  if (record.type === 'characterData') return true;
  const carriesText = (node: Node) =>
    node.nodeName !== UI_HOST_TAG.toUpperCase() && (node.nodeType === 3 || (node.textContent ?? '').trim() !== '');
  for (const node of record.addedNodes) if (carriesText(node)) return true;
  for (const node of record.removedNodes) if (carriesText(node)) return true;
  return false;
}

/** The text of the page's main element, from the text nodes already read (no script or style text). */
function mainTextOf(page: PageText, main: Element | null): string | undefined {
  if (!main) return undefined;
  let text = '';
  for (const node of page.nodes) {
    if (main.contains(node)) text += node.data;
    if (text.length > 20_000) break;
  }
  return text.length > 400 ? text : undefined;
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
