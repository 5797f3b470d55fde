/**
 * Forms the compiler generates from the data instead of reading them, each step with its reason:
 *  - joined: a multi-word foreign name written as one word where a space is dropped
 *    (شي جين بينغ → شي جينبينغ, جينبينغ is how AFP copies write it);
 *  - partial: the given name alone or the family name alone of a person, and the last syllable of
 *    a Chinese name (جين بينغ, بينغ for شي جين بينغ) — short references, licensed by the full name;
 *  - latin: a person's, a country's or a place's name and a body's acronym written in Latin letters
 *    inside Arabic text (press releases write "Tokayev", "SCO", captions "Tashkent"); acronyms only
 *    where the page writes them in capitals;
 *  - named: a name in its official dress (جمهورية أوزبكستان for أوزبكستان, مبادرة الحزام الاقتصادي
 *    لطريق الحرير for الحزام الاقتصادي لطريق الحرير), Central Asia written either way inside a
 *    longer name (آسيا الوسطى / وسط آسيا), and the pair either way round inside it (قمة آسيا
 *    الوسطى – الصين), so the longer name is read whole, not as its parts, and a summit with
 *    "upcoming" after its ordinal (القمة الثانية المقبلة بين الصين وآسيا الوسطى).
 * Generated forms never override a form in the data: one that would belong to another entity is
 * skipped, and one that real text uses as an ordinary word is dropped by `glossary/collisions.json`.
 */

import { foldArabic } from '../lib/arabic/fold';
import { formKey } from '../lib/arabic/words';
import type { GeneratedBy } from '../lib/glossary-types';
import type { GlossaryEntry } from './pack';

export interface GeneratedForm {
  id: string;
  /** Folded form key. */
  key: string;
  kind: 'full' | 'short';
  by: GeneratedBy;
  /** Only where the page writes it in capitals. */
  upper?: boolean;
}

/** Entity types whose names are foreign names transliterated into Arabic. */
export const FOREIGN_NAME_TYPES: ReadonlySet<string> = new Set(['person', 'place', 'country']);

/**
 * Places and regions Arabic names with its own words (exonyms): their spelling does not vary the
 * way a transliteration does, so no variants are read for them.
 */
export const EXONYMS: ReadonlySet<string> = new Set(['china', 'russia', 'central-asia', 'eurasia', 'beijing']);

/**
 * Ordinary Arabic words that occur inside foreign names (a title, a common given name, "sea",
 * "region"): never varied, never a short reference on their own.
 */
export const ARABIC_WORDS_IN_NAMES: ReadonlySet<string> = new Set(
  [
    'عبد',
    'الله',
    'عبدالله',
    'علي',
    'إمام',
    'محمد',
    'قاسم',
    'نور',
    'سلطان',
    'إسلام',
    'الدين',
    'قربان',
    'بحر',
    'جبال',
    'وادي',
    'هضبة',
    'منطقة',
    'جمهورية',
    'الشعبية',
    'الاتحادية',
    'ذاتية',
    'الذاتية',
    'الحكم',
    'الويغورية',
    'الخزر',
    'الوسطى',
    'آسيا',
    'بك',
  ].map(foldArabic),
);

/** A generated short form needs at least this many letters: two letters are too many other words. */
const MIN_PARTIAL = 3;

const words = (key: string) => key.split(' ');
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** A Chinese person: the English name is the pinyin without tones (Xi Jinping = Xí Jìnpíng). */
export function isChineseName(entry: GlossaryEntry): boolean {
  return (
    entry.type === 'person' &&
    stripMarks(entry.reading?.zh ?? '')
      .toLowerCase()
      .replace(/\s+/g, '') === (entry.name.en ?? '').toLowerCase().replace(/\s+/g, '')
  );
}

/** Every form key written in the data for `entry` (canonical and variants). */
function dataKeys(entry: GlossaryEntry): string[] {
  return [entry.ar.canonical, ...(entry.ar.variants ?? [])]
    .map((f) => formKey(foldArabic(f)))
    .filter((k): k is string => k !== null);
}

function joinedForms(entry: GlossaryEntry): string[] {
  const out: string[] = [];
  for (const key of dataKeys(entry)) {
    const w = words(key);
    if (w.length < 2 || w.length > 4 || w.some((x) => ARABIC_WORDS_IN_NAMES.has(x))) continue;
    for (let i = 0; i + 1 < w.length; i++) {
      out.push([...w.slice(0, i), `${w[i]}${w[i + 1]}`, ...w.slice(i + 2)].join(' '));
    }
    if (w.length === 3) out.push(w.join(''));
  }
  return out;
}

