import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../glossary/build';
import { Annotator } from '../annotate';

const { index: glossary } = buildGlossary();

describe('FoldWindow, through the annotator', () => {
  // A window that moved on past a stretch without words into more of it (punctuation, an emoji,
  // a format character) held no word, and the read ended there: the name after it was lost.
  it.each([
    '..الصين',
    'x ..الصين',
    'x.. الصين',
    'x ,,الصين',
    'ب ..الصين',
    '  ..الصين',
    '🌀⁦قمة الصين-آسيا الوسطى',
    '۰: ء 🌀⁦قمة الصين-آسيا الوسطى عبدالعزيز كاميلوف و الرئيس وقال كاميلوف-',
  ])('reads %j in windows of 1 to 8 characters as whole', (text) => {
    const whole = new Annotator(glossary);
    whole.windowChars = Number.POSITIVE_INFINITY;
    const expected = whole.annotate({ text });
    expect(expected.mentions.length).toBeGreaterThan(0);
    const windowed = new Annotator(glossary);
    for (let size = 1; size <= 8; size++) {
      windowed.windowChars = size;
      expect(windowed.annotate({ text }), `windows of ${size}`).toEqual(expected);
    }
  });
});
