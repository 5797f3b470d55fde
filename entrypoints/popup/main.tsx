import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LanguageToggle } from '../../components/LanguageToggle';
import '../../components/panel.css';
import { createI18n, isRtl, uiLanguageFrom } from '../../extension/i18n';
import { useGlossaryLanguage } from '../../extension/use-glossary-language';
import { useTabState } from '../../extension/use-tab-state';
import arPanel from '../../locales/ar/panel.json';
import ar from '../../locales/ar/popup.json';
import enPanel from '../../locales/en/panel.json';
import en from '../../locales/en/popup.json';
import zhPanel from '../../locales/zh/panel.json';
import zh from '../../locales/zh/popup.json';

const uiLanguage = uiLanguageFrom(browser.i18n.getUILanguage());
const { t } = createI18n('popup', { en, zh, ar }, uiLanguage);
const panelT = createI18n('panel', { en: enPanel, zh: zhPanel, ar: arPanel }, uiLanguage).t;

async function openSidePanel() {
  // Both calls must run inside the click's user gesture.
  if (browser.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
  } else {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  window.close();
}

function Popup() {
  const [language, setLanguage] = useGlossaryLanguage();
  const { state } = useTabState();
  const status = !state
    ? t('status.idle')
    : t(`status.${state.highlighted ? state.topic.level : 'none'}`, { count: state.entities.length });
  return (
    <main>
      <h1>{panelT('title')}</h1>
      <p data-status={state?.topic.level ?? 'idle'}>{status}</p>
      <LanguageToggle value={language} onChange={setLanguage} t={panelT} />
      <p>
        <button type="button" class="primary" onClick={() => void openSidePanel()}>
          {t('openPanel')}
        </button>
      </p>
    </main>
  );
}

document.documentElement.lang = uiLanguage;
document.documentElement.dir = isRtl(uiLanguage) ? 'rtl' : 'ltr';
render(<Popup />, document.getElementById('app') as HTMLElement);
