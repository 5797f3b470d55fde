/**
 * One call from text to everything Rafiq knows about it: language, topic, mentions, entities.
 * The content script, the annotate CLI and the accuracy report all go through here.
 */

import { FoldWindow } from './arabic/window';
import { detectLanguage, type LanguageVerdict } from './detect/language';
import {
  collectEvidenceSteps,
  type PackVerdict,
  type SummitWord,
  summitWordsIn,
  TopicRules,
  type TopicVerdict,
  topicVerdict,
} from './detect/topic';
import type { CompiledGlossary, CompiledPack } from './glossary-types';
import { createMatcher, type Matcher, MatchScan, type Mention } from './matcher';
import { finish } from './steps';
import { blockWindow, changedSpan, spliceMentions, type TextChange, type TextSource } from './text-change';

/**
 * Characters of the page folded and split at a time: small enough that the buffers stay in cache
 * and a window's work is a fraction of a slice, large enough that the few words read twice where
 * two windows meet cost nothing.
 */
const WINDOW_CHARS = 8192;
/** A change is read again on its own when its blocks are at most this share of the page. */
const REREAD_SHARE = 0.25;
/** Characters read each side of a change at least, beyond its own blocks. */
const REREAD_MARGIN = 200;

export interface AnnotateInput {
  /** The text Rafiq read (for a page: its text nodes in DOM order). */
  text: string;
  /** Offsets where a block boundary lies between two text nodes (no name spans one). */
  breaks?: ArrayLike<number>;
  /** The page's declared language (`<html lang>`), if any. */
  lang?: string | null;
  /** The main text to judge the language on (an article body); defaults to `text`. */
  mainText?: string;
  /**
   * Set when this text is one changed part of a page read before: the page's language and topic
   * stand, and entities the rest of the page names in full settle short forms here too.
   */
  known?: { language: LanguageVerdict; topic: TopicVerdict; packs: PackVerdict[]; named: ReadonlySet<number> };
}

/**
 * An entity a text names and how often: which it is (its id, and the pack that defines it), never
 * its names, which are looked up in the glossary where they are shown. The same shape travels to
 * the background as the page's findings (`extension/messages.ts`).
 */
export interface EntityCount {
  pack: string;
  entity: string;
  count: number;
}

export interface Annotation {
  language: LanguageVerdict;
  /** The verdict of the primary pack (the first; for the bundled packs, China–Central Asia). */
  topic: TopicVerdict;
  /** Every pack's verdict that has a topic profile, in the packs' order. */
  packs: PackVerdict[];
  mentions: Mention[];
  entities: EntityCount[];
  /** Set by `reread` when only part of the text was read again: how many characters it read. */
  partial?: number;
}

/** Without a pack that has a profile, no page is about a beat. */
const NO_TOPIC: TopicVerdict = { level: 'none', score: 0, reasons: [{ code: 'one-side' }] };

/** The primary pack's verdict (see `Annotation.topic`), without its pack id. */
function primary(packs: readonly PackVerdict[]): TopicVerdict {
  const first = packs[0];
  if (!first) return NO_TOPIC;
  const { pack: _pack, ...verdict } = first;
  return verdict;
}

export class Annotator {
  readonly matcher: Matcher;
  /** Characters folded at a time (see `FoldWindow`); results never depend on it. */
  windowChars = WINDOW_CHARS;

  /** Each pack that has a topic profile, with its rules bound to the glossary's entities. */
  private readonly topics: Array<{ pack: CompiledPack; rules: TopicRules }>;
  /** The distinct words "summit" of those profiles (packs that share one search for it once). */
  private readonly summitWords: SummitWord[] = [];

  /** Which entities are shown (null: every one); see `setEnabledPacks`. */
  private visible: Uint8Array | null = null;
  private enabled: ReadonlySet<string> | null = null;

  constructor(readonly glossary: CompiledGlossary) {
    this.matcher = createMatcher(glossary);
    const at = new Map(glossary.entities.map((e, i) => [e.id, i]));
    const words = new Map<string, SummitWord>();
    this.topics = (glossary.packs ?? []).flatMap((pack) => {
      if (!pack.profile) return [];
      const rules = new TopicRules(pack.profile, (id) => at.get(id));
      const key = `${rules.summitWord.stem} ${rules.summitWord.run.source}`;
      const word = words.get(key);
      if (word) (rules as { summitWord: SummitWord }).summitWord = word;
      else words.set(key, rules.summitWord);
      return [{ pack, rules }];
    });
    this.summitWords = [...words.values()];
  }

