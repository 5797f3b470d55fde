// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { collectPageText } from '../page/page-text';
import { type Annotation, Annotator } from './annotate';

const { index } = buildGlossary();
const annotator = new Annotator(index);
const html = readFileSync(join(__dirname, '../samples/summit-article.html'), 'utf8');

function pageOf(body: string) {
  document.body.innerHTML = body;
  const page = collectPageText(document.body);
  return { text: page.text, breaks: page.breaks, lang: 'ar' };
}
const run = (steps: Generator<void, Annotation>) => {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
};
const shape = (a: Annotation) => a.mentions.map((m) => `${index.entities[m.entity]?.id}@${m.start}-${m.end}`);

// A long page (the article six times over), so one paragraph is a small part of it.
const body = new DOMParser().parseFromString(html, 'text/html').body.innerHTML.repeat(6);
const before = pageOf(body);
const first = annotator.annotate(before);
const paragraph = (text: string) => body.replace(/<\/p>/, `</p><p>${text}</p>`);

describe('reading again only what changed', () => {
  it.each([
    ['a live counter in Arabic', body.replace(/<\/h1>/, '</h1><p>تحديث منذ 5 ثوان</p>')],
    [
      'a paragraph added that names leaders in full and by surname',
      paragraph('والتقى شي جين بينغ الرئيس توكاييف، وقال شي إن العلاقات متينة.'),
    ],
    ['a paragraph added that names a leader by surname only', paragraph('وأكد توكاييف أهمية التعاون.')],
    ['a paragraph removed', body.replace(/<p>[\s\S]*?<\/p>/, '')],
    ['a name edited inside a paragraph', body.replace('أستانا', 'استانة')],
  ])('%s: the same mentions as reading the whole page', (_, edited) => {
    const after = pageOf(edited);
    expect(after.text).not.toBe(before.text);
    const whole = annotator.annotate(after);
    const again = run(annotator.reread({ text: before.text, annotation: first }, after));
    expect(shape(again)).toEqual(shape(whole));
    expect(again.entities).toEqual(whole.entities);
    expect(again.topic).toEqual(first.topic);
  });

  it('gives back the very same annotation when the text is unchanged', () => {
    expect(run(annotator.reread({ text: before.text, annotation: first }, pageOf(body)))).toBe(first);
  });

  it('reads the whole page when the change is a large part of it', () => {
    const half = pageOf(body.slice(0, body.length >> 1));
    const again = run(annotator.reread({ text: before.text, annotation: first }, half));
    expect(shape(again)).toEqual(shape(annotator.annotate(half)));
    expect(again.topic).toEqual(annotator.annotate(half).topic);
  });
});
