import glossary from 'virtual:rafiq-glossary';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EntityList } from '../../components/EntityList';
import { LanguageToggle } from '../../components/LanguageToggle';
import '../../components/panel.css';
import { Verdict } from '../../components/Verdict';
import { createI18n, isRtl, uiLanguageFrom } from '../../extension/i18n';
import { useGlossaryLanguage } from '../../extension/use-glossary-language';
import { useTabState } from '../../extension/use-tab-state';
import arCard from '../../locales/ar/card.json';
import ar from '../../locales/ar/panel.json';
import enCard from '../../locales/en/card.json';
import en from '../../locales/en/panel.json';
import zhCard from '../../locales/zh/card.json';
import zh from '../../locales/zh/panel.json';

const uiLanguage = uiLanguageFrom(browser.i18n.getUILanguage());
const { t } = createI18n('panel', { en, zh, ar }, uiLanguage);
const cardT = createI18n('card', { en: enCard, zh: zhCard, ar: arCard }, uiLanguage).t;
const byId = new Map(glossary.entities.map((e) => [e.id, e]));

/** `?tab=N` pins the panel to one tab (the e2e tests open the panel page in a tab of its own). */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

function SidePanel() {
  const [language, setLanguage] = useGlossaryLanguage();
  const { state } = useTabState(pinnedTab);
  const entities = (state?.entities ?? []).map((e) => ({
    ...e,
    ar: byId.get(e.id)?.ar,
    pinyin: byId.get(e.id)?.pinyin,
  }));
  return (
    <main>
      <h1>{t('title')}</h1>
      <LanguageToggle value={language} onChange={setLanguage} t={t} />
      {state ? (
        <>
          <Verdict state={state} t={t} />
          <p>{t('entities', { count: entities.length })}</p>
          <EntityList entities={entities} language={language} t={t} typeLabel={(type) => cardT(`type.${type}`)} />
        </>
      ) : (
        <p class="empty">{t('empty')}</p>
      )}
    </main>
  );
}

document.documentElement.lang = uiLanguage;
document.documentElement.dir = isRtl(uiLanguage) ? 'rtl' : 'ltr';
render(<SidePanel />, document.getElementById('app') as HTMLElement);
