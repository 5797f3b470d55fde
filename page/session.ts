import type { HighlightMode } from '../extension/settings';
import type { AnnotateInput, Annotation, Annotator } from '../lib/annotate';
import type { CompiledGlossary } from '../lib/glossary-types';
import { finish, type Steps } from '../lib/steps';
import { changedSpan, type TextChange, type TextSource } from '../lib/text-change';
import {
  clearHighlights,
  isLost,
  liveRange,
  type PlacedMention,
  paintHighlights,
  placeMentions,
  restoreHighlights,
  setFocusHighlight,
  stillCovers,
} from './highlights';
import { MentionIndex } from './hit-test';
import { NodesText } from './nodes-text';
import { OldValues } from './old-values';
import {
  type CollectOptions,
  collectPageTextSteps,
  layoutOf,
  type PageLayout,
  type PageText,
  spanOfEdits,
  spliceLayout,
} from './page-text';
import type { ShadowOf } from './shadow';
import { measure } from './timing';

/** Quiet time after the last DOM change before the page is read again, and the longest wait. */
const SETTLE_MS = 250;
const MAX_WAIT_MS = 1000;
/** Words matched in one step (a few milliseconds); steps are batched into tasks of `SLICE_MS`. */
const WORDS_PER_SLICE = 500;
/** Nodes walked, and mentions placed, in one step (a few milliseconds each from an extension's world). */
const NODES_PER_SLICE = 1_000;
const MENTIONS_PER_SLICE = 500;
/** The main-thread time one task of a read may take before it yields (steps run in between). */
const SLICE_MS = 8;
/** The largest page (in text nodes and mentions) moved to new nodes at once, in the observer's callback. */
const SYNC_NODES = 8_000;
const SYNC_MENTIONS = 4_000;
/** The largest page re-read at once, inside the mutation observer's callback (see `refreshNow`). */
const SYNC_CHARS = 100_000;
/** The most ranges painted on one page, and the longest text node painted in (see `visible`). */
const MAX_PAINTED = 500;
const MAX_PAINTED_NODE = 200_000;
/** How long a mention found from the panel stays flashed. */
const FLASH_MS = 1600;
/** The main text judged for the language: an article body, when the page marks one. */
const MAIN_SELECTOR = 'article, main, [role="main"]';
const MAIN_TEXT_CHARS = 20_000;
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
  /** The page as last read: its nodes, not its text (`oldValues` gives the text back when needed). */
  page: PageLayout = { length: 0, breaks: [], nodes: [], starts: [] };
  /** What the page's text nodes held when it was read, where it changed them since. */
  private readonly oldValues = new OldValues();
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
  private observedRoots = new WeakSet<Node>();
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
  /**
   * What changed since the last read, as long as it was only text nodes already read edited in
   * place or swapped for one text node in the same place (a clock, a counter) and nothing else
   * carrying Arabic changed (`structural`): each such place in `page.nodes` and the text node
   * there now. The next read splices their text in instead of walking the page (`spliceEdits`).
   */
  private pending = new Map<number, Text>();
  /** Text nodes that took a read node's place since the last read, and that place. */
  private standIns = new Map<Node, number>();
  private structural = false;
  /** Each text node of `page` and its place, made the first time an edit needs it. */
  private nodeIndex: Map<Node, number> | null = null;

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
   * small steps, run in tasks of about `SLICE_MS` with a yield to the browser between them, so a
   * large page never blocks input, rendering or the page's own timers for long. Resolves when the page has been read as it is
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

  /**
   * Reads the whole page again even where nothing on it changed: what Rafiq shows changed (the
   * reader switched a glossary pack on or off), so nothing of the last reading can be kept.
   */
  readAfresh(): Promise<void> {
    this.afresh = true;
    return this.read();
  }
  /** Set by `readAfresh` until a whole reading has started. */
  private afresh = false;

  private *collect(nodesPerStep = Number.POSITIVE_INFINITY): Steps<{ page: PageText; roots: ShadowRoot[] }> {
    const { shadowOf, ownHost } = this.options;
    const roots: ShadowRoot[] = [];
    const options: CollectOptions = {
      skip: ownHost?.() ?? null,
      shadowOf:
        shadowOf &&
        ((element, name, firstChild) => {
          const root = shadowOf(element, name, firstChild);
          if (root) {
            roots.push(root);
            this.observeShadow(root);
          }
          return root;
        }),
    };
    const page = yield* collectPageTextSteps(this.doc.body ?? this.doc.documentElement, options, nodesPerStep);
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
    /** Runs `steps` with a yield to the browser between them; null if a newer session took over. */
    // Steps are small; as many run in one task as fit in `SLICE_MS`, so a slower browser (or
    // machine) gets more, shorter tasks rather than longer ones.
    /** Ends this task's slice and waits for the next; false if a newer session took over. */
    const pause = async (): Promise<boolean> => {
      busy += performance.now() - started;
      measure('slice', started);
      await yieldToBrowser();
      if (generation !== this.generation) return false;
      started = performance.now();
      return true;
    };
    // A task ends before the step that would take it past `SLICE_MS`, judged by the longest recent
    // step (one in three folds a new window of text and costs more), not after it: a task then
    // ends near `SLICE_MS` rather than up to a whole step beyond it.
    let longStep = 0;
    const sliced = async <T>(steps: Steps<T>): Promise<T | null> => {
      for (;;) {
        const before = performance.now();
        const next = steps.next();
        const now = performance.now();
        longStep = Math.max(longStep * 0.8, now - before);
        if (next.done) return next.value;
        if (now - started + longStep >= SLICE_MS && !(await pause())) return null;
      }
    };
    // Every change from now until this read is taken is noted (see `OldValues.carry`).
    const watched = this.observer !== null;
    const collected = this.spliced() ?? (await sliced(this.collect(NODES_PER_SLICE)));
    if (!collected) return;
    const { page, roots } = collected;
    const splice = spliceOf(collected);
    const before = this.page;
    const previous = this.annotation;
    const beforeText = this.textOf(before, splice?.before);
    // Nothing that matters changed (the same text in the same nodes): nothing to do.
    if (
      previous &&
      !this.afresh &&
      (splice ? splice.same && page.nodes === before.nodes : sameNodes(before, page, beforeText))
    ) {
      measure('slice', started);
      return;
    }
    // The reading opens with the language verdict, one step of several milliseconds: in a task of
    // its own unless this one has barely begun, so it never adds to the walk's last slice.
    if (performance.now() - started > SLICE_MS / 4 && !(await pause())) return;
    const annotation = await sliced(
      this.readingOf(beforeText, previous, page, WORDS_PER_SLICE, splice?.within, splice?.after),
    );
    if (!annotation) return;
    if (splice && this.unseen(splice)) return;
    const within = splice?.within;
    this.countPartial(annotation, previous);
    const placed = await sliced(this.place(page, annotation.mentions, within));
    if (!placed) return;
    busy += performance.now() - started;
    measure('slice', started);
    // The main-thread time of the whole read, all slices together (not the wall-clock time).
    measure('read', performance.now() - busy);
    this.adopt(page, roots, annotation, placed, watched, splice);
  }

  /**
   * Whether the texts a splice read back from the nodes did not fit the offsets read (a change
   * went unseen): the page is then walked and read again, as if nothing had been spliced.
   */
  private unseen(splice: Splice): boolean {
    if (!splice.before.stale && !splice.after.stale) return false;
    this.structural = true;
    this.dirty = true;
    return true;
  }

  /**
   * The page as it is now when only text nodes already read were edited or swapped since (their
   * new text spliced in: the cost of the edit, not of the page); null when the page has to be
   * walked. Takes what was recorded, so a change during this read is recorded for the next one.
   */
  private spliced(): Splice | null {
    const pending = this.pending;
    const structural = this.structural;
    this.forgetChanges();
    if (structural || pending.size === 0 || !this.annotation || !this.nodeIndex) return null;
    if (!this.oldValues.isTracked) return null;
    for (const node of pending.values()) if (!node.isConnected) return null;
    const started = performance.now();
    const last = this.page;
    const layout = spliceLayout(last, pending);
    if (!layout) return null;
    // The edited nodes' text as spliced now (a later edit is the next read's); every other node's
    // is what it held when read, given back by `oldValues` where it changed since.
    const edits = new Map<number, string>();
    let same = true;
    for (const [at, node] of pending) {
      edits.set(at, node.data);
      if (node.data !== this.oldValues.valueOf(last.nodes[at] as Text)) same = false;
    }
    const old = (i: number) => this.oldValues.valueOf(last.nodes[i] as Text);
    const before = new NodesText(last.starts, last.length, old);
    const after = new NodesText(layout.starts, layout.length, (i) => edits.get(i) ?? old(i));
    const page: PageText = {
      breaks: layout.breaks,
      nodes: layout.nodes,
      starts: layout.starts,
      get text() {
        return after.toString();
      },
    };
    measure('splice', started);
    const within = spanOfEdits(last, pending) ?? undefined;
    const splice: Splice = { page, roots: this.shadowRoots, within, before, after, same };
    if (page.nodes === last.nodes) return splice;
    // Swapped nodes take their places in the index (a copy: this read may yet be given up).
    const index = new Map(this.nodeIndex);
    for (const [at, node] of pending) {
      index.delete(last.nodes[at] as Node);
      index.set(node, at);
    }
    splice.index = index;
    return splice;
  }

  /**
   * The text of `page`, the page last read, rebuilt once if and when needed (`known`: already
   * rebuilt); null when it cannot be, and the page is read whole.
   */
  private textOf(page: PageLayout, known?: TextSource): () => TextSource | null {
    let text: TextSource | null | undefined = known;
    return () => {
      if (text === undefined) text = this.oldValues.text(page);
      return text;
    };
  }

  private forgetChanges(): void {
    this.pending = new Map();
    this.standIns = new Map();
    this.structural = false;
  }

  /** Records changes for the next read: in-place edits and swaps of nodes read before, or anything else. */
  private record(records: readonly MutationRecord[], host: Node | null): void {
    for (const r of records) {
      if (!carriesArabic(r, host)) continue;
      if (this.structural) return;
      // An edit is the text node itself; a swap, one text node taken out and one put in its place.
      const [gone, come] =
        r.type === 'characterData'
          ? [r.target, r.target]
          : r.removedNodes.length === 1 && r.addedNodes.length === 1
            ? [r.removedNodes[0], r.addedNodes[0]]
            : [];
      if (gone?.nodeType === 3 && come?.nodeType === 3 && (come === gone || come.parentNode === r.target)) {
        // Made only for a change that may be spliced: a storm of other changes never pays for it.
        this.nodeIndex ??= new Map(this.page.nodes.map((node, i) => [node, i]));
        const at = this.standIns.get(gone) ?? this.nodeIndex.get(gone);
        if (at !== undefined && (this.pending.get(at) ?? this.page.nodes[at]) === gone) {
          this.pending.set(at, come as Text);
          if (come !== gone) this.standIns.set(come, at);
          continue;
        }
      }
      this.structural = true;
    }
  }

  /**
   * Ranges for `mentions`, a slice at a time (a page can hold tens of thousands). After edits
   * spliced in (`within`: where the text changed), a mention outside the change keeps the range
   * it had (a live range follows the DOM; it only moved in the text), so a ticking counter
   * creates no ranges but its own and, the painted ranges being the same, repaints nothing.
   */
  private *place(page: PageText, mentions: Annotation['mentions'], within?: TextChange): Steps<PlacedMention[]> {
    const typeOf = (entity: number) => this.glossary.entities[entity]?.type ?? 'place';
    const earlier = this.placed;
    /** The mention of `entity` placed at `start` by the last read, if its range still holds text. */
    const keptAt = (entity: number, start: number): PlacedMention | undefined => {
      // Found by a binary search (mentions are in text order), not a map of every one: a tick of a
      // clock looks each up once.
      let lo = 0;
      let hi = earlier.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((earlier[mid] as PlacedMention).start < start) lo = mid + 1;
        else hi = mid;
      }
      let found: PlacedMention | undefined;
      for (let i = lo; i < earlier.length && (earlier[i] as PlacedMention).start === start; i++) {
        const p = earlier[i] as PlacedMention;
        if (p.entity === entity && !isLost(p.range)) found = p;
      }
      return found;
    };
    const shift = within ? within.newEnd - within.oldEnd : 0;
    const placed: PlacedMention[] = [];
    for (let from = 0; from < mentions.length; from += MENTIONS_PER_SLICE) {
      if (from > 0) yield;
      const slice = mentions.slice(from, from + MENTIONS_PER_SLICE);
      if (!within) {
        placed.push(...placeMentions(page, slice, typeOf));
        continue;
      }
      for (const m of slice) {
        const before = m.end <= within.start ? m.start : m.start >= within.newEnd ? m.start - shift : -1;
        let old = before >= 0 ? keptAt(m.entity, before) : undefined;
        if (old && !stillCovers(page, old.range, m.start, m.end)) old = undefined;
        // Unmoved, it is the same mention (a tick that kept the clock's length moves nothing).
        if (old && old.start === m.start && old.end === m.end) placed.push(old);
        else if (old && old.end - old.start === m.end - m.start) placed.push({ ...old, start: m.start, end: m.end });
        else placed.push(...placeMentions(page, [m], typeOf));
      }
    }
    return placed;
  }

  /**
   * The page's nodes were replaced (a framework re-rendering, with the same text or a little
   * changed): on a page of ordinary size the mentions move to the new nodes now, inside the
   * mutation observer's callback, before the browser paints a frame with the old ranges
   * collapsed, so nothing flickers, no card closes and the keyboard focus stays. The same text
   * costs one walk of the text nodes and no matching; a small change, reading its blocks again.
   * False when the page is too large for one task, or a read is under way (it reads the page
   * again when it is done): the sliced read follows.
   */
  private refreshNow(): boolean {
    const previous = this.annotation;
    if (!previous || this.reading || this.page.nodes.length > SYNC_NODES) return false;
    if (this.page.length > SYNC_CHARS || previous.mentions.length > SYNC_MENTIONS) return false;
    const started = performance.now();
    const collected = this.spliced() ?? finish(this.collect());
    const { page, roots } = collected;
    const splice = spliceOf(collected);
    if ((splice?.after.length ?? page.text.length) > SYNC_CHARS) return false;
    // The walk (or the splice) saw every change recorded so far.
    this.forgetChanges();
    const within = splice?.within;
    const beforeText = this.textOf(this.page, splice?.before);
    const annotation = finish(
      this.readingOf(beforeText, previous, page, Number.POSITIVE_INFINITY, within, splice?.after),
    );
    if (splice?.before.stale || splice?.after.stale) {
      this.structural = true;
      return false;
    }
    this.countPartial(annotation, previous);
    const placed = finish(this.place(page, annotation.mentions, within));
    this.adopt(page, roots, annotation, placed, true, splice);
    measure('refresh', started);
    return true;
  }

  /**
   * The reading of `page`: only what changed since the page read before (its text `beforeText`,
   * annotated as `previous`) while the parts read again since the last whole read stay under half
   * the page, else all of it (and where that text cannot be known for certain).
   */
  private readingOf(
    beforeText: () => TextSource | null,
    previous: Annotation | null,
    page: PageText,
    wordsPerSlice = Number.POSITIVE_INFINITY,
    /** Where `page`'s text can differ from `before`'s, when the edits that made it are known. */
    within?: TextChange,
    /** `page`'s text, when it is read back from the nodes (a splice) rather than held whole. */
    source: TextSource = page.text,
  ): Steps<Annotation> {
    const doc = this.doc;
    const input: Omit<AnnotateInput, 'text'> & { text: TextSource } = {
      text: source,
      breaks: page.breaks,
      lang: doc.documentElement?.getAttribute('lang') ?? null,
      // Walked only if the language is judged again: a part re-read keeps the page's verdict.
      get mainText() {
        return mainTextOf(doc.querySelector(MAIN_SELECTOR));
      },
    };
    const whole = this.afresh;
    this.afresh = false;
    const text = previous && !whole && this.partialSinceWhole < source.length / 2 ? beforeText() : null;
    return previous && text !== null
      ? this.annotator.reread({ text, annotation: previous }, input, wordsPerSlice, within)
      : this.annotator.steps({ ...input, text: source.toString() }, wordsPerSlice);
  }

  private countPartial(annotation: Annotation, previous: Annotation | null): void {
    if (annotation === previous) return;
    if (annotation.partial !== undefined) this.partialSinceWhole += annotation.partial;
    else this.partialSinceWhole = 0;
  }

  /** The text of the page as last read (rebuilt), or null where it cannot be known for certain. */
  lastText(): string | null {
    return this.oldValues.text(this.page);
  }

  /**
   * Whether a DOM change just took away text that painted mentions were in, or edited a text
   * node one is in (its static range would now cover other letters).
   */
  private lostRanges(records: readonly MutationRecord[]): boolean {
    let edited: Set<Node> | null = null;
    for (const r of records) {
      if (r.type !== 'characterData') continue;
      edited ??= new Set();
      edited.add(r.target);
    }
    for (const m of this.placed) {
      if (isLost(m.range)) return true;
      if (edited && (edited.has(m.range.startContainer) || edited.has(m.range.endContainer))) return true;
    }
    return false;
  }

  /** Takes `annotation` of `page` as the current one: places its mentions, paints, follows the old ones. */
  private adopt(
    page: PageText,
    roots: ShadowRoot[],
    annotation: Annotation,
    placed: PlacedMention[],
    /** Whether the page was watched since the read began (every change since was noted). */
    watched: boolean,
    splice?: Splice,
  ): void {
    const nodeIndex = splice?.index;
    const before = this.page;
    const earlier = this.placed;
    // The same nodes (edits spliced in) keep their places; swapped ones were given theirs
    // (`nodeIndex`, from `spliced`); a page walked anew gets a new index when one is next needed.
    if (page.nodes !== before.nodes) {
      this.nodeIndex = nodeIndex ?? null;
      // Changes recorded meanwhile name places in the nodes read before: the next read walks.
      if (!nodeIndex && this.pending.size > 0) {
        this.forgetChanges();
        this.structural = true;
      }
    }
    // A splice's text is never joined (its `text` would be): its length is known.
    this.page = splice
      ? { length: splice.after.length, breaks: page.breaks, nodes: page.nodes, starts: page.starts }
      : layoutOf(page);
    this.shadowRoots = roots;
    this.annotation = annotation;
    this.placed = placed;
    const index = new MentionIndex(this.placed, page.nodes, page.starts);
    this.index = index;
    // Where the text changed, computed only if something has to be followed across it, and only
    // while `onRead` runs: the texts are not kept (`texts`), and the old values noted are those
    // of the page before until the end.
    let texts: { before: () => TextSource | null; now: TextSource } | null = {
      before: this.textOf(before),
      now: splice?.after ?? page.text,
    };
    let span: TextChange | null | 'unknown' | undefined;
    const follow: Follow = (old) => {
      if (!earlier.includes(old)) return this.placed.includes(old) ? old : null;
      // A range still on the page is found where it now starts.
      const node = old.range.startContainer;
      let at: number | undefined;
      if (!isLost(old.range)) at = index.offsetOf(node, old.range.startOffset);
      if (at === undefined) {
        // Its text was re-rendered into new nodes: found by its offset, shifted past the change.
        if (span === undefined) {
          const text = texts?.before() ?? null;
          span = texts && text !== null ? changedSpan(text, texts.now) : 'unknown';
        }
        if (span === 'unknown') at = undefined;
        else if (!span || old.end <= span.start) at = old.start;
        else if (old.start >= span.oldEnd) at = old.start + span.newEnd - span.oldEnd;
      }
      const found = at === undefined ? null : index.atOffset(at);
      return found && found.entity === old.entity && found.start === at ? found : null;
    };
    try {
      this.focused = this.focused ? follow(this.focused) : null;
      if (this.painted) this.repaint();
      if (this.focused) setFocusHighlight(this.focused.range);
      this.onRead(annotation, follow);
    } finally {
      texts = null;
      this.oldValues.carry(page, watched, splice?.after);
    }
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

  /**
   * The mentions painted under the current mode (every one, or the first of each entity). Two
   * limits keep painting from freezing very large pages, measured in the hostile-page suite:
   * - past `MAX_PAINTED` mentions only the first of each further entity is painted (every range
   *   costs the page's rendering on every frame);
   * - nothing is painted inside a text node longer than `MAX_PAINTED_NODE` characters: one
   *   highlight there makes the browser repaint the whole node, 170 ms and more for 5 MB in
   *   Chromium. Those mentions are still listed, and their cards still open on hover.
   */
  visible(): PlacedMention[] {
    const seen = new Set<number>();
    let painted = 0;
    // Node lengths read once per node (mentions come in text order): each read crosses into the DOM.
    let node: Node | null = null;
    let tooLong = false;
    return this.placed.filter((m) => {
      if (m.range.startContainer !== node) {
        node = m.range.startContainer;
        tooLong = (node as Text).length > MAX_PAINTED_NODE;
      }
      if (tooLong) return false;
      const first = !seen.has(m.entity);
      seen.add(m.entity);
      if (!first && (this.mode !== 'all' || painted >= MAX_PAINTED)) return false;
      painted++;
      return true;
    });
  }

  /** The ranges painted last, to leave the page's rendering alone when they are the same. */
  private paintedRanges: AbstractRange[] = [];

  private repaint(): void {
    const started = performance.now();
    if (!this.painted) {
      clearHighlights();
      this.paintedRanges = [];
    } else {
      const shown = this.visible().filter((m) => !isLost(m.range));
      const same =
        shown.length === this.paintedRanges.length && shown.every((m, i) => m.range === this.paintedRanges[i]);
      // The same ranges (a counter ticked elsewhere) are already registered; painting them again
      // would make the browser repaint every highlight.
      if (!same) paintHighlights(shown);
      this.paintedRanges = shown.map((m) => m.range);
    }
    measure('paint', started);
  }

  /** Painted mentions a reader can see: not collapsed (text removed), not hidden (no boxes). */
  private reachable(list: PlacedMention[]): PlacedMention[] {
    return list.filter((m) => !isLost(m.range) && liveRange(m.range).getClientRects().length > 0);
  }

  /**
   * Moves the keyboard focus to the next or previous painted mention (wrapping), and returns it
   * with its place among the mentions a reader can reach (1-based).
   */
  step(direction: 1 | -1): { mention: PlacedMention; index: number; total: number } | null {
    const list = this.reachable(this.visible());
    if (!this.painted || list.length === 0) return null;
    const at = this.focused ? list.indexOf(this.focused) : -1;
    const next =
      at < 0
        ? direction === 1
          ? Math.max(
              0,
              list.findIndex((m) => liveRange(m.range).getBoundingClientRect().top >= 0),
            )
          : list.length - 1
        : (at + direction + list.length) % list.length;
    const mention = list[next];
    if (!mention) return null;
    this.reveal(mention);
    return { mention, index: next + 1, total: list.length };
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
      // Every change, Arabic or not: the next read compares with the text as it was read.
      this.oldValues.note(records, this.noted);
      const host = this.options.ownHost?.() ?? null;
      if (!records.some((r) => carriesArabic(r, host))) return;
      this.record(records, host);
      if (this.lostRanges(records) && this.refreshNow()) return;
      this.changed();
    });
    this.observer.observe(this.doc, OBSERVED);
    this.registryTimer = win.setInterval(() => this.guardRegistry(), REGISTRY_CHECK_MS);
  }

  /**
   * The nodes whose old values are noted: those of the page read (a read under way is yet to say
   * which it reads, and notes every node until it is taken: `OldValues.carry`).
   */
  private readonly noted = (node: Text): boolean => {
    if (this.reading) return true;
    this.nodeIndex ??= new Map(this.page.nodes.map((n, i) => [n, i]));
    return this.nodeIndex.has(node);
  };

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
    // Changes from now on go unseen: the next read cannot be compared with this one's text.
    this.oldValues.forget();
    // A new observer watches the shadow trees again as the next read enters them.
    this.observedRoots = new WeakSet();
    this.generation++;
    this.dirty = false;
    const win = this.doc.defaultView;
    win?.clearTimeout(this.settleTimer);
    win?.clearInterval(this.registryTimer);
    this.settleTimer = 0;
    this.registryTimer = 0;
    this.painted = false;
    clearHighlights();
    this.paintedRanges = [];
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

