import type { TFunction } from 'i18next';
import { TYPE_COLORS } from './theme';

interface Props {
  /** A `t` with the card namespace as default: the names are `type.<type>`. */
  t: TFunction;
}

/*
 * Styled inline, so the legend looks the same in whatever page shows it (the welcome page, the
 * side panel) without a stylesheet of its own, and wins over the pages' list rules.
 */
const LIST = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(9.5rem, 1fr))',
  gap: '4px 16px',
  margin: '8px 0',
  padding: 0,
  listStyle: 'none',
} as const;
const ITEM = { display: 'flex', gap: '10px', alignItems: 'center', padding: '4px 0', border: 0 } as const;
const SWATCH = {
  flex: 'none',
  width: '2.2em',
  height: '1.15em',
  borderRadius: '2px',
  boxSizing: 'border-box',
} as const;

/**
 * The eight entity types, each with a swatch painted as the page paints its names (the type's
 * translucent wash), framed in the type's hue so a faint wash still reads on its own, and the
 * type's translated name.
 */
export function Legend({ t }: Props) {
  return (
    <ul class="rafiq-legend" style={LIST}>
      {Object.entries(TYPE_COLORS).map(([type, { wash, line }]) => (
        <li key={type} data-type={type} style={ITEM}>
          <span
            class="rafiq-swatch"
            aria-hidden="true"
            style={{ ...SWATCH, background: wash, border: `1px solid ${line}` }}
          />
          <span class="rafiq-legend-name">{t(`type.${type}`)}</span>
        </li>
      ))}
    </ul>
  );
}
