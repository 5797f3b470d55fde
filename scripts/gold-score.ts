/**
 * Scores Rafiq against the mention-level gold (accuracy/gold/pages.json) on each part separately.
 *
 *  - core mentions: gold mentions of glossary entities written as names (not `new:` entities the
 *    glossary lacks, not generic nouns such as القمة);
 *  - a hit is a Rafiq mention of the same entity whose span overlaps the gold mention's (where the
 *    two draw a name's edge differently, منطقة شينجيانغ… against شينجيانغ…, the reader hovers the
 *    same thing); exact spans are counted too (`strictHits`);
 *  - precision counts every Rafiq mention except those on a generic gold mention of the same entity
 *    and those inside the name of an entity the glossary does not have (the country in "the Kazakh
 *    foreign ministry": not wrong, and that name is counted as uncovered); `paintedPrecision` counts
 *    only the pages Rafiq would paint (a verdict other than `none`);
 *  - entity recall: per page, the core entities Rafiq highlights at least once;
 *  - traps: pages the annotators called `none` that Rafiq calls `summit`.
 * Pages whose cached text is absent or differs from the annotated one are counted as missing.
 * Only the tuning part's misses and wrong highlights are ever itemised.
 */

import type { Annotator } from '../lib/annotate';
import type { CompiledGlossary } from '../lib/glossary-types';
import type { MentionStep } from '../lib/matcher';
import { type Gold, type GoldPage, readCached, type Split, sha256 } from './gold';

export interface PartScore {
  pages: number;
  outlets: number;
  measured: number;
  missing: string[];
  coreMentions: number;
  hits: number;
  strictHits: number;
  mentionRecall: number;
  strictRecall: number;
  rafiqMentions: number;
  wrong: number;
  /** Rafiq mentions inside the name of an entity the glossary lacks (neither right nor wrong). */
  insideUncovered: number;
  precision: number;
  paintedMentions: number;
  paintedWrong: number;
  paintedPrecision: number;
  entityPairs: number;
  entitiesFound: number;
  entityRecall: number;
  /** Gold mentions of entities the glossary does not have (`new:` ids). */
  uncovered: number;
  traps: number;
  verdicts: Record<string, Record<string, number>>;
  /** Per other pack with labels (see `PackLabelsOf`): label → that pack's verdict. */
  packVerdicts: Record<string, Record<string, Record<string, number>>>;
  /** Labelled `none` for another pack, judged `summit` by it. */
  packTraps: number;
  steps: Record<string, { recovered: number; wrong: number }>;
  /** Tuning part only: what was missed and what was wrong, with the text. */
  misses?: Array<{ url: string; id: string; text: string; start: number }>;
  wrongs?: Array<{ url: string; id: string; text: string; start: number; step?: MentionStep }>;
  uncoveredIds?: Array<[string, number]>;
}

/** For a pack other than the primary one: each labelled page's label for that pack (unlisted: `none`). */
export type PackLabelsOf = Readonly<Record<string, ReadonlyMap<string, string>>>;

