/**
 * fast-check generators for the engine's fuzz tests (`lib/fuzz.test.ts`): Arabic-script,
 * mixed-script and malformed text, with real glossary names spliced in (decorated with marks,
 * tatweel, invisible controls, presentation forms, Persian letter shapes and slips) so that
 * mentions actually occur, next to the noise that should never break the engine.
 */

import fc from 'fast-check';
import type { CompiledGlossary } from './glossary-types';

const range = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
const oneOf = (chars: string) => fc.constantFrom(...Array.from(chars));

/** Code units by kind: each a generator of one string (usually one UTF-16 unit, sometimes two). */
export const units = {
  arabicLetter: range(0x0621, 0x064a),
  harakat: fc.oneof(range(0x064b, 0x065f), fc.constant('\u0670'), range(0x0610, 0x061a), range(0x06d6, 0x06ed)),
  tatweel: fc.constant('\u0640'),
  presentationA: range(0xfb50, 0xfdff),
  presentationB: range(0xfe70, 0xfeff),
  invisible: fc.oneof(
    range(0x200b, 0x200f),
    range(0x202a, 0x202e),
    range(0x2066, 0x2069),
    fc.constantFrom('\ufeff', '\u00ad', '\u2060', '\u034f', '\u061c'),
  ),
  persianUrdu: fc.oneof(oneOf('پچژگکیٹڈڑںےۓہھەۆڤۇۋڭټډړښږځڅګۍېڼٴ'), range(0x0671, 0x06d3)),
  arabicExtended: fc.oneof(range(0x0750, 0x077f), range(0x08a0, 0x08ff), range(0x06fa, 0x06ff)),
  digit: fc.oneof(range(0x30, 0x39), range(0x0660, 0x0669), range(0x06f0, 0x06f9)),
  punctuation: oneOf('،؛؟.,!:;«»()[]{}"\'-–—…٪٫٬۔/\\*&<>|@#'),
  space: fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '\u00a0',
    '\u2028',
    '\u2029',
    '\u3000',
    '\u202f',
    '\u2009',
  ),
  latin: fc.oneof(range(0x61, 0x7a), range(0x41, 0x5a), range(0xc0, 0x24f)),
  combining: range(0x0300, 0x036f),
  loneSurrogate: fc.oneof(range(0xd800, 0xdbff), range(0xdc00, 0xdfff)),
  astral: fc
    .oneof(
      fc.integer({ min: 0x1f300, max: 0x1faff }),
      fc.integer({ min: 0x1ee00, max: 0x1eeff }), // Arabic mathematical alphabetic symbols
      fc.integer({ min: 0x10000, max: 0x10ffff }),
    )
    .map((c) => String.fromCodePoint(c)),
  anyUnit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
};

/** One unit of noise, weighted towards what Arabic pages contain. */
export const noiseUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: units.arabicLetter },
  { weight: 3, arbitrary: units.harakat },
  { weight: 1, arbitrary: units.tatweel },
  { weight: 2, arbitrary: units.presentationA },
  { weight: 2, arbitrary: units.presentationB },
  { weight: 2, arbitrary: units.invisible },
  { weight: 2, arbitrary: units.persianUrdu },
  { weight: 1, arbitrary: units.arabicExtended },
  { weight: 2, arbitrary: units.digit },
  { weight: 2, arbitrary: units.punctuation },
  { weight: 3, arbitrary: units.space },
  { weight: 2, arbitrary: units.latin },
  { weight: 1, arbitrary: units.combining },
  { weight: 1, arbitrary: units.loneSurrogate },
  { weight: 1, arbitrary: units.astral },
  { weight: 1, arbitrary: units.anyUnit },
);

/** Words that stand around names in news text and steer the matcher (titles, verbs, small words, "summit"). */
const CONTEXT_WORDS = [
  'الرئيس',
  'للرئيس',
  'الزعيم',
  'نظيره',
  'السيد',
  'قال',
  'وقال',
  'أكد',
  'وأضاف',
  'استقبل',
  'التقى',
  'في',
  'على',
  'من',
  'إلى',
  'عن',
  'مع',
  'أن',
  'إن',
  'و',
  'الصيني',
  'الكازاخستاني',
  'قمة',
  'القمة',
  'بالقمة',
  'القمتين',
  'الثانية',
  'الأولى',
  'اليوم',
  'شيء',
  'لبنان',
  'واشنطن',
];

const PROCLITIC_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'لل', 'وب', 'ول', 'وال', 'بال', 'فال', 'كال', 'وبال', 'ولل'];

