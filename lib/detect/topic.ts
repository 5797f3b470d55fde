/**
 * Is this page about the China–Central Asia Summit? Three levels, each with reasons a reader can
 * check. The verdict is built from evidence that real coverage has and near-misses lack:
 *  - summit evidence: the summit, its documents or its centres named as such, and the word
 *    "summit" standing near both China and Central Asia (outside those names);
 *  - both sides present: China (the country, its leaders, its capital) and Central Asia (the
 *    region, its countries, capitals and leaders), counted separately;
 *  - other forums that share the cast (the SCO met in Astana in 2024 with the same leaders),
 *    which weigh against reading a shared city or leader as this summit.
 * No single word decides: `summit` needs two independent pieces of summit evidence and both sides.
 */

import type { FoldedText } from '../arabic/fold';
import type { Mention } from '../matcher';
import { firstAtOrAfter } from '../sorted';
import { finish, type Steps } from '../steps';
import type { TopicReason } from './reasons';

/** What an entity says about the topic. `ca:xx` is a Central Asian country (or `ca:region`). */
export type TopicSignal = 'china' | `ca:${string}` | 'summit' | 'mechanism' | 'forum' | 'power';

export type TopicLevel = 'summit' | 'related' | 'none';

export interface TopicVerdict {
  level: TopicLevel;
  score: number;
  reasons: TopicReason[];
}

export interface TopicEvidence {
  china: number;
  centralAsia: number;
  caCountries: Set<string>;
  summit: number;
  mechanism: number;
  forum: number;
  /** Another power with its own summits with Central Asia (Russia). */
  power: number;
  summitWordNearBoth: number;
  /** Central Asian mentions with China named close by (the same sentence or two). */
  closePairs: number;
  /** Mentions of a city that hosted the summit (Xi'an, Astana). */
  venues: number;
}

/**
 * قمة in any of its written shapes, with the small words news glues to it (folded text): a whole
 * run of the letters ء–ي, neither preceded nor followed by another of them.
 */
const SUMMIT_RUN = /^[وف]?(?:بال|لل|ال|ب|ل|ك)?قم(?:ه|م|تين|تان)$/;
/** How far after the word "summit" (in characters) China and Central Asia must be named. */
const AFTER = 48;
/** How close (in characters) China and a Central Asian name must stand to count as a pair. */
const CLOSE = 200;

/**
 * Where the word "summit" stands (see `SUMMIT_RUN`) among folded units `[from, to)` of `text`:
 * appends, for each, the offset in the original text (`start`) to `out`. A text folded in windows
 * is searched a window at a time, each unit once.
 */
