import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from './messages';
import { onMessage, sendMessage } from './messaging';

/**
 * The state of the active tab (or of `fixedTabId`, for tests), following tab switches and the
 * background's updates.
 */
export function useTabState(fixedTabId?: number): {
  tabId: number | null;
  state: TabState | null;
  /** The tab's address, where the browser reveals it (not for its own pages): says why Rafiq has no state. */
  tabUrl: string | undefined;
  /** Whether the background has answered for this tab (before that, `state` null means nothing yet). */
  loaded: boolean;
} {
  const [tabId, setTabId] = useState<number | null>(fixedTabId ?? null);
  const [state, setState] = useState<TabState | null>(null);
  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (fixedTabId !== undefined) return;
    const refresh = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void refresh();
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTabId]);

  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    setState(null);
    setLoaded(false);
    setTabUrl(undefined);
    const readUrl = () =>
      browser.tabs
        .get(tabId)
        .then((tab) => tab.url)
        .catch(() => undefined);
    // Loaded once both the address and the background's answer are in, so the status is never
    // worked out from another tab's address; a background that cannot answer reads as "knows
    // nothing of this tab".
    void Promise.all([readUrl(), sendMessage('panel:get-tab-state', { tabId }).catch(() => null)]).then(
      ([url, state]) => {
        // A reply for a tab the reader has already left is dropped.
        if (!current) return;
        setTabUrl(url);
        setState(state ?? null);
        setLoaded(true);
      },
    );
    const stop = onMessage((message) => {
      if (message.type === 'bg:tab-state' && message.tabId === tabId) {
        setState(message.state);
        setLoaded(true);
        void readUrl().then((url) => current && setTabUrl(url));
      }
    });
    return () => {
      current = false;
      stop();
    };
  }, [tabId]);

  return { tabId, state, tabUrl, loaded };
}