/** What the generators take from the compiled glossary. */
export interface NamePool {
  /** Every written form the glossary holds: canonical names, form keys, short and not-ours forms. */
  surfaces: readonly string[];
  /** [full form, short form of the same entity]: a story names one, then refers to it by the other. */
  stories: ReadonlyArray<readonly [full: string, short: string]>;
}

/** The names the compiled glossary holds, for splicing into text. */
export function namePool(glossary: CompiledGlossary): NamePool {
  const forms = new Set<string>();
  for (const e of glossary.entities) if (e.ar) forms.add(e.ar);
  for (const key of Object.keys(glossary.full)) forms.add(key);
  for (const key of Object.keys(glossary.short)) forms.add(key);
  for (const key of glossary.notOurs ?? []) forms.add(key);
  for (const key of glossary.upper ?? []) forms.add(key.toUpperCase());
  for (const words of Object.values(glossary.names?.skeletons ?? {})) for (const w of words) forms.add(w);
  const fullOf = new Map<number, string[]>();
  for (const [key, entity] of Object.entries(glossary.full)) fullOf.set(entity, [...(fullOf.get(entity) ?? []), key]);
  const stories: Array<[string, string]> = [];
  for (const [short, entities] of Object.entries(glossary.short)) {
    for (const entity of entities) {
      const entityForms = [glossary.entities[entity]?.ar ?? '', ...(fullOf.get(entity) ?? [])].filter(Boolean);
      for (const full of entityForms.slice(0, 3)) stories.push([full, short]);
    }
  }
  return { surfaces: [...forms].sort(), stories };
}

/** Arabic letter → its presentation forms (isolated, final, initial, medial), from NFKC. */
const PRESENTATION_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (lo: number, hi: number) => {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const plain = ch.normalize('NFKC');
      if (plain === ch || plain.length !== 1) continue;
      const list = map.get(plain);
      if (list) list.push(ch);
      else map.set(plain, [ch]);
    }
  };
  add(0xfb50, 0xfdff);
  add(0xfe70, 0xfefc);
  return map;
})();

/** Letter → the shapes other keyboards and outlets write it with (folding brings them back). */
const LETTER_SHAPES: Readonly<Record<string, string>> = {
  ي: 'یى',
  ك: 'کگ',
  ه: 'ہةە',
  ا: 'أإآٱ',
  ف: 'ڤ',
  ب: 'پ',
  ج: 'چ',
  ز: 'ژ',
};

type Edit = readonly [at: number, kind: number, pick: number];

const EDIT_KINDS = 9;

/** Applies one decoration to `word`: most keep it a name after folding, the last three make slips. */
function applyEdit(word: string, [at, kind, pick]: Edit): string {
  const i = at % (word.length + 1);
  const ch = word.charAt(i);
  const insert = (s: string) => word.slice(0, i) + s + word.slice(i);
  const replace = (s: string) => word.slice(0, i) + s + word.slice(i + 1);
  const choose = (s: string | readonly string[]) => (s.length ? (s[pick % s.length] as string) : '');
  switch (kind) {
    case 0:
      return insert(choose('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670'));
    case 1:
      return insert('\u0640'.repeat(1 + (pick % 3)));
    case 2:
      return insert(
        choose('\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad'),
      );
    case 3: {
      const shapes = PRESENTATION_OF.get(ch);
      return shapes ? replace(choose(shapes)) : word;
    }
    case 4: {
      const shapes = LETTER_SHAPES[ch];
      return shapes ? replace(choose(shapes)) : word;
    }
    case 5:
      return insert(choose(PROCLITIC_PREFIXES));
    case 6:
      return ch ? replace(String.fromCharCode(0x0621 + (pick % 42))) : word;
    case 7:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return ch ? insert(ch) : word;
  }
}

const edit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(), fc.nat({ max: EDIT_KINDS - 1 }), fc.nat());

/** A glossary name, sometimes with a proclitic, sometimes decorated (marks, controls, shapes, slips). */
export function nameToken(names: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .record({
      name: names,
      prefix: fc.oneof(
        { weight: 4, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom(...PROCLITIC_PREFIXES) },
      ),
      edits: fc.oneof(
        { weight: 3, arbitrary: fc.constant([] as Edit[]) },
        { weight: 2, arbitrary: fc.array(edit, { maxLength: 4 }) },
      ),
    })
    .map(({ name, prefix, edits }) => edits.reduce(applyEdit, prefix + name));
}

/** A run of noise units. */
export const noiseToken = (maxLength = 12): fc.Arbitrary<string> =>
  fc.array(noiseUnit, { minLength: 1, maxLength }).map((parts) => parts.join(''));

/** A plain Arabic word (letters only), now and then a very long one (no word break for hundreds of letters). */
const arabicWord: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.array(units.arabicLetter, { minLength: 1, maxLength: 9 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.array(units.arabicLetter, { minLength: 60, maxLength: 300 }).map((p) => p.join('')) },
);