function partialForms(entry: GlossaryEntry): string[] {
  if (entry.type !== 'person') return [];
  const out: string[] = [];
  const ok = (w: string) => w.length >= MIN_PARTIAL && !ARABIC_WORDS_IN_NAMES.has(w);
  for (const key of dataKeys(entry)) {
    const w = words(key);
    if (w.length < 2) continue;
    const first = w[0] as string;
    const last = w[w.length - 1] as string;
    if (isChineseName(entry)) {
      // Chinese: surname first. Outlets refer back by the given name (جين بينغ) or its last
      // syllable (بينغ), and by the surname (وانغ) when it is not a two-letter word.
      if (w.length >= 3) out.push(w.slice(1).join(' '));
      if (ok(last)) out.push(last);
      if (ok(first)) out.push(first);
    } else {
      if (ok(first)) out.push(first);
      if (ok(last)) out.push(last);
      if (w.length >= 3) out.push(w.slice(-2).join(' '));
    }
  }
  return out;
}

const ACRONYM = /\(([A-Z]{2,6})\)/;

function latinForms(entry: GlossaryEntry): Array<{ key: string; kind: 'full' | 'short'; upper?: boolean }> {
  const name = entry.name.en ?? '';
  const out: Array<{ key: string; kind: 'full' | 'short'; upper?: boolean }> = [];
  const acronym = ACRONYM.exec(name)?.[1];
  if (acronym && entry.type !== 'person') out.push({ key: acronym.toLowerCase(), kind: 'full', upper: true });
  const key = formKey(foldArabic(name));
  const latin = key !== null && /^[a-z][a-z '-]*$/.test(key);
  // A country or a place keeps its English name in captions and datelines ("Tashkent ،
  // أوزبكستان", "ashgabat, turkmenistan", "Amu Darya"); five letters at least, since shorter
  // names (Ili) are English or French words too.
  if ((entry.type === 'country' || entry.type === 'place') && latin && key.replace(/ /g, '').length >= 5) {
    out.push({ key, kind: 'full' });
  }
  // A body's or an initiative's English name in full, as a release quotes it inside the Arabic
  // ("Shanghai Cooperation Organization", An-Nahar 2025): read whole, not as the place inside it.
  // Without the bracketed acronym or gloss, in both spellings of -isation; two words at least.
  if (entry.type !== 'person' && entry.type !== 'country' && entry.type !== 'place') {
    const bare = formKey(foldArabic(name.replace(/\s*\([^)]*\)/g, '')));
    if (bare !== null && /^[a-z][a-z '-]*$/.test(bare) && bare.includes(' ') && bare !== key)
      out.push(...spellings(bare));
    else if (latin && key.includes(' ')) out.push(...spellings(key));
  }
  if (entry.type !== 'person' || !latin) return out;
  out.push({ key, kind: 'full' });
  const w = words(key);
  const last = w[w.length - 1] as string;
  // A long family name in Latin letters is that person on an Arabic page; a short or Chinese one
  // (Wang, Li) is many people: only after the full name.
  if (w.length >= 2 && last.length >= MIN_PARTIAL) {
    out.push({ key: last, kind: last.length >= 6 && !isChineseName(entry) ? 'full' : 'short' });
  }
  return out;
}

/** A Latin name key in both spellings of -isation (organisation / organization). */
function spellings(key: string): Array<{ key: string; kind: 'full' }> {
  const other = key.replace(/isation/g, 'ization');
  const british = key.replace(/ization/g, 'isation');
  return [...new Set([key, other, british])].map((k) => ({ key: k, kind: 'full' as const }));
}

/** Chinese "ng" is written نغ or نج, and outlets do not agree (بينغ / بينج, تشيانغ / تشيانج). */
function chineseNgForms(entry: GlossaryEntry): string[] {
  if (!isChineseName(entry)) return [];
  const out: string[] = [];
  for (const key of dataKeys(entry)) {
    const swapped = key.replace(/ن([غج])(?= |$)/g, (_, g: string) => (g === 'غ' ? 'نج' : 'نغ'));
    if (swapped !== key) out.push(swapped);
  }
  return out;
}

const REGION = [formKey(foldArabic('آسيا الوسطى')), formKey(foldArabic('وسط آسيا'))] as const;

/** A summit's name that starts with its ordinal (folded): القمة الأولى / الثانية / الثالثة. */
const SUMMIT_ORDINAL = new RegExp(
  `^${foldArabic('القمة')} (${['الأولى', 'الثانية', 'الثالثة'].map(foldArabic).join('|')})(?= )`,
);
/** "Upcoming", as news writes it after the ordinal of a summit not yet held. */
const UPCOMING = ['المقبلة', 'القادمة', 'المرتقبة'].map(foldArabic);

function namedForms(entry: GlossaryEntry): string[] {
  const out: string[] = [];
  const keys = dataKeys(entry);
  if (entry.type === 'country' && !EXONYMS.has(entry.id)) {
    for (const key of keys) if (!key.includes(' ') && !key.startsWith('ال')) out.push(`جمهوريه ${key}`);
  }
  if (entry.type === 'initiative') {
    for (const key of keys) if (!key.startsWith('مبادره') && key.includes(' ')) out.push(`مبادره ${key}`);
  }
  // A summit not yet held is "the second upcoming summit" (القمة الثانية المقبلة بين الصين وآسيا
  // الوسطى, People's Daily Arabic, April 2025): the time adjective stands after the ordinal.
  if (entry.type === 'event') {
    for (const key of keys) {
      const ordinal = SUMMIT_ORDINAL.exec(key)?.[0];
      if (ordinal) for (const when of UPCOMING) out.push(`${ordinal} ${when}${key.slice(ordinal.length)}`);
    }
  }
  const [a, b] = REGION as readonly [string, string];
  for (const key of keys) {
    if (key === a || key === b) continue;
    if (key.includes(a)) out.push(key.replace(a, b));
    else if (key.includes(b)) out.push(key.replace(b, a));
  }
  // The pair either way round inside a longer name: outlets in the region put Central Asia first
  // (قمة آسيا الوسطى – الصين, آلية آسيا الوسطى - الصين), and read in parts the name would be
  // China and Central Asia, wrongly, and the name itself missed.
  for (const key of [...keys, ...out]) {
    const swapped = swapPair(key);
    if (swapped) out.push(swapped);
  }
  return out;
}

const CHINA = formKey(foldArabic('الصين')) as string;

/**
 * A name with "China – Central Asia" (or "China and Central Asia") inside it, written the other
 * way round; null when the pair is not inside it or is the whole name (the pair alone is two
 * mentions, not a name).
 */
export function swapPair(key: string): string | null {
  for (const region of REGION) {
    for (const [first, second] of [
      [`${CHINA} ${region}`, `${region} ${CHINA}`],
      [`${CHINA} و${region}`, `${region} و${CHINA}`],
    ] as const) {
      const at = ` ${key} `.indexOf(` ${first} `);
      if (at < 0 || key === first) continue;
      return `${key.slice(0, at)}${second}${key.slice(at + first.length)}`;
    }
  }
  return null;
}

/** Every form the compiler generates for the glossary, before conflicts and collisions are removed. */
export function generateForms(entries: readonly GlossaryEntry[]): GeneratedForm[] {
  const out: GeneratedForm[] = [];
  for (const entry of entries) {
    if (FOREIGN_NAME_TYPES.has(entry.type) && !EXONYMS.has(entry.id)) {
      for (const key of joinedForms(entry)) out.push({ id: entry.id, key, kind: 'full', by: 'joined' });
    }
    for (const key of chineseNgForms(entry)) out.push({ id: entry.id, key, kind: 'full', by: 'variant' });
    for (const key of namedForms(entry)) out.push({ id: entry.id, key, kind: 'full', by: 'named' });
    for (const key of partialForms(entry)) out.push({ id: entry.id, key, kind: 'short', by: 'partial' });
    for (const f of latinForms(entry)) out.push({ id: entry.id, ...f, by: 'latin' });
  }
  return out;
}

/**
 * The words of foreign names that variants and slips may reach (folded, five letters or more), from
 * the forms in the data. Chinese names are left out: their syllables are short and many (تشيانغ,
 * تشونغ, تشانغ are three different names), so only their listed spellings and نغ / نج are read.
 */
export function foreignNameWords(
  entries: readonly GlossaryEntry[],
  fullKeysOf: (e: GlossaryEntry) => string[],
  latin = false,
) {
  const out = new Set<string>();
  for (const entry of entries) {
    if (!FOREIGN_NAME_TYPES.has(entry.type) || EXONYMS.has(entry.id) || isChineseName(entry)) continue;
    for (const key of fullKeysOf(entry)) {
      for (const w of words(key)) {
        if (w.length >= 4 && !ARABIC_WORDS_IN_NAMES.has(w) && !/[a-z]/.test(w)) out.add(w);
      }
    }
    const family = latin ? latinFamilyName(entry) : null;
    if (family) out.add(family);
  }
  return [...out].sort();
}

/**
 * A person's family name in Latin letters, where it is long enough to be read through a variant
 * (Mirziyaev for Mirziyoyev, Berdimuhamedow for Berdimuhamedov: see the Latin steps in
 * `lib/arabic/variants.ts`): the same key the Latin step generates as the person's own form.
 */
function latinFamilyName(entry: GlossaryEntry): string | null {
  if (entry.type !== 'person') return null;
  const key = formKey(foldArabic(entry.name.en ?? ''));
  if (key === null || !/^[a-z][a-z '-]*$/.test(key)) return null;
  const w = words(key);
  const last = w[w.length - 1] as string;
  return w.length >= 2 && last.length >= LATIN_VARIANT_MIN ? last : null;
}

/** A Latin family name read through variants has this many letters (a short one is many names). */
const LATIN_VARIANT_MIN = 8;
