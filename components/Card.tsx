import type { TFunction } from 'i18next';
import type { GlossaryLanguage } from '../extension/settings';
import type { CompiledEntity, EntityDetails } from '../lib/glossary-types';
import { EntityName } from './EntityName';
import { Explanation } from './Explanation';
import { TYPE_COLORS } from './theme';

export interface CardActions {
  pinned: boolean;
  copied: boolean;
  onPin: (event: MouseEvent) => void;
  onCopy: (event: MouseEvent) => void;
  onOpenPanel: (event: MouseEvent) => void;
  onClose: (event: MouseEvent) => void;
}

export interface CardProps {
  entity: CompiledEntity;
  /** The Arabic exactly as the page writes it (with any attached proclitics). */
  written: string;
  language: GlossaryLanguage;
  /** Explanations; undefined while loading, null when unavailable. */
  details: EntityDetails | null | undefined;
  t: TFunction;
  actions?: CardActions;
}

/**
 * The hover card: what the term is, in the glossary language. The action handlers receive the
 * click so the owner can ignore clicks a page script made (`isTrusted`).
 */
export function Card({ entity, written, language, details, t, actions }: CardProps) {
  const color = TYPE_COLORS[entity.type]?.line ?? '#888';
  return (
    <article class="rafiq-card" data-entity={entity.id} data-language={language} data-pinned={actions?.pinned}>
      <header>
        <span class="rafiq-type" style={{ borderColor: color, color }}>
          {t(`type.${entity.type}`)}
        </span>
        <EntityName entity={entity} language={language} />
      </header>
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
      {details === undefined && <p class="rafiq-explanation">{t('loading')}</p>}
      {details && <Explanation details={details} language={language} t={t} />}
      {actions && (
        <footer class="rafiq-actions">
          <button type="button" data-action="pin" aria-pressed={actions.pinned} onClick={actions.onPin}>
            {t(actions.pinned ? 'unpin' : 'pin')}
          </button>
          <button type="button" data-action="copy" onClick={actions.onCopy}>
            {t(actions.copied ? 'copied' : 'copy')}
          </button>
          <button type="button" data-action="open-panel" onClick={actions.onOpenPanel}>
            {t('openInPanel')}
          </button>
          <button type="button" data-action="close" aria-label={t('close')} onClick={actions.onClose}>
            ×
          </button>
        </footer>
      )}
    </article>
  );
}
