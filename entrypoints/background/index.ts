import details from 'virtual:rafiq-glossary-details';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { highlightCss } from '../../components/theme';
import { type Message, parseMessage, type TabState } from '../../extension/messages';
import { glossaryLanguage, nextLanguage, readGlossaryLanguage } from '../../extension/settings';

/** The annotator bundle, injected only into frames the probe found Arabic. */
const ANNOTATOR = '/content-scripts/annotator.js';

/** Per-tab state, kept in session storage so it survives the worker being stopped. */
const stateKey = (tabId: number) => `tab:${tabId}`;

async function getTabState(tabId: number): Promise<TabState | null> {
  const key = stateKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabState | undefined) ?? null;
}

async function setTabState(tabId: number, state: TabState | null): Promise<void> {
  if (state) await browser.storage.session.set({ [stateKey(tabId)]: state });
  else await browser.storage.session.remove(stateKey(tabId));
  const count = state?.highlighted ? state.entities.length : 0;
  await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f6e5c' });
  // The panel may not be open: nobody listening is fine.
  browser.runtime.sendMessage({ type: 'bg:tab-state', tabId, state } satisfies Message<'bg:tab-state'>).catch(() => {});
}

async function injectAnnotator(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, css: highlightCss() });
  await browser.scripting.executeScript({ target, files: [ANNOTATOR] });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'cs:arabic-page':
        if (tabId === undefined) return undefined;
        return injectAnnotator(tabId, sender.frameId ?? 0).then(() => undefined);
      case 'cs:page-state':
        if (tabId === undefined || sender.frameId) return undefined;
        return setTabState(tabId, message.state);
      case 'cs:get-details':
        return Promise.resolve(details[message.id] ?? null);
      case 'panel:get-tab-state':
        return getTabState(message.tabId);
      default:
        return undefined;
    }
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setTabState(tabId, null);
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(stateKey(tabId)));

  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'toggle-language') await glossaryLanguage.setValue(nextLanguage(await readGlossaryLanguage()));
  });

  // Chrome: the toolbar button opens the popup; the panel opens from there or from a shortcut.
  if (browser.sidePanel) void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
});
