/**
 * Is this page about a pack's beat? Three levels, each with reasons a reader can check. This is a
 * generic evaluator: every list, word and number comes from the pack's topic profile (see
 * `glossary/pack.ts`, `ProfileSchema`). The verdict is built from evidence that real coverage has
 * and near-misses lack:
 *  - summit evidence: the summit, its documents or its centres named as such, and the word
 *    "summit" standing near every side (outside those names);
 *  - the sides present (China; Central Asia, counted by country), counted separately;
 *  - other forums that share the cast (for the China–Central Asia pack, the SCO met in Astana in
 *    2024 with the same leaders), which weigh against reading a shared city or leader as this
 *    beat, and another power with its own summits with the same partners.
 * No single word decides: `summit` needs independent pieces of summit evidence and every side.
 */

import type { TopicProfile } from '../../glossary/pack';
import type { FoldedText } from '../arabic/fold';
import type { Mention } from '../matcher';
import { firstAtOrAfter } from '../sorted';
import type { Steps } from '../steps';
import type { TopicReason } from './reasons';

export type TopicLevel = 'summit' | 'related' | 'none';

export interface TopicVerdict {
  level: TopicLevel;
  score: number;
  reasons: TopicReason[];
}

/** A pack's verdict on a page. */
export interface PackVerdict extends TopicVerdict {
  pack: string;
}

export interface TopicEvidence {
  /** Per side of the profile: its mentions, and the groups (countries) of it named. */
  sides: Array<{ count: number; groups: Set<string> }>;
  summit: number;
  mechanism: number;
  forum: number;
  /** Another power with its own summits with the same partners (Russia, for Central Asia). */
  power: number;
  /** The word "summit" with every side named right after it. */
  summitWordNearAll: number;
  /** Mentions of the profile's first pair side with the second named close by. */
  closePairs: number;
  /** Mentions of a city that hosted a summit. */
  venues: number;
  /** The most mentions of any one of the profile's leaders, and where the first leader mention starts. */
  leader: number;
  leaderAt: number;
  /** Mentions of the profile's projects. */
  projects: number;
  /** Words "summit" outside the names of this beat's summit and mechanism, whoever's summit they are. */
  summitWords: number;
  /** Characters of the text read (for `rules.leaderStory.share`). */
  length: number;
}

type Role = { side: number; group?: string } | { role: 'summit' | 'mechanism' | 'forum' | 'power' };

/** The word "summit" of a profile: its stem, searched for, and the run of letters it must be. */
export interface SummitWord {
  stem: string;
  run: RegExp;
}

/**
 * A profile bound to a compiled glossary's entity indexes: what each entity says, looked up in
 * one step per mention.
 */
export class TopicRules {
  readonly roles = new Map<number, Role>();
  readonly venues = new Set<number>();
  /** Entity index → its place in `profile.leaders`. */
  readonly leaders = new Map<number, number>();
  readonly projects = new Set<number>();
  readonly summitWord: SummitWord;
  /** Sides of `profile.pairs`, as positions in `profile.sides`. */
  readonly pair?: readonly [number, number];

  constructor(
    readonly profile: TopicProfile,
    indexOf: (id: string) => number | undefined,
  ) {
    const set = (ids: readonly string[], role: Role) => {
      for (const id of ids) {
        const i = indexOf(id);
        if (i !== undefined) this.roles.set(i, role);
      }
    };
    profile.sides.forEach((side, s) => {
      set(side.members ?? [], { side: s });
      for (const [group, ids] of Object.entries(side.groups ?? {})) set(ids, { side: s, group });
    });
    for (const role of ['summit', 'mechanism', 'forum', 'power'] as const) {
      set(role === 'forum' ? profile.forums : role === 'power' ? profile.powers : profile[role], { role });
    }
    for (const id of profile.venues) {
      const i = indexOf(id);
      if (i !== undefined) this.venues.add(i);
    }
    for (const id of profile.projects ?? []) {
      const i = indexOf(id);
      if (i !== undefined) this.projects.add(i);
    }
    (profile.leaders ?? []).forEach((id, k) => {
      const i = indexOf(id);
      if (i !== undefined) this.leaders.set(i, k);
    });
    this.summitWord = summitWordOf(profile.summitWord);
    if (profile.pairs) {
      const [a, b] = profile.pairs.sides.map((id) => profile.sides.findIndex((side) => side.id === id));
      if (a !== undefined && b !== undefined && a >= 0 && b >= 0) this.pair = [a, b];
    }
  }
}

export function summitWordOf(word: TopicProfile['summitWord']): SummitWord {
  return { stem: word.stem, run: new RegExp(word.pattern) };
}

