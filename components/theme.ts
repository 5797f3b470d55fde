/**
 * One colour per entity type: a translucent wash (legible on light and dark pages, since it tints
 * whatever is behind the text) and a solid underline that carries the hue on any background.
 */

export const TYPE_COLORS: Readonly<Record<string, { wash: string; line: string }>> = {
  person: { wash: 'rgba(255, 179, 0, 0.28)', line: '#e69500' },
  country: { wash: 'rgba(0, 150, 255, 0.22)', line: '#1a7fd6' },
  place: { wash: 'rgba(0, 190, 160, 0.24)', line: '#0f9d84' },
  organization: { wash: 'rgba(160, 100, 255, 0.24)', line: '#8a4fe0' },
  event: { wash: 'rgba(255, 80, 120, 0.24)', line: '#e0406a' },
  document: { wash: 'rgba(130, 200, 0, 0.26)', line: '#6aa000' },
  initiative: { wash: 'rgba(255, 110, 40, 0.24)', line: '#e0621e' },
  project: { wash: 'rgba(120, 140, 170, 0.30)', line: '#5f7391' },
};

/** The page-level stylesheet the background injects with the annotator (no DOM change). */
export function highlightCss(): string {
  return Object.entries(TYPE_COLORS)
    .map(
      ([type, c]) =>
        `::highlight(rafiq-${type}) { background-color: ${c.wash}; text-decoration: underline 2px ${c.line}; text-underline-offset: 3px; }`,
    )
    .concat(
      '::highlight(rafiq-focus) { background-color: rgba(15, 110, 92, 0.45); color: inherit; text-decoration: underline 3px #0f6e5c; }',
    )
    .join('\n');
}
