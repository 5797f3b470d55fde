import type { TFunction } from 'i18next';
import type { EntityDetails } from '../lib/glossary-types';
import { directionOf, textsIn } from '../lib/languages';
import { SourceNote } from './SourceNote';

/** What an entity is, in the languages shown, and where that was checked. */
export function Explanation({
  details,
  languages,
  t,
}: {
  details: EntityDetails;
  languages: readonly string[];
  t: TFunction;
}) {
  return (
    <>
      {textsIn(details.explanation, languages).map(({ text, language }) => (
        <p key={language} class="rafiq-explanation" lang={language} dir={directionOf(language)}>
          {text}
        </p>
      ))}
      <SourceNote details={details} t={t} />
    </>
  );
}
