import { Fragment } from 'preact';
import type { CompiledEntity } from '../lib/glossary-types';
import { directionOf, textsIn } from '../lib/languages';

/**
 * The entity's name in the languages shown (see `shownLanguages`), each marked with its language,
 * followed by how it is read where the glossary says (pinyin after the Chinese name).
 */
export function EntityName({
  entity,
  languages,
}: {
  entity: Pick<CompiledEntity, 'name' | 'reading'>;
  languages: readonly string[];
}) {
  return (
    <span class="rafiq-name">
      {textsIn(entity.name, languages).map(({ text, language }) => {
        const reading = entity.reading?.[language];
        return (
          <Fragment key={language}>
            <bdi class={`rafiq-${language}`} lang={language} dir={directionOf(language)}>
              {text}
            </bdi>
            {reading && (
              <>
                {' '}
                <bdi class="rafiq-reading" lang={`${language}-Latn`} dir="ltr">
                  {reading}
                </bdi>
              </>
            )}
          </Fragment>
        );
      })}
    </span>
  );
}