export function scoreGold(
  gold: Gold,
  annotator: Annotator,
  index: CompiledGlossary,
  split: Split,
  packLabels: PackLabelsOf = {},
): PartScore {
  const known = new Set(index.entities.map((e) => e.id));
  const pages = gold.pages.filter((p) => p.split === split);
  const itemise = split === 'tune';
  const score: PartScore = {
    pages: pages.length,
    outlets: new Set(pages.map((p) => p.domain)).size,
    measured: 0,
    missing: [],
    coreMentions: 0,
    hits: 0,
    strictHits: 0,
    mentionRecall: 0,
    strictRecall: 0,
    rafiqMentions: 0,
    wrong: 0,
    insideUncovered: 0,
    precision: 0,
    paintedMentions: 0,
    paintedWrong: 0,
    paintedPrecision: 0,
    entityPairs: 0,
    entitiesFound: 0,
    entityRecall: 0,
    uncovered: 0,
    traps: 0,
    verdicts: {},
    packVerdicts: {},
    packTraps: 0,
    steps: {},
    ...(itemise ? { misses: [], wrongs: [], uncoveredIds: [] } : {}),
  };
  const uncoveredIds = new Map<string, number>();
  const step = (name: string) => {
    score.steps[name] ??= { recovered: 0, wrong: 0 };
    return score.steps[name];
  };

  for (const page of pages) {
    const text = readCached(page.url);
    if (text === null || sha256(text) !== page.sha256) {
      score.missing.push(`${page.url}${text === null ? '' : ' (cached text differs from the annotated text)'}`);
      continue;
    }
    score.measured++;
    // An annotator's `new:tianjin` is `tianjin` once the glossary has it.
    const mentions = page.mentions.map((m) =>
      m.id.startsWith('new:') && known.has(m.id.slice(4)) ? { ...m, id: m.id.slice(4) } : m,
    );
    const result = annotator.annotate({ text });
    const idOf = (entity: number) => index.entities[entity]?.id ?? '?';
    const verdict = result.language.isArabic ? result.topic.level : 'not arabic';
    score.verdicts[page.label] ??= {};
    const row = score.verdicts[page.label] as Record<string, number>;
    row[verdict] = (row[verdict] ?? 0) + 1;
    if (verdict === 'summit' && page.label === 'none') score.traps++;
    for (const [pack, labels] of Object.entries(packLabels)) {
      const label = labels.get(page.url) ?? 'none';
      const found = result.packs.find((p) => p.pack === pack);
      const level = !result.language.isArabic ? 'not arabic' : (found?.level ?? 'no verdict');
      score.packVerdicts[pack] ??= {};
      const byLabel = score.packVerdicts[pack] as Record<string, Record<string, number>>;
      byLabel[label] ??= {};
      const cell = byLabel[label] as Record<string, number>;
      cell[level] = (cell[level] ?? 0) + 1;
      if (level === 'summit' && label === 'none') score.packTraps++;
    }

    const painted = verdict === 'summit' || verdict === 'related';
    const core = mentions.filter((m) => known.has(m.id) && !m.generic);
    const generic = mentions.filter((m) => m.generic);
    const uncovered = mentions.filter((m) => !known.has(m.id));
    score.uncovered += uncovered.length;
    for (const m of uncovered) uncoveredIds.set(m.id, (uncoveredIds.get(m.id) ?? 0) + 1);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    const matched = new Set<(typeof core)[number]>();
    for (const m of result.mentions) {
      const id = idOf(m.entity);
      const g = core.find((c) => !matched.has(c) && c.id === id && overlaps(c, m));
      if (g) {
        matched.add(g);
        score.rafiqMentions++;
        if (painted) score.paintedMentions++;
        if (g.start === m.start && g.end === m.end) score.strictHits++;
        if (m.step) step(m.step).recovered++;
        continue;
      }
      if (generic.some((c) => c.id === id && overlaps(c, m))) continue;
      const inUncovered = uncovered.some((u) => u.start <= m.start && m.end <= u.end);
      if (inUncovered && !core.some((c) => overlaps(c, m))) {
        score.insideUncovered++;
        continue;
      }
      score.rafiqMentions++;
      score.wrong++;
      if (painted) {
        score.paintedMentions++;
        score.paintedWrong++;
      }
      if (m.step) step(m.step).wrong++;
      score.wrongs?.push({ url: page.url, id, text: text.slice(m.start, m.end), start: m.start, step: m.step });
    }
    score.coreMentions += core.length;
    score.hits += matched.size;
    for (const m of core) {
      if (!matched.has(m)) score.misses?.push({ url: page.url, id: m.id, text: m.text, start: m.start });
    }
    const goldEntities = new Set(core.map((m) => m.id));
    const rafiqEntities = new Set(result.mentions.map((m) => idOf(m.entity)));
    score.entityPairs += goldEntities.size;
    score.entitiesFound += [...goldEntities].filter((id) => rafiqEntities.has(id)).length;
  }
  score.mentionRecall = score.hits / Math.max(1, score.coreMentions);
  score.strictRecall = score.strictHits / Math.max(1, score.coreMentions);
  score.precision = (score.rafiqMentions - score.wrong) / Math.max(1, score.rafiqMentions);
  score.paintedPrecision = (score.paintedMentions - score.paintedWrong) / Math.max(1, score.paintedMentions);
  score.entityRecall = score.entitiesFound / Math.max(1, score.entityPairs);
  if (itemise) score.uncoveredIds = [...uncoveredIds].sort((a, b) => b[1] - a[1]);
  return score;
}

export function summarizeGoldPages(pages: readonly GoldPage[]) {
  return {
    pages: pages.length,
    outlets: new Set(pages.map((p) => p.domain)).size,
    kinds: pages.reduce<Record<string, number>>((acc, p) => {
      acc[p.kind] = (acc[p.kind] ?? 0) + 1;
      return acc;
    }, {}),
  };
}