/** The same text nodes, with the same text (`textOfA`), as the last read. */
function sameNodes(a: PageLayout, b: PageText, textOfA: () => TextSource | null): boolean {
  if (a.length !== b.text.length || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  return textOfA()?.toString() === b.text;
}

/** The splice a read starts from, if it did not walk the page. */
const spliceOf = (collected: { page: PageText; roots: ShadowRoot[] } | Splice): Splice | undefined =>
  'after' in collected ? collected : undefined;

/** The page as it is after edits spliced in (see `spliced`), its text read from the nodes. */
interface Splice {
  page: PageText;
  roots: ShadowRoot[];
  /** The node index after swaps (none: the same nodes). */
  index?: Map<Node, number>;
  within?: TextChange;
  /** The text of the page before (`PageSession.page`) and after, read back where needed. */
  before: NodesText;
  after: NodesText;
  /** Whether every edit left its node's text as it was read. */
  same: boolean;
}

/**
 * The text of the page's main element (no script or style text), up to 20,000 characters: a walk
 * of that element alone, so a small article on a page of 100,000 elements costs next to nothing.
 */
function mainTextOf(main: Element | null): string | undefined {
  if (!main) return undefined;
  const walker = main.ownerDocument.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length <= MAIN_TEXT_CHARS; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT') text += (node as Text).data;
  }
  return text.length > 400 ? text : undefined;
}

/**
 * Lets the browser run input, rendering and the page's own tasks before the next slice of work.
 * Not `scheduler.yield()`: its continuations go ahead of the page's timers, so a read of a few
 * hundred slices held every timer of the page back for the whole read (up to a second on a
 * 5 MB page). A background-priority task comes after everything the page has queued. Where
 * there is no `scheduler.postTask` (Firefox ESR), a message on a private channel: an ordinary
 * task like the page's own, and not throttled to once a second in a background tab as timers are.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: object) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'background' });
  const channel = yieldChannel();
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const waiting: Array<() => void> = [];
let channel: MessageChannel | null | undefined;
function yieldChannel(): MessageChannel | null {
  if (channel !== undefined) return channel;
  try {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  } catch {
    channel = null;
  }
  return channel;
}
