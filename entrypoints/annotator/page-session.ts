import type { HighlightMode } from '../../extension/settings';
import type { AnnotateInput, Annotation, Annotator } from '../../lib/annotate';
import type { CompiledGlossary } from '../../lib/glossary-types';
import {
  clearHighlights,
  type PlacedMention,
  paintHighlights,
  placeMentions,
  restoreHighlights,
  setFocusHighlight,
} from '../../page/highlights';
import { MentionIndex } from '../../page/hit-test';
import { collectPageText, type PageText } from '../../page/page-text';
import type { ShadowOf } from '../../page/shadow';
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
/** How often Rafiq looks whether the page cleared its highlights, and the longest back-off. */
const REGISTRY_CHECK_MS = 1000;
const REGISTRY_BACKOFF_MAX_MS = 60_000;
/** Restores allowed in a row before Rafiq backs off (a page that clears on a timer is not fought). */
const REGISTRY_RESTORES_BEFORE_BACKOFF = 3;
/** Arabic-script letters and their presentation forms: a change without any is never read. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/;

export interface SessionOptions {
  /** Opens the shadow roots to read (open and closed, where the browser lets an extension). */
  shadowOf?: ShadowOf;
  /** Rafiq's own card host, never read and never a reason to read. */
  ownHost?: () => Node | null;
}

/**
 * Maps a mention placed by an earlier read to the same mention after the latest one, or null
 * when it is gone: a card or the keyboard focus stays on its term while the page changes.
 */
export type Follow = (earlier: PlacedMention) => PlacedMention | null;

/**
 * One page as the annotator sees it: its text, the mentions found, the ranges painted. Follows
 * the page as it changes, at a cost in proportion to the change:
 * - a change without Arabic letters (a clock, a counter in digits, an ad) is not read at all;
 * - nodes replaced with the same text (a framework re-rendering) move the ranges to the new
 *   nodes without matching anything;
 * - a small change is read again with the blocks around it, every other mention kept;
 * - only a large change reads the whole page again.
 * Reads never supersede each other: a change during a read is read right after it, so a page
 * that re-renders all the time is still read to the end and painted.
 */
