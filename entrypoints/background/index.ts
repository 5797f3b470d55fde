import index from 'virtual:rafiq-glossary';
import details from 'virtual:rafiq-glossary-details';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { highlightCss } from '../../components/theme';
import { BACKGROUND, type PageFindings, type TabState } from '../../extension/messages';
import { type Handlers, handleMessages, type Sender, sendMessage, sendToTab } from '../../extension/messaging';
import { decidePaint, mayRun, paintLevel } from '../../extension/policy';
import { glossaryLanguage, paused, siteOf, siteRules } from '../../extension/settings';
import { emptyRecord, getRecord, type TabRecord, tabFindings, updateRecord } from '../../extension/tab-store';
import { readUserPack, watchUserPack } from '../../extension/user-pack';
import { loadBundledPacks } from '../../glossary/bundled';
import type { Pack } from '../../glossary/pack';
import { GlossaryCache } from '../../glossary/runtime';
import { languagesOf, nextLanguage } from '../../lib/languages';

/**
 * The glossary pages are read with: the build's, or, with a term base, compiled here once per
 * term base (the bundled packs parsed only then).
 */
let bundledPacks: Pack[] | null = null;
const glossaries = new GlossaryCache({ index, details }, () => {
  bundledPacks ??= loadBundledPacks();
  return bundledPacks;
});
/** The term base as last read, read again only when it changes (a card asks on every open). */
let userPack: Promise<Pack | null> | null = null;
async function currentGlossary() {
  try {
    userPack ??= readUserPack();
    return glossaries.get(await userPack);
  } catch {
    // A term base that does not compile: the bundled glossary, as if there were none.
    return glossaries.get(null);
  }
}

/** The annotator bundle, injected only into frames the probe found in Arabic script. */
const ANNOTATOR = '/annotator.js';
/** The card's interface, injected into a frame when its annotator first needs a card. */
const CARD_UI = '/card.js';

async function stateOf(
  record: TabRecord,
  findings: PageFindings | null = tabFindings(record),
): Promise<TabState & { active: boolean }> {
  const site = siteOf(record.url);
  const rules = await siteRules.read();
  const inputs = {
    isArabic: findings?.language.isArabic ?? false,
    level: findings ? paintLevel(findings.packs) : 'none',
    paused: await paused.read(),
    site: site ? rules[site] : undefined,
    page: record.page ?? undefined,
  } as const;
  const decision = decidePaint(inputs);
  return {
    url: record.url,
    site,
    findings,
    highlighted: decision.paint && !!findings,
    reason: decision.reason,
    page: record.page,
    focus: record.focus ?? null,
    active: mayRun(inputs),
  };
}

/** Publishes a tab's state: badge, panel, and the annotator's paint switch. */
async function publish(tabId: number, record: TabRecord | null): Promise<(TabState & { active: boolean }) | null> {
  const state = record ? await stateOf(record) : null;
  const count = state?.highlighted ? (state.findings?.entities.length ?? 0) : 0;
  await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f6e5c' }).catch(() => {});
  sendMessage('panel:tab-state', { tabId, state }).catch(() => {});
  if (!record || !state) return state;
  // Each frame is painted on its own findings: the top frame on the page's, a frame on its own.
  const frames: Array<[number, PageFindings | null]> = Object.entries(record.frames ?? {}).map(([id, f]) => [
    Number(id),
    f,
  ]);
  if (record.injected) frames.unshift([0, record.findings]);
  for (const [frameId, findings] of frames) {
    // A frame that has not reported yet learns its state in the answer to its report; a state
    // sent now would say "do not paint" (no findings) and could arrive after that answer.
    if (!findings) continue;
    const own = await stateOf(record, findings);
    sendToTab(tabId, 'annotator:paint', { paint: own.highlighted, active: own.active }, frameId).catch(() => {});
  }
  return state;
}

async function inject(tabId: number, frameId = 0): Promise<void> {
  // The highlight styles follow when the annotator has named its highlights (background:highlight-styles).
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR] });
}