const separator: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '-',
      ' - ',
      '–',
      '، ',
      '. ',
      '.',
      '\n',
      '\n\n',
      '\u200c',
      ' \u200f',
      '\u2029',
      '\u00a0',
      ': ',
      '«',
      '» ',
    ),
  },
  { weight: 2, arbitrary: noiseToken(4) },
);

export interface TextOptions {
  /** Most tokens in one text. */
  maxTokens?: number;
}

/** Text made of glossary names, context words, Arabic words and noise, between all kinds of separators. */
export function newsText(pool: NamePool, { maxTokens = 24 }: TextOptions = {}): fc.Arbitrary<string> {
  const name = nameToken(fc.constantFrom(...pool.surfaces));
  // A full name, then a short reference to it (or the other way round: a headline's surname first).
  const story = fc
    .record({
      pair: fc.constantFrom(...pool.stories),
      between: fc.array(fc.oneof(fc.constantFrom(...CONTEXT_WORDS), arabicWord, name), { maxLength: 4 }),
      cue: fc.constantFrom('', 'الرئيس ', 'وقال ', 'قال الرئيس الصيني ', 'وأضاف '),
      reversed: fc.boolean(),
      summit: fc.constantFrom('', '', 'قمة الصين وآسيا الوسطى ', 'في القمة ', 'قمة الصين-آسيا الوسطى '),
    })
    .chain(({ pair: [full, short], between, cue, reversed, summit }) =>
      fc.tuple(nameToken(fc.constant(full)), nameToken(fc.constant(short))).map(([f, s]) => {
        const [first, second] = reversed ? [`${cue}${s}`, f] : [f, `${cue}${s}`];
        return `${summit}${first} ${between.join(' ')} ${second}`;
      }),
    );
  const token = fc.oneof(
    { weight: 5, arbitrary: name },
    { weight: 2, arbitrary: story },
    { weight: 3, arbitrary: fc.constantFrom(...CONTEXT_WORDS) },
    { weight: 3, arbitrary: arabicWord },
    { weight: 3, arbitrary: noiseToken() },
  );
  return fc.array(fc.tuple(token, separator), { maxLength: maxTokens }).map((pairs) => pairs.flat().join(''));
}

/** Any text at all: well-formed news-like text, raw noise, or arbitrary UTF-16 (lone surrogates and all). */
export function anyText(pool: NamePool, options: TextOptions = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: newsText(pool, options) },
    { weight: 2, arbitrary: fc.array(noiseUnit, { maxLength: 40 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );
}

export interface FuzzInput {
  text: string;
  breaks: number[];
  lang: string | null | undefined;
  mainText: string | undefined;
}

/** An annotator input: text, block breaks (ascending offsets inside it), a declared language, a main text. */
export function annotateInput(text: fc.Arbitrary<string>): fc.Arbitrary<FuzzInput> {
  return fc
    .record({
      text,
      breaks: fc.oneof(
        { weight: 2, arbitrary: fc.constant([] as number[]) },
        { weight: 1, arbitrary: fc.array(fc.nat(), { maxLength: 6 }) },
      ),
      lang: fc.constantFrom(undefined, null, '', 'ar', 'ar-EG', 'fa', 'ur', 'en', 'zh-Hans', 'x-!!'),
      mainTextCut: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ text, breaks, lang, mainTextCut }) => ({
      text,
      breaks: [...new Set(breaks.map((b) => b % (text.length + 1)))].sort((a, b) => a - b),
      lang,
      mainText: mainTextCut === undefined ? undefined : text.slice(mainTextCut % (text.length + 1)),
    }));
}

/**
 * The makings of a long single line: a few pieces of news text with no line or paragraph breaks.
 * The line itself is built by `lineFrom`, inside the property, so a failure prints the pieces,
 * not a megabyte.
 */
export function linePieces(pool: NamePool): fc.Arbitrary<string[]> {
  const piece = newsText(pool, { maxTokens: 40 }).map((t) => t.replace(/[\n\r\u2028\u2029]/g, ' '));
  return fc.array(piece, { minLength: 8, maxLength: 16 });
}

/** A line of exactly `length` UTF-16 units from `pieces`: the pieces over and over, each round rotated by one. */
export function lineFrom(pieces: readonly string[], length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < length; round++) {
    for (let i = 0; i < pieces.length && size < length; i++) {
      const piece = `${pieces[(i + round) % pieces.length] || 'الصين'} `;
      parts.push(piece);
      size += piece.length;
    }
    if (pieces.length === 0) break;
  }
  return parts.join('').padEnd(length, ' ').slice(0, length);
}
