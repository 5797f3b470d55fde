import type { TFunction } from 'i18next';
import type { EntityDetails } from '../lib/glossary-types';

/**
 * Where the entry's facts were checked, and as of when: a closed disclosure, so the card stays
 * short and a reader who doubts a fact can open it. The note is written in English.
 */
export function SourceNote({ details, t }: { details: EntityDetails; t: TFunction }) {
  return (
    <details class="rafiq-source">
      <summary>
        {t('source')}
        {details.asOf && (
          <>
            {' · '}
            <bdi>{t('asOf', { date: details.asOf })}</bdi>
          </>
        )}
      </summary>
      <p lang="en" dir="ltr">
        {details.source}
      </p>
    </details>
  );
}
