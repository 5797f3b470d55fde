/**
 * Whether Rafiq paints a page: the user's explicit choices first, the detector after. Pure, so
 * the background (which decides) and the tests share it.
 */

import type { TopicLevel } from '../lib/detect/topic';
import type { SiteRule } from './settings';

export type PageOverride = 'on' | 'off';

export interface PaintInputs {
  isArabic: boolean;
  level: TopicLevel;
  paused: boolean;
  site: SiteRule | undefined;
  page: PageOverride | undefined;
}

export type PaintReason =
  | 'page-on'
  | 'page-off'
  | 'paused'
  | 'site-on'
  | 'site-off'
  | 'on-topic'
  | 'off-topic'
  | 'not-arabic';

export interface PaintDecision {
  paint: boolean;
  reason: PaintReason;
}

export function decidePaint(i: PaintInputs): PaintDecision {
  if (i.page === 'on') return { paint: true, reason: 'page-on' };
  if (i.page === 'off') return { paint: false, reason: 'page-off' };
  if (i.paused) return { paint: false, reason: 'paused' };
  if (i.site === 'off') return { paint: false, reason: 'site-off' };
  if (i.site === 'on') return { paint: true, reason: 'site-on' };
  if (!i.isArabic) return { paint: false, reason: 'not-arabic' };
  return i.level === 'none' ? { paint: false, reason: 'off-topic' } : { paint: true, reason: 'on-topic' };
}

const RANK: Record<TopicLevel, number> = { none: 0, related: 1, summit: 2 };

/** The level a page is painted by: the most on-topic verdict among the packs the reader has on. */
export function paintLevel(verdicts: ReadonlyArray<{ level: TopicLevel }>): TopicLevel {
  let best: TopicLevel = 'none';
  for (const v of verdicts) if (RANK[v.level] > RANK[best]) best = v.level;
  return best;
}

/** Whether the annotator should be injected at all (it costs nothing where it cannot paint). */
export function mayRun(i: Pick<PaintInputs, 'paused' | 'site' | 'page'>): boolean {
  if (i.page) return i.page === 'on';
  return !i.paused && i.site !== 'off';
}
