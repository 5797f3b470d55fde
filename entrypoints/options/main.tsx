import packs from 'virtual:rafiq-packs';
import type { TFunction } from 'i18next';
import { type ComponentChildren, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { download } from '../../components/download';
import '../../components/panel.css';
import '../../components/pages.css';
import { languageLabel } from '../../components/LanguageToggle';
import { PageHeader } from '../../components/PageHeader';
import type { UiLanguage } from '../../extension/i18n';
import {
  CARD_MODIFIERS,
  CARD_TEXT_SIZE,
  cardModifier,
  cardTextSize,
  disabledPacks,
  glossaryLanguage,
  HOVER_DELAY,
  highlightMode,
  hoverDelay,
  type Setting,
  setSiteRule,
  siteRules,
  UI_LANGUAGES,
  uiLanguageSetting,
} from '../../extension/settings';
import { useSetting } from '../../extension/use-setting';
import { useUi } from '../../extension/use-ui';
import { readUserPack, saveUserPack, watchUserPack } from '../../extension/user-pack';
import collisions from '../../glossary/collisions.json';
import { type Conflict, compileGlossary } from '../../glossary/compile';
import { PACKS } from '../../glossary/index';
import type { Pack } from '../../glossary/pack';
import { languageChoices, languagesOf } from '../../lib/languages';
import {
  CSV_COLUMNS,
  exportCsv,
  exportTbx,
  IMPORT_LIMITS,
  type ImportProblem,
  type ImportResult,
  importCsv,
  importTbx,
} from '../../lib/term-base';
import ar from '../../locales/ar/options.json';
import en from '../../locales/en/options.json';
import zh from '../../locales/zh/options.json';

/** The languages the bundled packs carry. */
const GLOSSARY_LANGUAGES = languagesOf(PACKS);

interface ChoiceProps<T extends string> {
  setting: Setting<T>;
  options: readonly T[];
  t: TFunction;
  /** Whether `<name>.hint` describes the control. */
  hint?: boolean;
  /** An option's label, where it is not simply `<key>.<option>`. */
  label?: (option: T) => string;
}

/** A labelled drop-down for one setting; its labels are `<key>.label` and `<key>.<option>`. */
function Choice<T extends string>({ setting, options, t, hint, label }: ChoiceProps<T>) {
  const [value, setValue] = useSetting(setting);
  const key = setting.key;
  return (
    <div class="field">
      <label for={key}>{t(`${key}.label`)}</label>
      <select
        id={key}
        data-setting={key}
        value={value}
        aria-describedby={hint ? `${key}-hint` : undefined}
        onChange={(e) => setValue((e.target as HTMLSelectElement).value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {label ? label(option) : t(`${key}.${option}`)}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${key}-hint`} class="hint">
          {t(`${key}.hint`)}
        </p>
      )}
    </div>
  );
}

interface RangeProps {
  setting: Setting<number>;
  bounds: { min: number; max: number };
  step: number;
  t: TFunction;
  hint?: boolean;
  children?: (value: number) => ComponentChildren;
}

/**
 * A slider for a bounded number. It shows the value as it moves and stores it when it is let go
 * (`change`: on release, or on each arrow key), so dragging does not spend the sync storage's
 * write quota.
 */
function Range({ setting, bounds, step, t, hint, children }: RangeProps) {
  const [stored, store] = useSetting(setting);
  const [moving, setMoving] = useState<number | null>(null);
  const value = moving ?? stored;
  const key = setting.key;
  const text = t(`${key}.value`, { value });
  const read = (e: Event) => Number((e.target as HTMLInputElement).value);
  return (
    <div class="field">
      <label for={key}>{t(`${key}.label`)}</label>
      <div class="range">
        <input
          id={key}
          type="range"
          data-setting={key}
          min={bounds.min}
          max={bounds.max}
          step={step}
          value={value}
          aria-valuetext={text}
          aria-describedby={hint ? `${key}-hint` : undefined}
          onInput={(e) => setMoving(read(e))}
          onChange={(e) => {
            store(read(e));
            setMoving(null);
          }}
        />
        <output for={key} data-value={key}>
          {text}
        </output>
      </div>
      {hint && (
        <p id={`${key}-hint`} class="hint">
          {t(`${key}.hint`)}
        </p>
      )}
      {children?.(value)}
    </div>
  );
}

type ImportReport =
  | { kind: 'imported'; count: number; conflicts: Conflict[] }
  | { kind: 'refused'; problems: ImportProblem[]; tbx: boolean }
  | { kind: 'failed'; message: string };

/** Reads a file as a term base: TBX when it is XML, CSV otherwise. */
function readTermBase(text: string): { result: ImportResult; tbx: boolean } {
  const tbx = text
    .replace(/^\ufeff/, '')
    .trimStart()
    .startsWith('<');
  if (!tbx) return { result: importCsv(text), tbx };
  return { result: importTbx(new DOMParser().parseFromString(text, 'application/xml')), tbx };
}

/**
 * The reader's own term base: import a CSV or TBX file (refused whole, with every problem listed,
 * if any entry is bad), see what clashes with the bundled packs, export it back, or remove it.
 */
function UserTerms({ t }: { t: TFunction }) {
  const [pack, setPack] = useState<Pack | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  useEffect(() => {
    void readUserPack().then(setPack);
    return watchUserPack(setPack);
  }, []);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes) {
      setReport({ kind: 'failed', message: t('terms.tooLarge') });
      return;
    }
    const { result, tbx } = readTermBase(await file.text());
    if (!result.ok) {
      setReport({ kind: 'refused', problems: result.problems, tbx });
      return;
    }
    // Clashes with the bundled packs are reported; the bundled entry keeps its form.
    const { conflicts } = compileGlossary([...PACKS, result.pack], { collisions });
    try {
      await saveUserPack(result.pack);
      setReport({ kind: 'imported', count: result.pack.entries.length, conflicts });
    } catch (error) {
      setReport({ kind: 'failed', message: String((error as Error).message ?? error) });
    }
  };
  return (
    <section aria-labelledby="terms">
      <h2 id="terms">{t('terms.title')}</h2>
      <p class="hint">{t('terms.intro')}</p>
      <p class="hint">
        {t('terms.columns')} <code lang="en">{CSV_COLUMNS.join(', ')}</code>
      </p>
      <div class="field">
        <label for="term-file">{t('terms.import')}</label>
        <input
          id="term-file"
          type="file"
          data-terms="import"
          accept=".csv,.tbx,.xml,text/csv,application/xml"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            void onFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </div>
      <div role="status" data-terms="report">
        {report?.kind === 'imported' && (
          <p>
            {t('terms.imported', { count: report.count })} {t('terms.reload')}
          </p>
        )}
        {report?.kind === 'imported' && report.conflicts.length > 0 && (
          <>
            <p>{t('terms.conflicts', { count: report.conflicts.length })}</p>
            <ul data-terms="conflicts">
              {report.conflicts.map((c) => (
                <li key={`${c.entity} ${c.form}`}>
                  <bdi>{c.form || c.entity}</bdi> · {t(`terms.why.${c.why}`, { other: c.other ?? '' })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div role="alert" data-terms="problems">
        {report?.kind === 'failed' && <p>{report.message}</p>}
        {report?.kind === 'refused' && (
          <>
            <p>{t('terms.refused', { count: report.problems.length })}</p>
            <ul>
              {report.problems.map((p, i) => (
                <li key={`${i}-${p.line}`}>
                  {p.line > 0 && `${t(report.tbx ? 'terms.entry' : 'terms.line', { n: p.line })} · `}
                  {p.field && <code lang="en">{p.field}</code>}{' '}
                  <bdi>{t(`terms.problem.${p.code}`, p.params ?? {})}</bdi>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {pack ? (
        <div class="terms-current" data-terms="current">
          <p>{t('terms.current', { count: pack.entries.length, version: pack.version })}</p>
          <button type="button" onClick={() => download(exportCsv(pack), 'text/csv', 'rafiq-terms.csv')}>
            {t('terms.exportCsv')}
          </button>{' '}
          <button type="button" onClick={() => download(exportTbx(pack), 'application/xml', 'rafiq-terms.tbx')}>
            {t('terms.exportTbx')}
          </button>{' '}
          <button
            type="button"
            data-terms="remove"
            onClick={() => {
              setReport(null);
              void saveUserPack(null);
            }}
          >
            {t('terms.remove')}
          </button>
        </div>
      ) : (
        <p class="empty-rules" data-terms="none">
          {t('terms.none')}
        </p>
      )}
    </section>
  );
}

/**
 * Removals one after another: each merges into what is stored, and two quick clicks running side
 * by side would each write back the rule the other removed.
 */
let removals: Promise<unknown> = Promise.resolve();
const removeRule = (site: string) => {
  removals = removals.then(() => setSiteRule(site, null)).catch(() => {});
};

/** The stored per-site rules, each with a button that removes it. */
function SiteRules({ t }: { t: TFunction }) {
  const [rules] = useSetting(siteRules);
  const sites = Object.keys(rules).sort();
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // After a removal, keyboard focus goes to the row that took the removed one's place (or the
  // heading once none is left), not back to the top of the document.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    refocus.current = null;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? heading.current)?.focus();
  }, [sites.join(' ')]);

  return (
    <section aria-labelledby="sites">
      <h2 id="sites" ref={heading} tabIndex={-1}>
        {t('sites.title')}
      </h2>
      <p class="hint">{t('sites.intro')}</p>
      {sites.length === 0 ? (
        <p class="empty-rules" data-empty="sites">
          {t('sites.none')}
        </p>
      ) : (
        <ul class="site-rules" ref={list}>
          {sites.map((site, index) => (
            <li key={site} data-site={site} data-rule={rules[site]}>
              <bdi dir="ltr" class="site">
                {site}
              </bdi>
              <span class={`rule rule-${rules[site]}`}>{t(`sites.${rules[site]}`)}</span>
              <button
                type="button"
                aria-label={t('sites.removeLabel', { site })}
                onClick={() => {
                  refocus.current = index;
                  removeRule(site);
                }}
              >
                {t('sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A switch per glossary pack: off, its entities are not highlighted and its verdict is not shown
 * (entities another pack that is on uses stay). Every pack is on until the reader says otherwise.
 */
function Packs({ t, language }: { t: TFunction; language: UiLanguage }) {
  const [off, setOff] = useSetting(disabledPacks);
  return (
    <fieldset data-packs>
      <legend>{t('groups.packs')}</legend>
      <p class="hint">{t('packs.intro')}</p>
      {packs.map((pack) => {
        const id = `pack-${pack.id}`;
        return (
          <div class="field pack" key={pack.id}>
            <input
              type="checkbox"
              id={id}
              data-pack={pack.id}
              checked={!off.includes(pack.id)}
              aria-describedby={`${id}-hint`}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                setOff(on ? off.filter((p) => p !== pack.id) : [...off, pack.id]);
              }}
            />
            <label for={id}>{pack.title[language]}</label>
            <p id={`${id}-hint`} class="hint">
              {t('packs.about', { count: pack.entries, version: pack.version })}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

function Options() {
  const { t, language } = useUi({ options: { en, zh, ar } });

  return (
    <main>
      <PageHeader title={t('title')} tagline={t('intro')} />

      <form class="settings" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('groups.languages')}</legend>
          <Choice
            setting={glossaryLanguage}
            options={languageChoices(GLOSSARY_LANGUAGES)}
            label={(choice) => languageLabel(t, 'glossaryLanguage', choice, GLOSSARY_LANGUAGES)}
            t={t}
            hint
          />
          <Choice setting={uiLanguageSetting} options={UI_LANGUAGES} t={t} />
        </fieldset>

        <Packs t={t} language={language} />

        <fieldset>
          <legend>{t('groups.highlights')}</legend>
          <Choice setting={highlightMode} options={['first', 'all'] as const} t={t} />
        </fieldset>

        <fieldset>
          <legend>{t('groups.cards')}</legend>
          <Range setting={hoverDelay} bounds={HOVER_DELAY} step={50} t={t} hint />
          <Choice setting={cardModifier} options={CARD_MODIFIERS} t={t} hint />
          <Range setting={cardTextSize} bounds={CARD_TEXT_SIZE} step={5} t={t}>
            {(percent) => (
              <p class="sample" style={{ fontSize: `${percent}%` }}>
                {t('cardTextSize.sample')}
              </p>
            )}
          </Range>
        </fieldset>
      </form>

      <UserTerms t={t} />

      <SiteRules t={t} />

      <p class="page-links">
        <a href="/welcome.html">{t('welcome')}</a>
      </p>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
