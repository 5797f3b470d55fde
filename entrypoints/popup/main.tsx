import packs from 'virtual:rafiq-packs';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguageToggle } from '../../components/LanguageToggle';
import '../../components/panel.css';
import { reasonStrings } from '../../components/reason-text';
import { Select } from '../../components/Select';
import { Status, statusStrings } from '../../components/Status';
import { Verdict } from '../../components/Verdict';
import { PANEL } from '../../extension/messages';
import { handleMessages, sendMessage } from '../../extension/messaging';
import type { PageOverride } from '../../extension/policy';
import { glossaryLanguage, paused, type SiteRule, setSiteRule, siteRules } from '../../extension/settings';
import { type StatusAction, statusOf } from '../../extension/status';
import { runStatusAction } from '../../extension/status-action';
import { useSetting } from '../../extension/use-setting';
import { useTabState } from '../../extension/use-tab-state';
import { useUi } from '../../extension/use-ui';
import { languagesOf } from '../../lib/languages';
import arPanel from '../../locales/ar/panel.json';
import ar from '../../locales/ar/popup.json';
import enPanel from '../../locales/en/panel.json';
import en from '../../locales/en/popup.json';
import zhPanel from '../../locales/zh/panel.json';
import zh from '../../locales/zh/popup.json';

/** `?tab=N` pins the popup to one tab (the e2e tests open it in a tab of its own). */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

/** The languages the bundled packs carry. */
const GLOSSARY_LANGUAGES = languagesOf(packs);
const COMMANDS = ['toggle-language', 'toggle-rafiq', 'next-entity', 'previous-entity', 'open-panel'] as const;

/**
 * Whether this browser has a side panel (Chrome) or a sidebar (desktop Firefox). Firefox for
 * Android has neither: there the card, opened by a tap, is the whole explanation.
 */
const HAS_PANEL =
  !!browser.sidePanel || !!(browser as unknown as { sidebarAction?: { open?: unknown } }).sidebarAction?.open;

async function openSidePanel(tabId: number | null) {
  // Both calls must run inside the click's user gesture.
  if (browser.sidePanel) {
    if (tabId !== null) await browser.sidePanel.open({ tabId });
  } else {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  window.close();
}

function useShortcuts(): Record<string, string> {
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setShortcuts(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']))));
  }, []);
  return shortcuts;
}

function Popup() {
  const {
    t,
    i18n,
    language: ui,
  } = useUi({
    popup: { en, zh, ar },
    panel: { en: enPanel, zh: zhPanel, ar: arPanel },
    status: statusStrings,
    reasons: reasonStrings,
  });
  const panelT = i18n.getFixedT(i18n.language, 'panel');
  const [language, setLanguage] = useSetting(glossaryLanguage);
  const [isPaused, setPaused] = useSetting(paused);
  const [rules] = useSetting(siteRules);
  const { tabId, state, tabUrl, loaded, onTabState } = useTabState(pinnedTab);
  // The popup's messages (`PANEL` in extension/messages.ts): it shows the tab's state, no entity.
  useEffect(
    () =>
      handleMessages(PANEL, {
        'panel:tab-state': onTabState,
        'panel:hover': () => undefined,
        'panel:focus-entity': () => undefined,
      }),
    [onTabState],
  );
  const shortcuts = useShortcuts();
  const site = state?.site ?? null;

  const setPage = (value: PageOverride | 'auto') => {
    if (tabId !== null) void sendMessage('background:set-page', { tabId, value: value === 'auto' ? null : value });
  };
  const setSite = (value: SiteRule | 'auto') => {
    if (site) void setSiteRule(site, value === 'auto' ? null : value);
  };
  const act = (action: StatusAction) => runStatusAction(action, tabId, site);

  return (
    <main>
      <h1>{panelT('title')}</h1>
      {loaded && (
        <Status status={statusOf(state, tabUrl)} t={i18n.getFixedT(ui, 'status')} language={ui} onAction={act} />
      )}
      {state && <Verdict state={state} t={panelT} language={ui} packs={packs} />}
      <LanguageToggle value={language} onChange={setLanguage} available={GLOSSARY_LANGUAGES} t={panelT} />
      <div class="switches">
        <Select
          prefix="page"
          options={['auto', 'on', 'off'] as const}
          value={state?.page ?? 'auto'}
          onChange={setPage}
          t={t}
        />
        {site ? (
          <Select
            prefix="site"
            options={['auto', 'on', 'off'] as const}
            value={rules[site] ?? 'auto'}
            onChange={setSite}
            t={t}
          />
        ) : null}
        <label>
          <input
            type="checkbox"
            data-setting="paused"
            checked={isPaused}
            onChange={(e) => setPaused((e.target as HTMLInputElement).checked)}
          />
          {t('pause.label')}
        </label>
      </div>
      {HAS_PANEL && (
        <p>
          <button type="button" class="primary" onClick={() => void openSidePanel(tabId)}>
            {t('openPanel')}
          </button>
        </p>
      )}
      <nav class="links">
        <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noopener">
          {t('links.welcome')}
        </a>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('links.options')}
        </button>
      </nav>
      <section class="shortcuts">
        <strong>{t('shortcuts.title')}</strong>
        <ul>
          {COMMANDS.map((name) => (
            <li key={name} data-command={name}>
              {t(`shortcuts.${name}`)}: <kbd>{shortcuts[name] || t('shortcuts.unset')}</kbd>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
