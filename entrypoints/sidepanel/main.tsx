import packs from 'virtual:rafiq-packs';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { download } from '../../components/download';
import { EntityList } from '../../components/EntityList';
import { Explanation } from '../../components/Explanation';
import { LanguageToggle } from '../../components/LanguageToggle';
import { Legend } from '../../components/Legend';
import '../../components/panel.css';
import { reasonStrings } from '../../components/reason-text';
import { Select } from '../../components/Select';
import { Status, statusStrings } from '../../components/Status';
import { Verdict } from '../../components/Verdict';
import { PANEL } from '../../extension/messages';
import { handleMessages, sendMessage, sendToTab } from '../../extension/messaging';
import { glossaryLanguage, highlightMode, UI_LANGUAGES, uiLanguageSetting } from '../../extension/settings';
import { type StatusAction, statusOf } from '../../extension/status';
import { runStatusAction } from '../../extension/status-action';
import { useSetting } from '../../extension/use-setting';
import { useTabState } from '../../extension/use-tab-state';
import { useUi } from '../../extension/use-ui';
import { foldArabic } from '../../lib/arabic/fold';
import { type ExportEntity, exportFileName, toCsv, toJson } from '../../lib/export';
import type { CompiledEntity, CompiledGlossary, EntityDetails } from '../../lib/glossary-types';
import { languagesOf, shownLanguages } from '../../lib/languages';
import arCard from '../../locales/ar/card.json';
import ar from '../../locales/ar/panel.json';
import enCard from '../../locales/en/card.json';
import en from '../../locales/en/panel.json';
import zhCard from '../../locales/zh/card.json';
import zh from '../../locales/zh/panel.json';

/** The glossary's entities by id, from the background (the reader's terms included). */
const byId = new Map<string, CompiledEntity>();
/** Every folded Arabic form of each entity, so the filter finds any spelling an outlet uses. */
const formsOf = new Map<string, string[]>();
/** The languages the glossary carries: the bundled packs' until the background answers. */
let available = languagesOf(packs);
function learn(glossary: CompiledGlossary) {
  available = languagesOf(glossary.packs ?? packs);
  for (const e of glossary.entities) byId.set(e.id, e);
  for (const [form, entity] of Object.entries(glossary.full)) {
    const id = glossary.entities[entity]?.id;
    if (id) formsOf.set(id, [...(formsOf.get(id) ?? []), form]);
  }
}

/** `?tab=N` pins the panel to one tab (the e2e tests open the panel page in a tab of its own). */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

/** Whether an entity matches the filter, in any of its languages (Arabic folded like the page). */
function matches(e: ExportEntity, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const folded = foldArabic(q);
  return (
    [...Object.values(e.name), ...Object.values(e.reading ?? {}), e.id].some((s) => s.toLowerCase().includes(q)) ||
    (formsOf.get(e.id) ?? []).some((form) => form.includes(folded))
  );
}

