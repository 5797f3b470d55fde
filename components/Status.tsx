import type { TFunction } from 'i18next';
import type { Resources, UiLanguage } from '../extension/i18n';
import type { StatusAction, Status as TabStatus } from '../extension/status';
import ar from '../locales/ar/status.json';
import en from '../locales/en/status.json';
import zh from '../locales/zh/status.json';
import { languageName } from './reason-text';

/** The `status` namespace, for the surfaces that show a status. */
export const statusStrings: Resources = { en, zh, ar };

/** A language's name in the interface language ('und': a generic phrase). */
function nameOf(code: string, ui: UiLanguage, t: TFunction): string {
  return code === 'und' ? t('unknownLanguage') : languageName(code, ui);
}

/**
 * Why the page is (or is not) highlighted, in the reader's words, with the one action that
 * changes it. A status role, so a panel left open announces the change when the page is read.
 */
export function Status({
  status,
  t,
  language,
  onAction,
}: {
  status: TabStatus;
  t: TFunction;
  language: UiLanguage;
  onAction: (action: StatusAction) => void;
}) {
  let lines: string[];
  switch (status.code) {
    case 'painted':
      lines = [
        status.count ? t('painted', { count: status.count }) : t('paintedNone'),
        ...(status.by === 'auto' ? [] : [t(`by.${status.by}`)]),
      ];
      break;
    case 'other-language':
      lines = [
        t('other-language', { language: `\u2068${nameOf(status.language, language, t)}\u2069` }),
        ...(status.count ? [t('found', { count: status.count })] : []),
      ];
      break;
    case 'off-topic':
      lines = [t('off-topic'), ...(status.count ? [t('found', { count: status.count })] : [])];
      break;
    default:
      lines = [t(status.code)];
  }
  const action = 'action' in status ? status.action : null;
  return (
    <div class="rafiq-status" role="status" data-status={status.code}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {action && (
        <button type="button" class="primary" data-status-action={action} onClick={() => onAction(action)}>
          {t(`action.${action}`)}
        </button>
      )}
    </div>
  );
}