  /**
   * Shows only what these packs hold: their own entities and the ones they use, and only their
   * verdicts (null: every pack). Every pack is still read, so a page's verdict for one pack never
   * depends on which others the reader switched off (the SCO still counts against the China–Central
   * Asia Summit when the SCO pack is off). `topic` stays the primary pack's verdict.
   */
  setEnabledPacks(ids: Iterable<string> | null) {
    if (ids === null) {
      this.visible = null;
      this.enabled = null;
      return;
    }
    const enabled = new Set(ids);
    const packs = this.glossary.packs ?? [];
    const visible = new Uint8Array(this.glossary.entities.length);
    const at = new Map(this.glossary.entities.map((e, i) => [e.id, i]));
    this.glossary.entities.forEach((e, i) => {
      if (enabled.has(packs[e.pack ?? 0]?.id ?? '')) visible[i] = 1;
    });
    for (const pack of packs) {
      if (!enabled.has(pack.id)) continue;
      for (const id of pack.uses ?? []) {
        const i = at.get(id);
        if (i !== undefined) visible[i] = 1;
      }
    }
    this.visible = visible;
    this.enabled = enabled;
  }

  /** The annotation as the reader's packs show it (see `setEnabledPacks`). */
  private shown(language: LanguageVerdict, topic: TopicVerdict, packs: PackVerdict[], all: Mention[]): Annotation {
    const visible = this.visible;
    const enabled = this.enabled;
    const mentions = visible ? all.filter((m) => visible[m.entity] === 1) : all;
    const verdicts = enabled ? packs.filter((p) => enabled.has(p.pack)) : packs;
    return { language, topic, packs: verdicts, mentions, entities: this.summarize(mentions) };
  }

  annotate(input: AnnotateInput): Annotation {
    return finish(this.steps(input));
  }

  /**
   * The same work as `annotate`, pausing (yield) between slices of about `wordsPerStep` words,
   * so a caller on a page's main thread can let the browser breathe in between.
   */
  *steps(input: AnnotateInput, wordsPerStep = Number.POSITIVE_INFINITY): Generator<void, Annotation> {
    const known = input.known;
    const language = known?.language ?? detectLanguage(input.mainText ?? input.text, input.lang);
    yield;
    // One pass: the page is folded, split and matched a window at a time; the topic needs only
    // where the word "summit" stands, gathered as each window is folded.
    const summitWords = this.summitWords.map(() => [] as number[]);
    const window = new FoldWindow(
      input.text,
      input.breaks ?? [],
      this.windowChars,
      known
        ? undefined
        : (w, from, to) => {
            for (let i = 0; i < summitWords.length; i++) {
              summitWordsIn(this.summitWords[i] as SummitWord, w.text, from, to, w.start, summitWords[i] as number[]);
            }
          },
    );
    const scan = new MatchScan(this.matcher, window, input.text);
    while (!scan.step(wordsPerStep)) yield;
    // Short forms seen before their full name are settled first by the page (a full name anywhere
    // on it), then, on a page about the summit, by the summit itself: an excerpt that starts
    // mid-story still means Xi by شي. The verdict is read before that last step, so a short form
    // never votes for the verdict that licenses it.
    scan.settleDeferred(false, known?.named);
    yield;
    let packs = known?.packs;
    if (!packs) {
      packs = [];
      for (const { pack, rules } of this.topics) {
        const words = summitWords[this.summitWords.indexOf(rules.summitWord)] as number[];
        const evidence = yield* collectEvidenceSteps(scan.mentions, rules, words, wordsPerStep * 2, input.text.length);
        packs.push({ pack: pack.id, ...topicVerdict(evidence, rules.profile) });
      }
    }
    const topic = known?.topic ?? primary(packs);
    yield;
    // Short forms are licensed by the primary pack's summit verdict only: on another beat's summit
    // page "القمة" is that beat's summit, not this one's.
    if (topic.level === 'summit') scan.settleDeferred(true, known?.named);
    const mentions = scan.mentions;
    yield;
    // A part read again is resolved with the rest of the page (`finish`), not on its own.
    if (!known) this.resolveEdition(mentions, packs);
    yield;
    // A part read again is shown as it is: `finish`, over the whole page, shows it.
    if (known) return { language, topic, packs, mentions, entities: [] };
    return this.shown(language, topic, packs, mentions);
  }

