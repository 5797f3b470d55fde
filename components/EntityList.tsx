import type { TFunction } from 'i18next';
import type { GlossaryLanguage } from '../extension/settings';
import type { EntitySummary } from '../lib/annotate';
import { EntityName } from './EntityName';
import { TYPE_COLORS } from './theme';

interface Props {
  entities: ReadonlyArray<EntitySummary & { ar?: string; pinyin?: string }>;
  language: GlossaryLanguage;
  t: TFunction;
  typeLabel: (type: string) => string;
}

/** Entities grouped by type, each with its count, in the glossary language. */
export function EntityList({ entities, language, t, typeLabel }: Props) {
  const groups = new Map<string, (typeof entities)[number][]>();
  for (const e of entities) {
    const list = groups.get(e.type);
    if (list) list.push(e);
    else groups.set(e.type, [e]);
  }
  return (
    <div class="rafiq-entities">
      {[...groups].map(([type, list]) => (
        <section key={type} data-type={type}>
          <h3 style={{ borderColor: TYPE_COLORS[type]?.line }}>
            {typeLabel(type)} <span class="count">{list.length}</span>
          </h3>
          <ul>
            {list.map((e) => (
              <li key={e.id} data-entity={e.id}>
                <EntityName entity={{ en: e.en, zh: e.zh, pinyin: e.pinyin ?? '' }} language={language} />
                {e.ar && (
                  <bdi class="rafiq-ar" lang="ar" dir="rtl">
                    {e.ar}
                  </bdi>
                )}
                <span class="count">{t('mentions', { count: e.count })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
