import type { TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportEntity } from '../lib/export';
import { EntityName } from './EntityName';
import { TYPE_COLORS } from './theme';

interface Props {
  entities: readonly ExportEntity[];
  /** The languages names are shown in (`shownLanguages`). */
  languages: readonly string[];
  t: TFunction;
  typeLabel: (type: string) => string;
  /** The entity under the reader's pointer in the page, or the one asked for from a card. */
  active: string | null;
  onSelect: (id: string) => void;
  /** What is shown under the active row (its explanation and source), if anything. */
  activeDetails?: ComponentChildren;
  /** The id of the list (the panel's skip link points here). */
  id?: string;
}

/** Keys that move focus through the list, and where to. */
const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(last, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Entities grouped by type, each with its count, in the glossary language; Enter or a click
 * finds the entity in the page and opens its explanation under the row.
 *
 * One Tab stop for the whole list (roving focus): arrow keys, Home and End move between rows,
 * across the type groups. Each row is a button; the row the page points at (or the reader chose)
 * carries `aria-current` and is described by the explanation shown under it. Not a listbox: an
 * option cannot contain the explanation's own controls (its source disclosure), and the
 * explanation belongs under its row.
 */
export function EntityList({ entities, languages, t, typeLabel, active, onSelect, activeDetails, id }: Props) {
  const groups = new Map<string, ExportEntity[]>();
  for (const e of entities) {
    const list = groups.get(e.type);
    if (list) list.push(e);
    else groups.set(e.type, [e]);
  }
  const order = [...groups.values()].flat().map((e) => e.id);
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop = focused && order.includes(focused) ? focused : active && order.includes(active) ? active : order[0];
  const root = useRef<HTMLDivElement>(null);
  const activeRow = useRef<HTMLLIElement>(null);
  useEffect(() => activeRow.current?.scrollIntoView({ block: 'nearest' }), [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>('button.entity') ?? [])];
    const at = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next = buttons[move(at, buttons.length - 1)];
    next?.focus();
    setFocused(next?.closest('li')?.getAttribute('data-entity') ?? null);
  };

  return (
    // Focusable from the skip link (not by Tab): Tab from there enters the list at its Tab stop.
    <div class="rafiq-entities" id={id} ref={root} tabIndex={id ? -1 : undefined}>
      {[...groups].map(([type, list]) => (
        <section key={type} data-type={type}>
          <h3 id={`rafiq-type-${type}`} style={{ borderColor: TYPE_COLORS[type]?.line }}>
            {typeLabel(type)} <span class="count">{list.length}</span>
          </h3>
          <ul aria-labelledby={`rafiq-type-${type}`}>
            {list.map((e) => {
              const open = e.id === active;
              const detailsId = `rafiq-details-${e.id}`;
              return (
                <li key={e.id} data-entity={e.id} class={open ? 'active' : ''} ref={open ? activeRow : undefined}>
                  <button
                    type="button"
                    class="entity"
                    tabIndex={e.id === tabStop ? 0 : -1}
                    aria-current={open ? 'true' : undefined}
                    aria-describedby={open && activeDetails ? detailsId : undefined}
                    onFocus={() => setFocused(e.id)}
                    onKeyDown={onKeyDown}
                    onClick={() => onSelect(e.id)}
                  >
                    <EntityName entity={e} languages={languages} />
                    <bdi class="rafiq-ar" lang="ar" dir="rtl">
                      {e.ar}
                    </bdi>
                    <span class="count">{t('mentions', { count: e.count })}</span>
                  </button>
                  {open && activeDetails && (
                    <div class="rafiq-details" id={detailsId}>
                      {activeDetails}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