  /**
   * The annotation of `input`, a page whose earlier text `previous` was annotated: when the text
   * changed in one place and the blocks around it are a small part of the page, only they are
   * read again (with the page's language, topic and full names as context) and every other
   * mention is kept, shifted; otherwise the whole text is read. Equal texts give the previous
   * annotation itself. Both texts are read only around the change, unless the whole is read.
   */
  *reread(
    previous: { text: TextSource; annotation: Annotation },
    input: Omit<AnnotateInput, 'text'> & { text: TextSource },
    wordsPerStep = Number.POSITIVE_INFINITY,
    /** Where the texts can differ, when the caller knows (see `changedSpan`). */
    within?: TextChange,
  ): Generator<void, Annotation> {
    const change = changedSpan(previous.text, input.text, within);
    if (!change) return previous.annotation;
    const breaks = input.breaks ?? [];
    const window = blockWindow(change, breaks, input.text.length, REREAD_MARGIN);
    // Measured on both sides: half a page deleted leaves a small window in the new text.
    const size = Math.max(window.newEnd, window.oldEnd) - window.start;
    if (size > Math.min(input.text.length, previous.text.length) * REREAD_SHARE)
      return yield* this.steps({ ...input, text: input.text.toString() }, wordsPerStep);
    const { language, topic, packs, mentions } = previous.annotation;
    const named = Annotator.namedInFull(mentions.filter((m) => m.end <= window.start || m.start >= window.oldEnd));
    const partBreaks: number[] = [];
    for (let i = 0; i < breaks.length; i++) {
      const b = breaks[i] as number;
      if (b > window.start && b < window.newEnd) partBreaks.push(b - window.start);
    }
    const part = yield* this.steps(
      {
        text: input.text.slice(window.start, window.newEnd),
        breaks: partBreaks,
        known: { language, topic, packs, named },
      },
      wordsPerStep,
    );
    const annotation = this.finish(language, topic, packs, spliceMentions(mentions, window, part.mentions));
    annotation.partial = window.newEnd - window.start;
    return annotation;
  }

  /** Entities named in full (not by a short form) among `mentions`. */
  static namedInFull(mentions: readonly Mention[]): Set<number> {
    const named = new Set<number>();
    for (const m of mentions) if (!m.short) named.add(m.entity);
    return named;
  }

  /**
   * The annotation of a whole page put together from parts read separately (see `known`): the
   * page's language and topic, the summit's edition resolved over all its mentions, the entities.
   */
  finish(language: LanguageVerdict, topic: TopicVerdict, packs: PackVerdict[], mentions: Mention[]): Annotation {
    this.resolveEdition(mentions, packs);
    return this.shown(language, topic, packs, mentions);
  }

  /**
   * "The China–Central Asia summit" on a page that names one edition only is that edition (a
   * report of the Xi'an summit calls it by the series' name); on a summit page that names no
   * edition, one host city only decides it.
   */
  private resolveEdition(mentions: Mention[], packs: readonly PackVerdict[]) {
    for (const series of this.glossary.series ?? []) {
      if (!mentions.some((m) => m.entity === series.series)) continue;
      const pack = this.glossary.packs?.[this.glossary.entities[series.series]?.pack ?? 0]?.id;
      this.resolveSeries(mentions, series, packs.find((v) => v.pack === pack)?.level === 'summit');
    }
  }

  private resolveSeries(
    mentions: Mention[],
    series: NonNullable<CompiledGlossary['series']>[number],
    summitPage: boolean,
  ) {
    const named = new Set(mentions.map((m) => m.entity));
    let editions = series.editions.filter((e) => named.has(e.entity));
    if (editions.length === 0 && summitPage)
      editions = series.editions.filter((e) => e.venue >= 0 && named.has(e.venue));
    const only = editions.length === 1 ? editions[0] : undefined;
    if (!only) return;
    for (const m of mentions) {
      if (m.entity === series.series) {
        m.entity = only.entity;
        m.step = 'context';
      }
    }
  }

  /** Entities in order of first mention, with their counts. */
  summarize(mentions: readonly Mention[]): EntityCount[] {
    const byEntity = new Map<number, EntityCount>();
    for (const m of mentions) {
      const summary = byEntity.get(m.entity);
      if (summary) {
        summary.count++;
        continue;
      }
      const e = this.glossary.entities[m.entity];
      if (!e) continue;
      byEntity.set(m.entity, { pack: this.glossary.packs?.[e.pack ?? 0]?.id ?? '', entity: e.id, count: 1 });
    }
    return [...byEntity.values()];
  }
}

/** The JSON shape the annotate CLI prints (see the README's "Interfaces"). */
export function toReport(file: string, text: string, annotation: Annotation, glossary: CompiledGlossary) {
  const byId = new Map(glossary.entities.map((e) => [e.id, e]));
  return {
    file,
    language: annotation.language,
    topic: annotation.topic,
    packs: annotation.packs.map(({ pack, level, score, reasons }) => ({ id: pack, level, score, reasons })),
    mentions: annotation.mentions.map((m) => ({
      id: glossary.entities[m.entity]?.id ?? '',
      pack: glossary.packs?.[glossary.entities[m.entity]?.pack ?? 0]?.id ?? '',
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
    })),
    entities: annotation.entities.map(({ entity, count }) => {
      const e = byId.get(entity);
      return { id: entity, type: e?.type ?? '', en: e?.name.en ?? '', zh: e?.name.zh ?? '', count };
    }),
  };
}
