import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Message, TabState } from './messages';
import { sendMessage } from './messaging';

const urlOf = (tabId: number) =>
  browser.tabs
    .get(tabId)
    .then((tab) => tab.url)
    .catch(() => undefined);

/**
 * The state of the active tab (or of `fixedTabId`, for tests), following tab switches and the
 * background's updates: the page's handler table gives `onTabState` the background's
 * `panel:tab-state` messages.
 */
export function useTabState(fixedTabId?: number): {
  tabId: number | null;
  state: TabState | null;
  /** The tab's address, where the browser reveals it (not for its own pages): says why Rafiq has no state. */
  tabUrl: string | undefined;
  /** Whether the background has answered for this tab (before that, `state` null means nothing yet). */
  loaded: boolean;
  /** The handler of `panel:tab-state`, for the page's handler table. */
  onTabState: (message: Message<'panel:tab-state'>) => undefined;
} {
  const [tabId, setTabId] = useState<number | null>(fixedTabId ?? null);
  const [state, setState] = useState<TabState | null>(null);
  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  /** The tab whose answers are still wanted (null once the reader has left it). */
  const wanted = useRef<number | null>(null);

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
    wanted.current = tabId;
    setState(null);
    setLoaded(false);
    setTabUrl(undefined);
    // Loaded once both the address and the background's answer are in, so the status is never
    // worked out from another tab's address; a background that cannot answer reads as "knows
    // nothing of this tab".
    void Promise.all([urlOf(tabId), sendMessage('background:get-tab-state', { tabId }).catch(() => null)]).then(
      ([url, state]) => {
        // A reply for a tab the reader has already left is dropped.
        if (wanted.current !== tabId) return;
        setTabUrl(url);
        setState(state ?? null);
        setLoaded(true);
      },
    );
    return () => {
      wanted.current = null;
    };
  }, [tabId]);

  const onTabState = useCallback(
    (message: Message<'panel:tab-state'>) => {
      if (tabId === null || message.tabId !== tabId) return undefined;
      setState(message.state);
      setLoaded(true);
      void urlOf(tabId).then((url) => wanted.current === tabId && setTabUrl(url));
      return undefined;
    },
    [tabId],
  );

  return { tabId, state, tabUrl, loaded, onTabState };
}