export function summitWordsIn(text: string, from: number, to: number, start: Int32Array, out: number[]) {
  // Only the runs around each قم can be it; searching for قم is far quicker than a pattern that
  // starts with a look-behind.
  for (let q = text.indexOf('قم', from); q >= 0 && q < to; ) {
    let runStart = q;
    while (runStart > 0 && isArabicLetter(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = q + 2;
    while (runEnd < text.length && isArabicLetter(text.charCodeAt(runEnd))) runEnd++;
    if (runStart < to && SUMMIT_RUN.test(text.slice(runStart, runEnd))) out.push(start[runStart] as number);
    q = text.indexOf('قم', runEnd);
  }
}

const isArabicLetter = (c: number) => c >= 0x0621 && c <= 0x064a;

export function collectEvidence(
  mentions: readonly Mention[],
  signalOf: (entity: number) => TopicSignal | undefined,
  folded: FoldedText | readonly number[],
  isVenue: (entity: number) => boolean = () => false,
): TopicEvidence {
  return finish(collectEvidenceSteps(mentions, signalOf, folded, isVenue));
}

/** The same evidence, pausing (yield) after every `perStep` mentions and summit words looked at. */
export function* collectEvidenceSteps(
  mentions: readonly Mention[],
  signalOf: (entity: number) => TopicSignal | undefined,
  /** The folded text, or where the word "summit" stands in it (see `summitWordsIn`). */
  folded: FoldedText | readonly number[],
  isVenue: (entity: number) => boolean = () => false,
  perStep = Number.POSITIVE_INFINITY,
): Steps<TopicEvidence> {
  let budget = perStep;
  const ev: TopicEvidence = {
    china: 0,
    centralAsia: 0,
    caCountries: new Set(),
    summit: 0,
    mechanism: 0,
    forum: 0,
    power: 0,
    summitWordNearBoth: 0,
    closePairs: 0,
    venues: 0,
  };
  const chinaAt: number[] = [];
  const caAt: number[] = [];
  const covered: Array<[number, number]> = [];
  for (const m of mentions) {
    if (--budget <= 0) {
      budget = perStep;
      yield;
    }
    if (isVenue(m.entity)) ev.venues++;
    const signal = signalOf(m.entity);
    if (!signal) continue;
    if (signal === 'china') {
      ev.china++;
      chinaAt.push(m.start);
    } else if (signal.startsWith('ca:')) {
      ev.centralAsia++;
      caAt.push(m.start);
      const country = signal.slice(3);
      if (country !== 'region') ev.caCountries.add(country);
    } else if (signal === 'summit') {
      ev.summit++;
      covered.push([m.start, m.end]);
    } else if (signal === 'mechanism') {
      ev.mechanism++;
      covered.push([m.start, m.end]);
    } else if (signal === 'power') {
      ev.power++;
    } else {
      ev.forum++;
    }
  }

  // Positions are in text order, so "is there one within the window" is a binary search, which
  // keeps a page with thousands of mentions linear-ish.
  ev.closePairs = caAt.filter((at) => anyWithin(chinaAt, at - CLOSE, at + CLOSE)).length;

  // "قمة" counts only when the words right after it name China and Central Asia (قمة الصين وآسيا
  // الوسطى, القمة الصينية-الآسيوية …); a summit of Russia, the SCO or the region alone does not.
  const namedAfter = (list: number[], at: number) => anyWithin(list, at + 1, at + AFTER);
  let summitWords = folded as readonly number[];
  if (!Array.isArray(folded)) {
    const whole = folded as FoldedText;
    const found: number[] = [];
    summitWordsIn(whole.text, 0, whole.text.length, whole.start, found);
    summitWords = found;
  }
  for (const at of summitWords) {
    if (--budget <= 0) {
      budget = perStep;
      yield;
    }
    if (insideAny(covered, at)) continue;
    if (namedAfter(chinaAt, at) && namedAfter(caAt, at)) ev.summitWordNearBoth++;
  }
  return ev;
}

/** Whether the ascending list holds a value in [lo, hi]. */
function anyWithin(sorted: readonly number[], lo: number, hi: number): boolean {
  const a = firstAtOrAfter(sorted, lo);
  return a < sorted.length && (sorted[a] as number) <= hi;
}

/** Whether `at` falls inside one of the ranges (ascending, not overlapping). */
function insideAny(ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let a = 0;
  let b = ranges.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((ranges[mid] as readonly [number, number])[1] <= at) a = mid + 1;
    else b = mid;
  }
  const range = ranges[a];
  return !!range && range[0] <= at;
}

export function topicVerdict(ev: TopicEvidence): TopicVerdict {
  const reasons: TopicReason[] = [];
  // A summit city beside a named summit confirms it (the SCO's Astana summit is kept apart by
  // the forum rule below).
  const venueConfirms = ev.venues > 0 && ev.summit + ev.summitWordNearBoth > 0 ? 1 : 0;
  const bothSides = ev.china > 0 && ev.centralAsia > 0;
  if (ev.china) reasons.push({ code: 'china-named', count: ev.china });
  if (ev.centralAsia) {
    reasons.push({ code: 'central-asia-named', count: ev.centralAsia, countries: [...ev.caCountries].sort() });
  }
  if (ev.summit) reasons.push({ code: 'summit-named', count: ev.summit });
  if (ev.mechanism) reasons.push({ code: 'mechanism-named', count: ev.mechanism });
  if (ev.summitWordNearBoth) reasons.push({ code: 'summit-word', count: ev.summitWordNearBoth });
  if (ev.closePairs) reasons.push({ code: 'close-pairs', count: ev.closePairs });
  if (venueConfirms) reasons.push({ code: 'venue-named', count: ev.venues });
  if (ev.forum) reasons.push({ code: 'forum-named', count: ev.forum });
  if (ev.power) reasons.push({ code: 'russia-named', count: ev.power });

  const summitEvidence = ev.summit + Math.min(ev.summitWordNearBoth, 2) + Math.min(ev.mechanism, 1) + venueConfirms;
  const score =
    2 * ev.summit +
    1.5 * Math.min(ev.summitWordNearBoth, 3) +
    Math.min(ev.mechanism, 2) +
    Math.min(ev.china, 5) * 0.3 +
    ev.caCountries.size * 0.4 +
    (ev.centralAsia > ev.caCountries.size ? 0.4 : 0) -
    Math.min(ev.forum, 5) * 0.5;
  const rounded = Math.round(score * 10) / 10;

  const namedSummit = ev.summit > 0;
  const forumDominates = ev.forum > 0 && ev.forum >= ev.summit + ev.mechanism;
  if ((bothSides || namedSummit) && summitEvidence >= 2 && (namedSummit || ev.mechanism > 0 || !ev.forum)) {
    if (forumDominates && !(ev.summit >= 2)) {
      reasons.push({ code: 'forum-dominates' });
      return { level: 'related', score: rounded, reasons };
    }
    reasons.push({ code: 'summit-signs' });
    return { level: 'summit', score: rounded, reasons };
  }
  // Central Asia with another power (a Russia–Central Asia summit), China only in passing: not ours.
  const otherPowersStory = ev.power > ev.china;
  if (namedSummit || ev.mechanism > 0 || (bothSides && ev.closePairs >= 2 && !otherPowersStory)) {
    reasons.push({ code: namedSummit || ev.mechanism ? 'summit-mentioned' : 'named-together' });
    return { level: 'related', score: rounded, reasons };
  }
  reasons.push({ code: otherPowersStory && bothSides ? 'other-power' : bothSides ? 'in-passing' : 'one-side' });
  return { level: 'none', score: rounded, reasons };
}
