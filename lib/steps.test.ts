import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { Annotator } from './annotate';
import { foldText, foldTextSteps } from './arabic/fold';
import { splitWords, splitWordsSteps } from './arabic/words';
import { finish, finishCounting } from './steps';

const text = 'قال الرئيس 😀 شي جين بينغ ﷲ في أستانا — CGTNالعربية، ١٢٣ وقيرغيزستان. '.repeat(40);

describe('work cut into steps gives what the whole work gives', () => {
  it.each([1, 2, 3, 7, 64, 1000])('folding in steps of %i characters (surrogate pairs never cut)', (n) => {
    const { value, pauses } = finishCounting(foldTextSteps(text, [5, 100, 900], n));
    const whole = foldText(text, [5, 100, 900]);
    expect(value.text).toBe(whole.text);
    expect([...value.start]).toEqual([...whole.start]);
    expect([...value.end]).toEqual([...whole.end]);
    expect(pauses).toBeGreaterThan(0);
  });

  it.each([1, 5, 50, 500])('splitting words in steps of %i characters', (n) => {
    const folded = foldText(text).text;
    const { value, pauses } = finishCounting(splitWordsSteps(folded, n));
    const whole = splitWords(folded);
    expect(value.count).toBe(whole.count);
    expect([...value.start.subarray(0, value.count)]).toEqual([...whole.start.subarray(0, whole.count)]);
    expect([...value.end.subarray(0, value.count)]).toEqual([...whole.end.subarray(0, whole.count)]);
    expect([...value.joinedToNext.subarray(0, value.count)]).toEqual([...whole.joinedToNext.subarray(0, whole.count)]);
    expect(pauses).toBeGreaterThan(0);
  });

  it('finish runs a generator to its result', () => {
    function* three() {
      yield;
      yield;
      return 3;
    }
    expect(finish(three())).toBe(3);
  });
});

describe('a page read a window at a time', () => {
  const annotator = new Annotator(buildGlossary().index);
  const other = '中文新闻报道。'.repeat(30_000);
  const page = `قال الرئيس الصيني شي جين بينغ ${other} التقى شي مع توكاييف في أستانا ${other} الصين`;

  it('reads a long stretch without words a window a slice, as it reads it at once', () => {
    const whole = annotator.annotate({ text: page });
    expect(whole.mentions.map((m) => m.form)).toEqual(['صيني', 'شي جين بينغ', 'شي', 'توكاييف', 'استانا', 'الصين']);
    const { value, pauses } = finishCounting(annotator.steps({ text: page }, 1000));
    expect(value).toEqual(whole);
    // About one slice per 1,000 words' worth of folding (60,000 characters), not one for it all.
    expect(pauses).toBeGreaterThan(page.length / 60_000);
  });
});
