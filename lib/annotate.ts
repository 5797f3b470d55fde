/**
 * One call from text to everything Rafiq knows about it: language, topic, mentions, entities.
 * The content script, the annotate CLI and the accuracy report all go through here.
 */

import { foldText } from './arabic/fold';
import { detectLanguage, type LanguageVerdict } from './detect/language';
import { collectEvidence, type TopicSignal, type TopicVerdict, topicVerdict } from './detect/topic';
import type { CompiledGlossary } from './glossary-types';
import { createMatcher, type Matcher, MatchScan, type Mention } from './matcher';

export interface AnnotateInput {
  /** The text Rafiq read (for a page: its text nodes in DOM order). */
  text: string;
  /** Offsets where a block boundary lies between two text nodes (no name spans one). */
  breaks?: ArrayLike<number>;
  /** The page's declared language (`<html lang>`), if any. */
  lang?: string | null;
  /** The main text to judge the language on (an article body); defaults to `text`. */
  mainText?: string;
}

export interface EntitySummary {
  id: string;
  type: string;
  en: string;
  zh: string;
  count: number;
}

export interface Annotation {
  language: LanguageVerdict;
  topic: TopicVerdict;
  mentions: Mention[];
  entities: EntitySummary[];
}

export class Annotator {
  readonly matcher: Matcher;

  constructor(readonly glossary: CompiledGlossary) {
    this.matcher = createMatcher(glossary);
  }

  annotate(input: AnnotateInput): Annotation {
    const steps = this.steps(input);
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  /**
   * The same work as `annotate`, pausing (yield) between slices of about `wordsPerStep` words,
   * so a caller on a page's main thread can let the browser breathe in between.
   */
  *steps(input: AnnotateInput, wordsPerStep = Number.POSITIVE_INFINITY): Generator<void, Annotation> {
    const language = detectLanguage(input.mainText ?? input.text, input.lang);
    yield;
    const folded = foldText(input.text, input.breaks);
    yield;
    const scan = new MatchScan(this.matcher, folded, input.text);
    while (!scan.step(wordsPerStep)) yield;
    const signalOf = (entity: number) => this.glossary.entities[entity]?.signal as TopicSignal | undefined;
    const isVenue = (entity: number) => this.glossary.entities[entity]?.venue === true;
    // Short forms seen before their full name are settled first by the page (a full name anywhere
    // on it), then, on a page about the summit, by the summit itself: an excerpt that starts
    // mid-story still means Xi by شي. The verdict is read before that last step, so a short form
    // never votes for the verdict that licenses it.
    scan.settleDeferred(false);
    const topic = topicVerdict(collectEvidence(scan.mentions, signalOf, folded, isVenue));
    if (topic.level === 'summit') scan.settleDeferred(true);
    const mentions = scan.mentions;
    this.resolveEdition(mentions, topic.level === 'summit');
    return { language, topic, mentions, entities: this.summarize(mentions) };
  }

  /**
   * "The China–Central Asia summit" on a page that names one edition only is that edition (a
   * report of the Xi'an summit calls it by the series' name); on a summit page that names no
   * edition, one host city only decides it.
   */
  private resolveEdition(mentions: Mention[], summitPage: boolean) {
    const series = this.glossary.series;
    if (!series || !mentions.some((m) => m.entity === series.series)) return;
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
  summarize(mentions: readonly Mention[]): EntitySummary[] {
    const byEntity = new Map<number, EntitySummary>();
    for (const m of mentions) {
      const summary = byEntity.get(m.entity);
      if (summary) {
        summary.count++;
        continue;
      }
      const e = this.glossary.entities[m.entity];
      if (!e) continue;
      byEntity.set(m.entity, { id: e.id, type: e.type, en: e.en, zh: e.zh, count: 1 });
    }
    return [...byEntity.values()];
  }
}

/** The JSON shape the annotate CLI prints (see the README's "Interfaces"). */
export function toReport(file: string, text: string, annotation: Annotation, glossary: CompiledGlossary) {
  return {
    file,
    language: annotation.language,
    topic: annotation.topic,
    mentions: annotation.mentions.map((m) => ({
      id: glossary.entities[m.entity]?.id ?? '',
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
    })),
    entities: annotation.entities,
  };
}