function SidePanel() {
  const {
    t,
    i18n,
    language: ui,
  } = useUi({
    panel: { en, zh, ar },
    card: { en: enCard, zh: zhCard, ar: arCard },
    status: statusStrings,
    reasons: reasonStrings,
  });
  const [language, setLanguage] = useSetting(glossaryLanguage);
  const languages = shownLanguages(language, available);
  const [mode, setMode] = useSetting(highlightMode);
  const [uiSetting, setUiSetting] = useSetting(uiLanguageSetting);
  const { tabId, state, tabUrl, loaded, onTabState } = useTabState(pinnedTab);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const [activeDetails, setActiveDetails] = useState<EntityDetails | null>(null);
  const [gone, setGone] = useState(false);

  useEffect(() => {
    setActiveDetails(null);
    if (!active) return;
    let current = true;
    sendMessage('background:get-details', { id: active })
      .then((details) => current && setActiveDetails(details ?? null))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [active]);

  // The panel's messages (`PANEL` in extension/messages.ts), for the tab it shows.
  useEffect(
    () =>
      handleMessages(PANEL, {
        'panel:tab-state': onTabState,
        'panel:hover': ({ id }, sender) => {
          if (sender.tab?.id !== tabId || !id) return;
          setActive(id);
          setGone(false);
        },
        'panel:focus-entity': (message) => {
          if (message.tabId === tabId) setActive(message.id);
        },
      }),
    [tabId, onTabState],
  );

  // A card asked for an entity while the panel was closed: show it on opening.
  useEffect(() => {
    if (state?.focus) setActive(state.focus);
  }, [state?.focus]);
  // Another tab: its own entities, no leftover notice.
  useEffect(() => {
    setActive(null);
    setGone(false);
  }, [tabId]);

  const findings = state?.findings ?? null;
  // Names from the glossary; an entity it does not know (the background gone) shows its id.
  const entities: ExportEntity[] = (findings?.entities ?? []).map(({ entity: id, count }) => {
    const e = byId.get(id);
    return {
      id,
      type: e?.type ?? 'project',
      ar: e?.ar ?? '',
      name: e?.name ?? { en: id },
      ...(e?.reading ? { reading: e.reading } : {}),
      count,
    };
  });
  const shown = entities.filter((e) => matches(e, query));
  const page = { url: findings?.url ?? '', title: findings?.title ?? '', entities };

  const status = statusOf(state, tabUrl);
  const painted = state?.highlighted ?? false;
  const act = (action: StatusAction) => runStatusAction(action, tabId, state?.site ?? null);
  const select = (id: string) => {
    setActive(id);
    setGone(false);
    // On a page that is not painted there is no mention to show: the panel says so (and offers
    // to paint it) instead of claiming the mention has gone.
    if (tabId === null || !painted) return;
    void sendToTab(tabId, 'annotator:scroll-to', { id })
      .then((answer) => setGone(!answer?.found))
      .catch(() => setGone(true));
  };

  return (
    <main>
      <h1>{t('title')}</h1>
      <LanguageToggle value={language} onChange={setLanguage} available={available} t={t} />
      <div class="toolbar">
        <Select prefix="mode" options={['first', 'all'] as const} value={mode} onChange={setMode} t={t} />
        <Select prefix="interface" options={UI_LANGUAGES} value={uiSetting} onChange={setUiSetting} t={t} />
      </div>
      {loaded && <Status status={status} t={i18n.getFixedT(ui, 'status')} language={ui} onAction={act} />}
      {entities.length > 0 && (
        <a class="skip" href="#rafiq-entity-list">
          {t('skipToList')}
        </a>
      )}
      {state ? (
        <>
          <Verdict state={state} t={t} language={ui} packs={packs} open />
          {findings && (
            <>
              <h2 class="entities-title">{t('entities', { count: entities.length })}</h2>
              <input
                class="filter"
                type="search"
                placeholder={t('filter')}
                aria-label={t('filter')}
                value={query}
                onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
              />
              <p class="filter-result" role="status">
                {query.trim() && shown.length > 0 ? t('matching', { count: shown.length }) : ''}
                {shown.length === 0 && entities.length > 0 ? t('noMatch') : ''}
              </p>
              {/* One live region, always there, so each notice is announced as it appears. */}
              <div class="notices" role="status">
                {gone && <p class="notice">{t('gone')}</p>}
                {active && !painted && (
                  <p class="notice" data-notice="not-painted">
                    {t('notPainted')}{' '}
                    <button type="button" class="link" onClick={() => act('paint-page')}>
                      {t('paintPage')}
                    </button>
                  </p>
                )}
              </div>
              <EntityList
                id="rafiq-entity-list"
                entities={shown}
                languages={languages}
                t={t}
                typeLabel={(type) => i18n.t(`card:type.${type}`)}
                active={active}
                onSelect={select}
                activeDetails={
                  activeDetails && (
                    <Explanation details={activeDetails} languages={languages} t={i18n.getFixedT(null, 'card')} />
                  )
                }
              />
              <details class="legend">
                <summary>{t('legend')}</summary>
                <Legend t={i18n.getFixedT(ui, 'card')} />
              </details>
              <div class="exports">
                <button
                  type="button"
                  data-export="csv"
                  onClick={() => download(toCsv(page), 'text/csv', exportFileName(page.title, 'csv'))}
                >
                  {t('export.csv')}
                </button>
                <button
                  type="button"
                  data-export="json"
                  onClick={() =>
                    download(
                      toJson(page, new Date().toISOString()),
                      'application/json',
                      exportFileName(page.title, 'json'),
                    )
                  }
                >
                  {t('export.json')}
                </button>
              </div>
            </>
          )}
        </>
      ) : null}
    </main>
  );
}

// The names come with the glossary; without it (the background gone) the panel still shows what
// the findings carry.
void sendMessage('background:get-glossary', {})
  .then((glossary) => glossary && learn(glossary))
  .catch(() => {})
  .then(() => render(<SidePanel />, document.getElementById('app') as HTMLElement));
