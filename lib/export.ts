/**
 * A page's entities as CSV and JSON, for the side panel's export buttons: the page's address and
 * title, each entity's names in Arabic, English and Chinese (with pinyin), its type and count.
 * The columns are fixed, so a sheet built on an earlier export still reads a new one: names in a
 * further language a pack carries come after them, one column each (`name:ru`).
 */

import type { CompiledEntity } from './glossary-types';

/** An entity's names as the glossary has them, and how often the page mentions it. */
export type ExportEntity = Pick<CompiledEntity, 'id' | 'type' | 'ar' | 'name' | 'reading'> & { count: number };

export interface ExportPage {
  url: string;
  title: string;
  entities: readonly ExportEntity[];
}

const COLUMNS = ['url', 'title', 'id', 'type', 'arabic', 'english', 'chinese', 'pinyin', 'count'] as const;

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The languages the page's entities are named in beyond English and Chinese, in order of first use. */
function furtherLanguages(entities: readonly ExportEntity[]): string[] {
  const seen = new Set<string>();
  for (const e of entities) for (const l of Object.keys(e.name)) if (l !== 'en' && l !== 'zh') seen.add(l);
  return [...seen];
}

export function toCsv(page: ExportPage): string {
  const further = furtherLanguages(page.entities);
  const rows = page.entities.map((e) =>
    [
      page.url,
      page.title,
      e.id,
      e.type,
      e.ar,
      e.name.en ?? '',
      e.name.zh ?? '',
      e.reading?.zh ?? '',
      e.count,
      ...further.map((l) => e.name[l] ?? ''),
    ]
      .map(cell)
      .join(','),
  );
  const header = [...COLUMNS, ...further.map((l) => `name:${l}`)].join(',');
  // The byte-order mark makes spreadsheet programs read the Arabic and Chinese as UTF-8.
  return `\ufeff${[header, ...rows].join('\r\n')}\r\n`;
}

export function toJson(page: ExportPage, exportedAt: string): string {
  return `${JSON.stringify(
    {
      url: page.url,
      title: page.title,
      exportedAt,
      entities: page.entities.map(({ id, type, ar, name, reading, count }) => ({
        id,
        type,
        names: { ar, en: name.en ?? '', zh: name.zh ?? '', pinyin: reading?.zh ?? '', ...name },
        count,
      })),
    },
    null,
    2,
  )}\n`;
}

/** A file name from the page title: letters of any script kept, the rest folded to dashes. */
export function exportFileName(title: string, extension: 'csv' | 'json'): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `rafiq-${base || 'page'}.${extension}`;
}
