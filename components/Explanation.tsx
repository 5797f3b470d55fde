import type { TFunction } from 'i18next';
import type { GlossaryLanguage } from '../extension/settings';
import type { EntityDetails } from '../lib/glossary-types';
import { SourceNote } from './SourceNote';

/** What an entity is, in the glossary language (or both), and where that was checked. */
export function Explanation({
  details,
  language,
  t,
}: {
  details: EntityDetails;
  language: GlossaryLanguage;
  t: TFunction;
}) {
  return (
    <>
      {language !== 'zh' && (
        <p class="rafiq-explanation" lang="en" dir="ltr">
          {details.en}
        </p>
      )}
      {language !== 'en' && (
        <p class="rafiq-explanation" lang="zh" dir="ltr">
          {details.zh}
        </p>
      )}
      <SourceNote details={details} t={t} />
    </>
  );
}
