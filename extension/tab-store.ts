/**
 * The background's memory of each tab (`TabRecord`), in `storage.session` so it survives the
 * service worker being stopped, with a queue per tab: every change is a read-modify-write that
 * waits for the one before, so a reload's reset and the new page's first report, arriving close
 * together, never overwrite each other; a change that fails lets the next one run.
 */

import { browser } from 'wxt/browser';
import type { PageFindings } from './messages';
import { type PageOverride, paintLevel } from './policy';

/**
 * What the background remembers of a tab, in session storage so it survives the worker being
 * stopped: the annotator's findings, the user's choice for the tab, whether the probe saw Arabic.
 */
export interface TabRecord {
  url: string;
  findings: PageFindings | null;
  page: PageOverride | null;
  arabicScript: boolean;
  injected: boolean;
  /** The entity the reader last asked to see in the panel (from a card), for a panel opening later. */
  focus: string | null;
  /**
   * The findings of the tab's other frames that Rafiq reads (an article in an iframe, same- or
   * cross-origin, or written into an about:blank frame), by frame id. Each frame is painted on
   * its own findings, under the tab's choices.
   */
  frames?: Record<string, PageFindings>;
}

const LEVEL_RANK = { none: 0, related: 1, summit: 2 } as const;

/**
 * The findings the tab is known by (badge, popup, panel): the top frame's, unless it is not an
 * Arabic page and a frame holds one (a wrapper page around an article frame): then the frame that
 * is most on topic.
 */
export function tabFindings(record: TabRecord): PageFindings | null {
  const top = record.findings;
  if (top?.language.isArabic) return top;
  let best: PageFindings | null = null;
  for (const f of Object.values(record.frames ?? {})) {
    if (!f.language.isArabic) continue;
    if (
      !best ||
      LEVEL_RANK[paintLevel(f.packs)] > LEVEL_RANK[paintLevel(best.packs)] ||
      (paintLevel(f.packs) === paintLevel(best.packs) && f.entities.length > best.entities.length)
    )
      best = f;
  }
  return best ?? top;
}

const recordKey = (tabId: number) => `tab:${tabId}`;

export async function getRecord(tabId: number): Promise<TabRecord | null> {
  const key = recordKey(tabId);
  return ((await browser.storage.session.get(key))[key] as TabRecord | undefined) ?? null;
}

export async function putRecord(tabId: number, record: TabRecord | null): Promise<void> {
  if (record) await browser.storage.session.set({ [recordKey(tabId)]: record });
  else await browser.storage.session.remove(recordKey(tabId));
}

/**
 * Read-modify-write of a tab's record, one at a time per tab: a reload's reset and the new
 * page's first report arrive close together and must not overwrite each other.
 */
const queues = new Map<number, Promise<unknown>>();
export function updateRecord(
  tabId: number,
  change: (old: TabRecord | null) => TabRecord | null | Promise<TabRecord | null>,
): Promise<TabRecord | null> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
    const next = await change(await getRecord(tabId));
    await putRecord(tabId, next);
    return next;
  });
  const settled = run.catch(() => null);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

export const emptyRecord = (url: string): TabRecord => ({
  url,
  findings: null,
  page: null,
  arabicScript: false,
  injected: false,
  focus: null,
});
