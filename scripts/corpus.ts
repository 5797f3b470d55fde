/** Reading the shared corpora (never copied into the project; see ../shared/corpus/README.md). */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
export const SEED = join(CORPUS, 'seed', '000_326f30334e07f93a.txt');
export const SAUDI = join(CORPUS, 'saudinewsnet', '2015-07-21.json');

export interface NewsArticle {
  source: string;
  url: string;
  title: string;
  content: string;
}

export function readSaudiArticles(): NewsArticle[] {
  return JSON.parse(readFileSync(SAUDI, 'utf8')) as NewsArticle[];
}

/** About `bytes` of real Arabic (UTF-8), paragraphs of whole articles joined by blank lines. */
export function arabicText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const article of readSaudiArticles()) {
    const text = `${article.title}\n${article.content}`;
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
    if (size >= bytes) break;
  }
  return parts.join('\n\n');
}