export class PageSession {
  page: PageText = { text: '', breaks: [], nodes: [], starts: [] };
  annotation: Annotation | null = null;
  placed: PlacedMention[] = [];
  index: MentionIndex | null = null;
  /** The shadow roots the last read went into (for hit-testing text inside them). */
  shadowRoots: ShadowRoot[] = [];
  private painted = false;
  private mode: HighlightMode = 'all';
  /** The mention under the keyboard focus or the flash (kept here: Firefox content scripts cannot query highlights back). */
  private focused: PlacedMention | null = null;
  private readonly lastRevealed = new Map<string, number>();
  private observer: MutationObserver | null = null;
  private readonly observedRoots = new WeakSet<Node>();
  private settleTimer = 0;
  private registryTimer = 0;
  private registryNextCheck = 0;
  private registryRestores = 0;
  private registryBackoff = REGISTRY_CHECK_MS;
  private generation = 0;
  private firstChangeAt = 0;
  private reading: Promise<void> | null = null;
  private dirty = false;
  /** Characters read again in parts since the last whole read: past half the page, read it whole. */
  private partialSinceWhole = 0;

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly glossary: CompiledGlossary,
    /** Called after each read that changed anything, with the annotation and a way to follow old mentions. */
    private readonly onRead: (annotation: Annotation, follow: Follow) => void,
    private readonly options: SessionOptions = {},
  ) {}

  /**
   * Reads the page (again) and reports; paints only if painting is on. The work is cut into
   * slices of about `WORDS_PER_SLICE` words with a yield to the browser between them, so a large
   * page never blocks input or rendering for long. Resolves when the page has been read as it is
   * now (including changes made while reading).
   */
  read(): Promise<void> {
    this.dirty = true;
    this.reading ??= (async () => {
      try {
        while (this.dirty) {
          this.dirty = false;
          await this.readOnce();
        }
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }

  private collect(): { page: PageText; roots: ShadowRoot[] } {
    const { shadowOf, ownHost } = this.options;
    const roots: ShadowRoot[] = [];
    const page = collectPageText(this.doc.body ?? this.doc.documentElement, {
      skip: ownHost?.() ?? null,
      shadowOf:
        shadowOf &&
        ((element) => {
          const root = shadowOf(element);
          if (root) {
            roots.push(root);
            this.observeShadow(root);
          }
          return root;
        }),
    });
    return { page, roots };
  }

  /** Shadow trees are outside the document's own observation: each one read is watched too. */
  private readonly observeShadow = (root: ShadowRoot) => {
    if (!this.observer || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, OBSERVED);
  };

  private async readOnce(): Promise<void> {
    const generation = this.generation;
    let busy = 0;
    let started = performance.now();
    const { page, roots } = this.collect();
    const before = this.page;
    const previous = this.annotation;
    // Nothing that matters changed (the same text in the same nodes): nothing to do.
    if (previous && sameNodes(before, page)) {
      measure('slice', started);
      return;
    }
    const input: AnnotateInput = {
      text: page.text,
      breaks: page.breaks,
      lang: this.doc.documentElement?.getAttribute('lang') ?? null,
      mainText: mainTextOf(page, this.doc.querySelector(MAIN_SELECTOR)),
    };
    const partly = previous && this.partialSinceWhole < page.text.length / 2;
    const steps = partly
      ? this.annotator.reread({ text: before.text, annotation: previous }, input, WORDS_PER_SLICE)
      : this.annotator.steps(input, WORDS_PER_SLICE);
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
      if (generation !== this.generation) return;
      started = performance.now();
    }
    if (annotation === previous) {
      // The same text in new nodes: the same mentions, placed on the new nodes.
    } else if (annotation.partial !== undefined) this.partialSinceWhole += annotation.partial;
    else this.partialSinceWhole = 0;

    const earlier = this.placed;
    const earlierIndex = this.index;
    const sameText = annotation === previous;
    this.page = page;
    this.shadowRoots = roots;
    this.annotation = annotation;
    this.placed = placeMentions(page, annotation.mentions, (entity) => this.glossary.entities[entity]?.type ?? 'place');
    this.index = new MentionIndex(this.placed, page.nodes, page.starts);
    const follow: Follow = (old) => {
      // A range still on the page is found by where it now starts; after a re-render with the
      // same text, the mention at the same place in the list is the same mention.
      const node = old.range.startContainer;
      if (node.isConnected && !old.range.collapsed) {
        const at = this.index?.offsetOf(node, old.range.startOffset);
        const found = at === undefined ? null : (this.index?.atOffset(at) ?? null);
        return found && found.entity === old.entity ? found : null;
      }
      if (!sameText || !earlierIndex) return null;
      const i = earlier.indexOf(old);
      return i >= 0 ? (this.placed[i] ?? null) : null;
    };
    this.focused = this.focused ? follow(this.focused) : null;
    busy += performance.now() - started;
    measure('slice', started);
    // The main-thread time of the whole read, all slices together (not the wall-clock time).
    measure('read', performance.now() - busy);
    if (this.painted) this.repaint();
    if (this.focused) setFocusHighlight(this.focused.range);
    this.onRead(annotation, follow);
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
   * Starts watching the page: the whole document node, which outlives `document.open()` and a
   * replaced <html> or <body>, and every shadow tree read; only changes that carry Arabic text
   * count. Also looks, now and then, whether the page cleared Rafiq's highlights.
   */
  watch(): void {
    const win = this.doc.defaultView;
    if (!win || this.observer) return;
    this.observer = new MutationObserver((records) => {
      const host = this.options.ownHost?.() ?? null;
      if (!records.some((r) => carriesArabic(r, host))) return;
      this.changed();
    });
    this.observer.observe(this.doc, OBSERVED);
    this.registryTimer = win.setInterval(() => this.guardRegistry(), REGISTRY_CHECK_MS);
  }

  /** The page changed: read it once it settles (and at the latest `MAX_WAIT_MS` after the first change). */
  private changed(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const now = Date.now();
    if (!this.settleTimer) this.firstChangeAt = now;
    win.clearTimeout(this.settleTimer);
    const wait = Math.max(0, Math.min(SETTLE_MS, this.firstChangeAt + MAX_WAIT_MS - now));
    this.settleTimer = win.setTimeout(() => {
      this.settleTimer = 0;
      void this.read();
    }, wait);
  }

  /**
   * Puts Rafiq's highlights back if the page cleared the registry. A page that clears it again
   * and again is answered more and more slowly (up to once a minute): Rafiq never fights a page
   * in a loop.
   */
  guardRegistry(now = Date.now()): void {
    if (!this.painted || now < this.registryNextCheck) return;
    if (restoreHighlights() === 0) {
      this.registryRestores = 0;
      this.registryBackoff = REGISTRY_CHECK_MS;
      return;
    }
    if (++this.registryRestores >= REGISTRY_RESTORES_BEFORE_BACKOFF) {
      this.registryBackoff = Math.min(REGISTRY_BACKOFF_MAX_MS, this.registryBackoff * 2);
      this.registryNextCheck = now + this.registryBackoff;
    }
  }

  /** Stops watching and clears what is painted (the user switched Rafiq off here). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.generation++;
    this.dirty = false;
    const win = this.doc.defaultView;
    win?.clearTimeout(this.settleTimer);
    win?.clearInterval(this.registryTimer);
    this.settleTimer = 0;
    this.registryTimer = 0;
    this.painted = false;
    clearHighlights();
    this.clearFocus();
  }
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
};

/** Whether a DOM change adds, removes or edits Arabic text that is not Rafiq's own. */
function carriesArabic(record: MutationRecord, host: Node | null): boolean {
  if (host && (record.target === host || host.contains(record.target))) return false;
  if (record.type === 'characterData') {
    return ARABIC.test(record.oldValue ?? '') || ARABIC.test((record.target as CharacterData).data);
  }
  for (const node of record.addedNodes) if (node !== host && ARABIC.test(node.textContent ?? '')) return true;
  for (const node of record.removedNodes) if (node !== host && ARABIC.test(node.textContent ?? '')) return true;
  return false;
}

/** The same text nodes, with the same text, as the last read. */
function sameNodes(a: PageText, b: PageText): boolean {
  if (a.text !== b.text || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  return true;
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
