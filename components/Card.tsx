import type { TFunction } from 'i18next';
import type { CompiledEntity, EntityDetails } from '../lib/glossary-types';
import type { GlossaryLanguage } from '../lib/languages';
import { EntityName } from './EntityName';
import { Explanation } from './Explanation';
import { typeBadgeStyle } from './theme';

export interface CardActions {
  pinned: boolean;
  copied: boolean;
  /** Whether this browser has a side panel to open (none on phones: the card is all there is). */
  panel: boolean;
  onPin: (event: MouseEvent) => void;
  onCopy: (event: MouseEvent) => void;
  onOpenPanel: (event: MouseEvent) => void;
  onClose: (event: MouseEvent) => void;
}

/** Another term the reader pointed at while this card was pinned, offered instead of shown. */
export interface Waiting {
  name: string;
  onShow: (event: MouseEvent) => void;
}

export interface CardProps {
  entity: CompiledEntity;
  /** The Arabic exactly as the page writes it (with any attached proclitics). */
  written: string;
  /** The reader's choice (a language or `both`) … */
  language: GlossaryLanguage;
  /** … and the languages it shows, of those the glossary carries (`shownLanguages`). */
  languages: readonly string[];
  /** Explanations; undefined while loading, null when unavailable. */
  details: EntityDetails | null | undefined;
  t: TFunction;
  /** How often the page mentions the entity (what the side panel would say about it). */
  count?: number;
  /** The id the card's accessible name is taken from (its heading). */
  labelId?: string;
  actions?: CardActions;
  waiting?: Waiting | null;
}

/**
 * The hover card: what the term is, in the glossary language. A non-modal dialog named by its
 * heading; its body scrolls when the viewport is short, so the actions stay reachable. The action
 * handlers receive the click so the owner can ignore clicks a page script made (`isTrusted`).
 */
export function Card({
  entity,
  written,
  language,
  languages,
  details,
  t,
  count,
  labelId,
  actions,
  waiting,
}: CardProps) {
  return (
    <article
      class="rafiq-card"
      role="dialog"
      aria-labelledby={labelId}
      tabIndex={-1}
      data-entity={entity.id}
      data-language={language}
      data-pinned={actions?.pinned}
    >
      <header>
        <span class="rafiq-type" style={typeBadgeStyle(entity.type)}>
          {t(`type.${entity.type}`)}
        </span>
        <h2 class="rafiq-title" id={labelId}>
          <EntityName entity={entity} languages={languages} />
        </h2>
      </header>
      <div class="rafiq-body">
        <dl class="rafiq-arabic">
          <dt>{t('written')}</dt>
          <dd>
            <bdi lang="ar" dir="rtl">
              {written}
            </bdi>
          </dd>
          {written !== entity.ar && (
            <>
              <dt>{t('base')}</dt>
              <dd>
                <bdi lang="ar" dir="rtl">
                  {entity.ar}
                </bdi>
              </dd>
            </>
          )}
        </dl>
        {count !== undefined && count > 0 && <p class="rafiq-count">{t('onPage', { count })}</p>}
        {details === undefined && <p class="rafiq-explanation">{t('loading')}</p>}
        {details && <Explanation details={details} languages={languages} t={t} />}
      </div>
      {waiting && (
        <p class="rafiq-waiting">
          {t('pinnedNote')}{' '}
          <button type="button" data-action="show-waiting" onClick={waiting.onShow}>
            {t('showInstead', { name: `\u2068${waiting.name}\u2069` })}
          </button>
        </p>
      )}
      {actions && (
        <footer class="rafiq-actions">
          {/* A toggle keeps its name; `aria-pressed` says the state ("Pin, pressed"). */}
          <button type="button" data-action="pin" aria-pressed={actions.pinned} onClick={actions.onPin}>
            {t('pin')}
          </button>
          <button type="button" data-action="copy" onClick={actions.onCopy}>
            {t(actions.copied ? 'copied' : 'copy')}
          </button>
          {actions.panel && (
            <button type="button" data-action="open-panel" onClick={actions.onOpenPanel}>
              {t('openInPanel')}
            </button>
          )}
          <button type="button" data-action="close" aria-label={t('close')} onClick={actions.onClose}>
            ×
          </button>
        </footer>
      )}
    </article>
  );
}