/** Whether the user's choices let the annotator run in this tab. */
async function allowedToRun(record: TabRecord): Promise<boolean> {
  const site = siteOf(record.url);
  return mayRun({
    paused: await paused.read(),
    site: site ? (await siteRules.read())[site] : undefined,
    page: record.page ?? undefined,
  });
}

/**
 * Injects the annotator where it may run and is wanted: the probe saw Arabic script, or the user
 * switched Rafiq on for the page. `record.injected` can lag behind a reload, so a fresh probe
 * report (`force`) injects regardless; a second copy in one document stops itself at once.
 */
async function runIfAllowed(tabId: number, force = false): Promise<void> {
  let go = false;
  const record = await updateRecord(tabId, async (r) => {
    if (!r) return r;
    go = (force || !r.injected) && (r.arabicScript || r.page === 'on') && (await allowedToRun(r));
    return go ? { ...r, injected: true } : r;
  });
  if (!go || !record) return;
  await inject(tabId).catch(() => updateRecord(tabId, (r) => (r ? { ...r, injected: false } : r)));
}

/** The tab and frame a message came from (a content script's), if any. */
const tabOf = (sender: Sender) => ({ tabId: sender.tab?.id, url: sender.tab?.url ?? '', frameId: sender.frameId });

/** Every message the background receives (`BACKGROUND` in extension/messages.ts), by type. */
const handlers: Handlers<typeof BACKGROUND> = {
  'background:arabic-page': async ({ restart }, sender) => {
    // An annotator started again for a new term base must get it, whichever reaches the worker
    // first, the storage event or this message.
    if (restart) userPack = null;
    const { tabId, url, frameId } = tabOf(sender);
    if (tabId === undefined) return undefined;
    if (frameId) {
      // A frame in Arabic script: read it if Rafiq may run in this tab (the top page need not be Arabic).
      const record = await updateRecord(tabId, (r) => r ?? emptyRecord(url));
      if (record && (await allowedToRun(record))) await inject(tabId, frameId).catch(() => undefined);
      return undefined;
    }
    await updateRecord(tabId, (r) => ({ ...(r && r.url === url ? r : emptyRecord(url)), arabicScript: true }));
    await runIfAllowed(tabId, true);
    await publish(tabId, await getRecord(tabId));
    return undefined;
  },
  'background:highlight-styles': async ({ names }, sender) => {
    const { tabId, frameId } = tabOf(sender);
    if (tabId === undefined) return false;
    // A stylesheet of the browser's, not an element or a sheet in the document: nothing a page
    // script can list shows it. Firefox applies an extension's author sheet to the document
    // only, and a user sheet inside shadow trees too (an article in a web component); Chromium
    // draws `::highlight` from author sheets only, and reaches shadow trees with them (both
    // seen on screen: e2e/undetectable.suite.ts).
    return browser.scripting
      .insertCSS({
        target: { tabId, frameIds: [frameId ?? 0] },
        css: highlightCss(names),
        origin: import.meta.env.FIREFOX ? 'USER' : 'AUTHOR',
      })
      .then(() => true)
      .catch(() => false);
  },
  'background:card-ui': async (_, sender) => {
    const { tabId, frameId } = tabOf(sender);
    if (tabId === undefined) return false;
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files: [CARD_UI] })
      .then(() => true)
      .catch(() => false);
  },
  'background:page-state': async ({ findings }, sender) => {
    const { tabId, url, frameId } = tabOf(sender);
    if (tabId === undefined) return { paint: false, active: false };
    if (frameId) {
      const record = await updateRecord(tabId, (r) => {
        const base = r ?? emptyRecord(url);
        return { ...base, frames: { ...base.frames, [frameId]: findings } };
      });
      if (!record) return { paint: false, active: false };
      await publish(tabId, record);
      const own = await stateOf(record, findings);
      return { paint: own.highlighted, active: own.active };
    }
    const record = await updateRecord(tabId, (r) => ({
      ...(r ?? emptyRecord(findings.url)),
      url: findings.url,
      findings,
      injected: true,
    }));
    const state = await publish(tabId, record);
    return { paint: state?.highlighted ?? false, active: state?.active ?? false };
  },
  'background:get-glossary': async () => (await currentGlossary()).index,
  'background:get-details': async ({ id }) => {
    const known = (await currentGlossary()).details;
    return (Object.hasOwn(known, id) ? known[id] : null) ?? null;
  },
  'background:get-details-of': async ({ ids }) => {
    const known = (await currentGlossary()).details;
    return Object.fromEntries(ids.flatMap((id) => (Object.hasOwn(known, id) && known[id] ? [[id, known[id]]] : [])));
  },
  'background:open-panel': async ({ id }, sender) => {
    const { tabId } = tabOf(sender);
    // First, while the click's gesture may still count; a panel that cannot open yet finds the
    // entity in the tab's state when it does.
    const opening = openPanel(sender.tab);
    if (tabId !== undefined) {
      const record = await updateRecord(tabId, (r) => (r ? { ...r, focus: id } : r));
      await publish(tabId, record);
      // With the tab: a panel open for another tab (another window) keeps its own row.
      sendMessage('panel:focus-entity', { id, tabId }).catch(() => {});
    }
    await opening;
    return undefined;
  },
  // Only from Rafiq's own pages (`from: 'rafiq'`), never from a content script.
  'background:get-tab-state': async ({ tabId }) => {
    const record = await getRecord(tabId);
    return record ? stateOf(record) : null;
  },
  'background:set-page': async ({ tabId, value }) => {
    const tab = await browser.tabs.get(tabId);
    await updateRecord(tabId, (r) => ({ ...(r ?? emptyRecord(tab.url ?? '')), page: value }));
    await runIfAllowed(tabId);
    await publish(tabId, await getRecord(tabId));
    return undefined;
  },
};

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Both need a live user gesture, which any
 * `await` before the call would use up, so callers call this first.
 */
