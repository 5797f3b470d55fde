import type { GlossaryLanguage } from '../extension/settings';
import type { CompiledEntity } from '../lib/glossary-types';

/** The entity's name in the glossary language: English, Chinese with pinyin, or both. */
export function EntityName({
  entity,
  language,
}: {
  entity: Pick<CompiledEntity, 'en' | 'zh' | 'pinyin'>;
  language: GlossaryLanguage;
}) {
  return (
    <span class="rafiq-name">
      {language !== 'zh' && (
        <bdi class="rafiq-en" lang="en">
          {entity.en}
        </bdi>
      )}
      {language !== 'en' && (
        <>
          <bdi class="rafiq-zh" lang="zh">
            {entity.zh}
          </bdi>{' '}
          <bdi class="rafiq-pinyin" lang="zh-Latn">
            {entity.pinyin}
          </bdi>
        </>
      )}
    </span>
  );
}
