/**
 * Nisba (relative adjective) forms. The glossary gives the masculine singular without the article
 * (`صيني`); news writes every gender and number of it, and the matcher's proclitic readings add
 * the article and the small words in front.
 */

const NISBA_ENDINGS: ReadonlyArray<{ ending: string; example: string }> = [
  { ending: '', example: 'صيني' },
  { ending: 'ة', example: 'صينية (feminine)' },
  { ending: 'ان', example: 'صينيان (dual)' },
  { ending: 'ين', example: 'صينيين (dual / plural, oblique)' },
  { ending: 'ون', example: 'صينيون (plural)' },
  { ending: 'ات', example: 'صينيات (feminine plural)' },
  { ending: 'تان', example: 'صينيتان (feminine dual)' },
  { ending: 'تين', example: 'صينيتين (feminine dual, oblique)' },
];

export function nisbaForms(stem: string): string[] {
  return NISBA_ENDINGS.map(({ ending }) => stem + ending);
}