function openPanel(tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  try {
    const opened = browser.sidePanel
      ? tab?.windowId !== undefined
        ? browser.sidePanel.open({ windowId: tab.windowId })
        : Promise.resolve()
      : (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
    return Promise.resolve(opened).catch(() => {});
  } catch {
    // Without a gesture the browser refuses; the panel still shows the entity when opened.
    return Promise.resolve();
  }
}

/** After a settings change, every tab Rafiq knows follows at once. */
async function republishAll(): Promise<void> {
  const all = await browser.storage.session.get(null);
  for (const key of Object.keys(all)) {
    if (!key.startsWith('tab:')) continue;
    const tabId = Number(key.slice(4));
    await runIfAllowed(tabId);
    await publish(tabId, await getRecord(tabId));
  }
}

export default defineBackground(() => {
  handleMessages(BACKGROUND, handlers);
  watchUserPack(() => {
    userPack = null;
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new document (a reload too): the old findings and annotator are gone. A choice made for
    // this page survives a reload of the same address, not a move elsewhere.
    if (change.status !== 'loading') return;
    void updateRecord(tabId, (old) => {
      if (!old) return old;
      const url = change.url ?? tab.url ?? old.url;
      return { ...emptyRecord(url), page: url === old.url ? old.page : null };
    }).then((record) => publish(tabId, record));
  });
  browser.tabs.onRemoved.addListener((tabId) => void updateRecord(tabId, () => null));

  // The welcome page, once: on a first install, never on an update (of Rafiq or the browser).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => {});
  });

  paused.watch(() => void republishAll());
  siteRules.watch(() => void republishAll());

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel') void openPanel(tab);
    else if (command === 'toggle-language')
      void glossaryLanguage.read().then((l) => glossaryLanguage.set(nextLanguage(l, languagesOf(index.packs ?? []))));
    else if (command === 'toggle-rafiq') void paused.read().then((p) => paused.set(!p));
    else if ((command === 'next-entity' || command === 'previous-entity') && tab?.id !== undefined) {
      sendToTab(tab.id, 'annotator:navigate', { direction: command === 'next-entity' ? 1 : -1 }).catch(() => {});
    }
  });

  // Chrome: the toolbar button opens the popup; the panel opens from there or from a shortcut.
  if (browser.sidePanel) void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
});
