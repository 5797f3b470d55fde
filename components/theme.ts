/**
 * One colour per entity type: a translucent wash, the highlight on the page (legible on light and
 * dark pages, since it tints whatever is behind the text), and a solid line colour that carries
 * the hue in Rafiq's own surfaces (the card's type badge, the panel's group rules, the legend).
 *
 * Text in the type's hue (the card's type badge, 11 px) needs 4.5:1 against the card, which the
 * underline colours, mid-tones chosen to show on any page, do not reach (2.4:1 to 4.8:1). So each
 * type also has `text`, the same hue darker, for the light card (#fffdf8), and `textDark`, the
 * same hue lighter, for the dark card (#1f2124): each at least 5:1 there, so a rounding or a
 * slightly different background still keeps 4.5:1 (components/contrast.test.ts proves the ratios).
 */

import { FOCUS } from '../page/highlights';

export interface TypeColors {
  /** The highlight's translucent background on the page. */
  wash: string;
  /** The type's solid colour: the card's badge border, the panel's group rule, the legend's swatch. */
  line: string;
  /** Text in the type's hue on the light card. */
  text: string;
  /** Text in the type's hue on the dark card. */
  textDark: string;
}

export const TYPE_COLORS: Readonly<Record<string, TypeColors>> = {
  person: { wash: 'rgba(255, 179, 0, 0.28)', line: '#e69500', text: '#a75a00', textDark: '#e69500' },
  country: { wash: 'rgba(0, 150, 255, 0.22)', line: '#1a7fd6', text: '#0070c5', textDark: '#3593ec' },
  place: { wash: 'rgba(0, 190, 160, 0.24)', line: '#0f9d84', text: '#007d65', textDark: '#1ba288' },
  organization: { wash: 'rgba(160, 100, 255, 0.24)', line: '#8a4fe0', text: '#874cdd', textDark: '#ab73ff' },
  event: { wash: 'rgba(255, 80, 120, 0.24)', line: '#e0406a', text: '#cc2b5a', textDark: '#f6557c' },
  document: { wash: 'rgba(130, 200, 0, 0.26)', line: '#6aa000', text: '#487b00', textDark: '#6aa000' },
  initiative: { wash: 'rgba(255, 110, 40, 0.24)', line: '#e0621e', text: '#c14500', textDark: '#e96a29' },
  project: { wash: 'rgba(120, 140, 170, 0.30)', line: '#5f7391', text: '#5b6f8c', textDark: '#7c91b0' },
  /** The reader's own terms (their term base), whatever their type: a style of their own. */
  user: { wash: 'rgba(220, 60, 200, 0.22)', line: '#c13bb0', text: '#9e2790', textDark: '#e068d2' },
};

/** For a type the glossary may add before it has colours: greys that pass on both cards. */
export const FALLBACK_TYPE_COLORS: TypeColors = {
  wash: 'rgba(136, 136, 136, 0.25)',
  line: '#888888',
  text: '#5f5f5f',
  textDark: '#a8a8a8',
};

/**
 * The inline style of a type badge in the card: the border in the underline's colour, the text
 * colours as custom properties that card.css picks between by colour scheme (an inline `color`
 * could not follow the scheme, and would win over the sheet).
 */
export function typeBadgeStyle(type: string): Record<string, string> {
  const colors = TYPE_COLORS[type] ?? FALLBACK_TYPE_COLORS;
  return { borderColor: colors.line, '--rafiq-type-text': colors.text, '--rafiq-type-text-dark': colors.textDark };
}

/**
 * The page-level stylesheet the background injects for a document (no DOM change), given the
 * names its highlights go by (page/highlights.ts `nameHighlights`): one rule per type, and the
 * keyboard focus drawn over them. A term is the type's translucent wash alone: any text
 * decoration on a highlight makes Chromium repaint the decorations of every highlighted term in
 * every frame the page changes anything (wash and underline on 400 terms: about 32 ms a frame
 * above the page without Rafiq; the wash alone: about 10; `npm run bench:page`). The keyboard
 * focus, one range, keeps its underline.
 */
export function highlightCss(names: Readonly<Record<string, string>>): string {
  return Object.entries(names)
    .map(([type, name]) => {
      if (type === FOCUS)
        return `::highlight(${name}) { background-color: rgba(15, 110, 92, 0.45); color: inherit; text-decoration: underline 3px #0f6e5c; }`;
      const c = TYPE_COLORS[type] ?? FALLBACK_TYPE_COLORS;
      return `::highlight(${name}) { background-color: ${c.wash}; }`;
    })
    .join('\n');
}
