/**
 * The pages `npm run bench:page` serves. Every script a page runs is the page's own (a file it
 * loads), so nothing has to be injected into the page while a trace or a profile records.
 */

import { readFile } from 'node:fs/promises';
import { readSaudiArticles, SEED } from '../corpus';

export const MB = 1024 * 1024;

/** The default page: a million characters of text. */
export const PAGE_CHARS = 1_000_000;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An Arabic page body of about `chars` characters of text (what Rafiq reads; default 1 M, the
 * page the issue's targets are set on): the seed report on top of SaudiNewsNet articles, so the
 * page is summit coverage and Rafiq paints it.
 */
export async function arabicBody(chars = PAGE_CHARS): Promise<string> {
  const seed = await readFile(SEED, 'utf8');
  const parts = [
    `<article>${seed
      .split('\n')
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}</article>`,
  ];
  let length = textLength(parts[0] as string);
  for (const a of readSaudiArticles()) {
    if (length >= chars) break;
    const html = `<section><h2>${escapeHtml(a.title)}</h2>${a.content
      .split(/\n+/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}</section>`;
    parts.push(html);
    length += textLength(html);
  }
  if (length < chars) throw new Error(`the corpus holds only ${length} characters, fewer than the ${chars} asked for`);
  return parts.join('\n');
}

/** How many characters of text a page body holds (what Rafiq reads), for the report. */
export function textLength(body: string): number {
  return body.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt);/g, '&').length;
}

export function arabicPage(body: string, scripts: string[] = [], head = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>bench</title>${head}</head><body>${body}${scripts
    .map((src) => `<script src="${src}"></script>`)
    .join('')}</body></html>`;
}

/** English filler written for this benchmark, repeated to ~1 MB. */
export function englishPage(): string {
  const paragraph =
    '<p>The committee met on Tuesday to review the budget for the coming year. Members discussed road repairs, ' +
    'school buildings and the new library, and agreed to publish a full report next month. Residents may send ' +
    'comments by post or in person at the town hall during opening hours.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${paragraph.repeat(
    Math.ceil(MB / paragraph.length),
  )}</body></html>`;
}
