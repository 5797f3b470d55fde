import type { TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { GlossaryLanguage } from '../extension/settings';
import type { ExportEntity } from '../lib/export';
import { EntityName } from './EntityName';
import { TYPE_COLORS } from './theme';

interface Props {
  entities: readonly ExportEntity[];
  language: GlossaryLanguage;
  t: TFunction;
  typeLabel: (type: string) => string;
  /** The entity under the reader's pointer in the page, or the one asked for from a card. */
  active: string | null;
  onSelect: (id: string) => void;
  /** What is shown under the active row (its explanation and source), if anything. */
  activeDetails?: ComponentChildren;
}

/** Entities grouped by type, each with its count, in the glossary language; click to find it. */
export function EntityList({ entities, language, t, typeLabel, active, onSelect, activeDetails }: Props) {
  const groups = new Map<string, ExportEntity[]>();
  for (const e of entities) {
    const list = groups.get(e.type);
    if (list) list.push(e);
    else groups.set(e.type, [e]);
  }
  const activeRow = useRef<HTMLLIElement>(null);
  useEffect(() => activeRow.current?.scrollIntoView({ block: 'nearest' }), [active]);
  return (
    <div class="rafiq-entities">
      {[...groups].map(([type, list]) => (
        <section key={type} data-type={type}>
          <h3 style={{ borderColor: TYPE_COLORS[type]?.line }}>
            {typeLabel(type)} <span class="count">{list.length}</span>
          </h3>
          <ul>
            {list.map((e) => (
              <li
                key={e.id}
                data-entity={e.id}
                class={e.id === active ? 'active' : ''}
                ref={e.id === active ? activeRow : undefined}
              >
                <button type="button" class="entity" onClick={() => onSelect(e.id)}>
                  <EntityName entity={e} language={language} />
                  <bdi class="rafiq-ar" lang="ar" dir="rtl">
                    {e.ar}
                  </bdi>
                  <span class="count">{t('mentions', { count: e.count })}</span>
                </button>
                {e.id === active && activeDetails && <div class="rafiq-details">{activeDetails}</div>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
