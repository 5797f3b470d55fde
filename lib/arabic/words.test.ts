import { describe, expect, it } from 'vitest';
import { splitWords } from './words';

const parts = (text: string) => {
  const w = splitWords(text);
  return Array.from({ length: w.count }, (_, i) => [text.slice(w.start[i], w.end[i]), w.joinedToNext[i]]);
};

describe('splitWords', () => {
  it('splits at a change of script, keeping the two parts joined', () => {
    expect(parts('الصينquot; cgtnالعربية')).toEqual([
      ['الصين', 1],
      ['quot', 0],
      ['cgtn', 1],
      ['العربية', 0],
    ]);
  });
  it.each([
    ['مبادرة “الحزام والطريق”', [1, 1, 0]],
    ['وكالة "شينخوا" الصينية', [1, 1, 0]],
    ['محادثات «أستانا» حول', [1, 1, 0]],
    ['الصين، آسيا', [0, 0]],
  ])('joins words across quotation marks, not across a comma: %s', (text, joined) => {
    expect(parts(text).map(([, j]) => j)).toEqual(joined);
  });
  it('keeps digits with the letters of either script', () => {
    expect(parts('ال80 g20')).toEqual([
      ['ال80', 1],
      ['g20', 0],
    ]);
  });
  it('grows past its first estimate when scripts alternate letter by letter', () => {
    const text = 'aبcدeف'.repeat(50);
    expect(splitWords(text).count).toBe(text.length);
  });
});