/**
 * Where the word "summit" stands (see `SummitWord`) among folded units `[from, to)` of `text`:
 * appends, for each, the offset in the original text (`start`) to `out`. A text folded in windows
 * is searched a window at a time, each unit once.
 */
export function summitWordsIn(
  word: SummitWord,
  text: string,
  from: number,
  to: number,
  start: Int32Array,
  out: number[],
) {
  // Only the runs around each stem can be it; searching for the stem is far quicker than a
  // pattern that starts with a look-behind.
  const { stem, run } = word;
  for (let q = text.indexOf(stem, from); q >= 0 && q < to; ) {
    let runStart = q;
    while (runStart > 0 && isArabicLetter(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = q + stem.length;
    while (runEnd < text.length && isArabicLetter(text.charCodeAt(runEnd))) runEnd++;
    if (runStart < to && run.test(text.slice(runStart, runEnd))) out.push(start[runStart] as number);
    q = text.indexOf(stem, runEnd);
  }
}

const isArabicLetter = (c: number) => c >= 0x0621 && c <= 0x064a;

/** The same evidence, pausing (yield) after every `perStep` mentions and summit words looked at. */
export function* collectEvidenceSteps(
  mentions: readonly Mention[],
  rules: TopicRules,
  /** The folded text, or where the word "summit" stands in it (see `summitWordsIn`). */
  folded: FoldedText | readonly number[],
  perStep = Number.POSITIVE_INFINITY,
  /** The length of the text the mentions are in (see `TopicEvidence.length`). */
  length = 0,
): Steps<TopicEvidence> {
  let budget = perStep;
  const { profile } = rules;
  const ev: TopicEvidence = {
    sides: profile.sides.map(() => ({ count: 0, groups: new Set<string>() })),
    summit: 0,
    mechanism: 0,
    forum: 0,
    power: 0,
    summitWordNearAll: 0,
    closePairs: 0,
    venues: 0,
    leader: 0,
    leaderAt: -1,
    projects: 0,
    summitWords: 0,
    length,
  };
  const leaderCounts = new Int32Array(rules.leaders.size);
  const sideAt: number[][] = profile.sides.map(() => []);
  const covered: Array<[number, number]> = [];
  for (const m of mentions) {
    if (--budget <= 0) {
      budget = perStep;
      yield;
    }
    if (rules.venues.has(m.entity)) ev.venues++;
    if (rules.projects.has(m.entity)) ev.projects++;
    const leader = rules.leaders.get(m.entity);
    if (leader !== undefined) {
      const n = ++(leaderCounts[leader] as number);
      if (n > ev.leader) ev.leader = n;
      if (ev.leaderAt < 0) ev.leaderAt = m.start;
    }
    const role = rules.roles.get(m.entity);
    if (!role) continue;
    if ('side' in role) {
      const side = ev.sides[role.side] as TopicEvidence['sides'][number];
      side.count++;
      (sideAt[role.side] as number[]).push(m.start);
      if (role.group) side.groups.add(role.group);
    } else if (role.role === 'summit' || role.role === 'mechanism') {
      ev[role.role]++;
      covered.push([m.start, m.end]);
    } else {
      ev[role.role]++;
    }
  }

  // Positions are in text order, so "is there one within the window" is a binary search, which
  // keeps a page with thousands of mentions linear-ish.
  if (rules.pair && profile.pairs) {
    const within = profile.pairs.within;
    const [a, b] = rules.pair;
    const other = sideAt[b] as number[];
    ev.closePairs = (sideAt[a] as number[]).filter((at) => anyWithin(other, at - within, at + within)).length;
  }

  // "قمة" counts only when the words right after it name every side (قمة الصين وآسيا الوسطى,
  // القمة الصينية-الآسيوية …); a summit of another power or of one side alone does not.
  const after = profile.summitWord.after;
  let summitWords = folded as readonly number[];
  if (!Array.isArray(folded)) {
    const whole = folded as FoldedText;
    const found: number[] = [];
    summitWordsIn(rules.summitWord, whole.text, 0, whole.text.length, whole.start, found);
    summitWords = found;
  }
  for (const at of summitWords) {
    if (--budget <= 0) {
      budget = perStep;
      yield;
    }
    if (insideAny(covered, at)) continue;
    ev.summitWords++;
    if (sideAt.every((list) => anyWithin(list, at + 1, at + after))) ev.summitWordNearAll++;
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

export function topicVerdict(ev: TopicEvidence, profile: TopicProfile): TopicVerdict {
  const { weights: w, rules } = profile;
  const reasons: TopicReason[] = [];
  // A summit city beside a named summit confirms it (another forum's summit in the same city is
  // kept apart by the forum rule below).
  const venueConfirms = ev.venues > 0 && ev.summit + ev.summitWordNearAll > 0 ? 1 : 0;
  const allSides = ev.sides.every((side) => side.count > 0);
  ev.sides.forEach((side, s) => {
    if (side.count) {
      const id = (profile.sides[s] as TopicProfile['sides'][number]).id;
      reasons.push({ code: 'side-named', side: id, count: side.count, groups: [...side.groups].sort() });
    }
  });
  if (ev.summit) reasons.push({ code: 'summit-named', count: ev.summit });
  if (ev.mechanism) reasons.push({ code: 'mechanism-named', count: ev.mechanism });
  if (ev.summitWordNearAll) reasons.push({ code: 'summit-word', count: ev.summitWordNearAll });
  if (ev.closePairs) reasons.push({ code: 'close-pairs', count: ev.closePairs });
  if (venueConfirms) reasons.push({ code: 'venue-named', count: ev.venues });
  if (ev.forum) reasons.push({ code: 'forum-named', count: ev.forum });
  if (ev.power) reasons.push({ code: 'power-named', count: ev.power });

  const summitEvidence =
    ev.summit +
    Math.min(ev.summitWordNearAll, rules.summitWordEvidenceCap) +
    Math.min(ev.mechanism, rules.mechanismEvidenceCap) +
    venueConfirms;
  let score =
    w.summit * ev.summit +
    w.summitWord * Math.min(ev.summitWordNearAll, w.summitWordCap) +
    Math.min(ev.mechanism, w.mechanismCap) * w.mechanism;
  ev.sides.forEach((side, s) => {
    const weight = (profile.sides[s] as TopicProfile['sides'][number]).score;
    if (weight.perMention) score += Math.min(side.count, weight.mentionCap ?? side.count) * weight.perMention;
    if (weight.perGroup) score += side.groups.size * weight.perGroup;
    if (weight.beyondGroups) score += side.count > side.groups.size ? weight.beyondGroups : 0;
  });
  score += Math.min(ev.forum, w.forumCap) * w.forum;
  const rounded = Math.round(score * 10) / 10;

  const namedSummit = ev.summit > 0;
  const forumDominates = ev.forum > 0 && ev.forum >= ev.summit + ev.mechanism;
  if (
    (allSides || namedSummit) &&
    summitEvidence >= rules.summitEvidence &&
    (namedSummit || ev.mechanism > 0 || !ev.forum)
  ) {
    if (forumDominates && !(ev.summit >= rules.summitsOverForums)) {
      reasons.push({ code: 'forum-dominates' });
      return { level: 'related', score: rounded, reasons };
    }
    reasons.push({ code: 'summit-signs' });
    return { level: 'summit', score: rounded, reasons };
  }
  // The partners with another power (a Russia–Central Asia summit), the first side only in
  // passing: not ours.
  const otherPowersStory = ev.power > (ev.sides[0]?.count ?? 0);
  if (
    namedSummit ||
    ev.mechanism > 0 ||
    (allSides && ev.closePairs > 0 && ev.closePairs >= rules.namedTogetherPairs && !otherPowersStory)
  ) {
    reasons.push({ code: namedSummit || ev.mechanism ? 'summit-mentioned' : 'named-together' });
    return { level: 'related', score: rounded, reasons };
  }
  const often = rules.relatedMentions;
  if (often !== undefined && !otherPowersStory && ev.sides.every((side) => side.count >= often)) {
    reasons.push({ code: 'named-often' });
    return { level: 'related', score: rounded, reasons };
  }
  // One of the beat's own stories on a page that names one side only: a leader, or a project that
  // is itself the relations; never where another forum or another summit is the occasion.
  const elsewhere = ev.forum > 0 || ev.summitWords > 0;
  if (rules.projectMentions !== undefined && !elsewhere && ev.projects >= rules.projectMentions) {
    reasons.push({ code: 'project-story', count: ev.projects });
    return { level: 'related', score: rounded, reasons };
  }
  const story = rules.leaderStory;
  if (
    story &&
    ev.leader >= story.mentions &&
    ev.leaderAt >= 0 &&
    ev.leaderAt < Math.max(story.within, ev.length * story.share) &&
    !elsewhere
  ) {
    reasons.push({ code: 'leader-story', count: ev.leader });
    return { level: 'related', score: rounded, reasons };
  }
  reasons.push({ code: otherPowersStory && allSides ? 'other-power' : allSides ? 'in-passing' : 'one-side' });
  return { level: 'none', score: rounded, reasons };
}
