/**
 * Is this page Arabic? Persian, Urdu, Pashto and Kurdish are written in the same script, so the
 * script alone never decides. Three signals, each with a reason a user can read (`./reasons`):
 *  1. the page's `lang` attribute, when it names a language;
 *  2. letter statistics: the share of Arabic-script letters, and the letters only the other
 *     languages use (Persian پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے, Pashto ټ ډ ړ ښ ږ, Sorani ە ێ ۆ ڕ ڵ, Kazakh ٴ ۇ ۋ ڭ), against
 *     the ones Arabic uses and they do not (ة, Arabic ي and ك);
 *  3. franc's trigram guess, restricted to these languages.
 */

import { franc } from 'franc-min';
import type { LanguageReason } from './reasons';

export type LanguageCode = 'ar' | 'fa' | 'ur' | 'ps' | 'ckb' | 'und' | (string & {});

export interface LanguageVerdict {
  code: LanguageCode;
  isArabic: boolean;
  reasons: LanguageReason[];
}

/**
 * Letters that mark a language other than Arabic (each language's own, not shared with Arabic);
 * `langs` are the languages a reader is told they point to.
 */
const MARKERS: ReadonlyArray<{ code: LanguageCode; langs: string[]; letters: string }> = [
  { code: 'fa', langs: ['fa'], letters: 'پچژگ' },
  { code: 'ur', langs: ['ur'], letters: 'ٹڈڑںےۓہھ' },
  { code: 'ps', langs: ['ps'], letters: 'ټډړښږځڅګۍېڼ' },
  { code: 'ckb', langs: ['ckb'], letters: 'ەێۆڕڵڤ' },
  // Kazakh and Uyghur in Arabic script share these letters.
  { code: 'kk', langs: ['kk', 'ug'], letters: 'ٴۇۋڭۈ' },
];

/** ة, Arabic yeh ي and kaf ك: Arabic writes them; Persian, Urdu, Pashto, Kurdish use ی and ک. */
const ARABIC_ONLY = new Set(['ة', 'ي', 'ك', 'ى']);
const OTHER_YEH_KAF = new Set(['ی', 'ک', 'ے']);

/**
 * What `letterStats` counts for each Arabic-script letter, by code unit: the sets above and the
 * markers' letters as one table, so that none of a page's first 20,000 characters builds a string
 * or asks three collections. 1: Arabic only; 2: another yeh or kaf; shifted left by 2, one more
 * than the index in `MARKERS` of the marker it is (a later marker wins, as a map would have it).
 */
const LETTER_KIND = new Uint8Array(0x0800);
for (const ch of ARABIC_ONLY) LETTER_KIND[ch.charCodeAt(0)] = 1;
for (const ch of OTHER_YEH_KAF) LETTER_KIND[ch.charCodeAt(0)] = 2;
for (const [i, m] of MARKERS.entries()) {
  for (const ch of m.letters) {
    const c = ch.charCodeAt(0);
    LETTER_KIND[c] = ((LETTER_KIND[c] as number) & 3) | ((i + 1) << 2);
  }
}
const LETTER = /\p{L}/u;

/**
 * The languages franc may answer with (its ISO 639-3 codes), and ours for each. franc is only
 * asked to choose among these, so the extension bundles only their trigram tables (see
 * `francDataFor`): it then builds 5 tables as it loads instead of 64.
 */
export const FRANC_CODES: Readonly<Record<string, LanguageCode>> = {
  arb: 'ar',
  pes: 'fa',
  prs: 'fa',
  urd: 'ur',
  pbu: 'ps',
  pbt: 'ps',
  ckb: 'ckb',
};

interface LetterStats {
  letters: number;
  arabicScript: number;
  arabicOnly: number;
  otherYehKaf: number;
  markers: Record<string, number>;
}

function letterStats(text: string, limit = 20_000): LetterStats {
  const counts = new Uint32Array(MARKERS.length);
  let letters = 0;
  let arabicScript = 0;
  let arabicOnly = 0;
  let otherYehKaf = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d5) || (c >= 0x0750 && c <= 0x077f)) {
      if (c === 0x0640) continue;
      letters++;
      arabicScript++;
      const kind = LETTER_KIND[c] as number;
      if (kind & 1) arabicOnly++;
      else if (kind & 2) otherYehKaf++;
      const marker = (kind >> 2) - 1;
      if (marker >= 0) counts[marker] = (counts[marker] as number) + 1;
    } else if (c < 0x80) {
      // ASCII (spaces, digits, punctuation, most of what is not Arabic on the page): a letter is a–z.
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    } else if (LETTER.test(text[i] as string)) {
      letters++;
    }
  }
  const markers: Record<string, number> = {};
  for (const [i, m] of MARKERS.entries()) markers[m.code] = counts[i] as number;
  return { letters, arabicScript, arabicOnly, otherYehKaf, markers };
}

/** A whole percentage (0 when there is nothing to divide). */
const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);
/** Rates are reported to one decimal, as they were always printed; the decision uses them unrounded. */
const tenth = (x: number) => Math.round(x * 10) / 10;

/** The primary subtag of a BCP 47 tag, mapped to our codes (`ku-Arab` and `ckb` both → ckb). */
export function langFromAttribute(attr: string | null | undefined): LanguageCode | null {
  if (!attr) return null;
  const primary = attr.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  if (primary === 'ku') return 'ckb';
  if (primary === 'per') return 'fa';
  if (primary === 'ara') return 'ar';
  return primary;
}

export function detectLanguage(text: string, langAttribute?: string | null): LanguageVerdict {
  const reasons: LanguageReason[] = [];
  const stats = letterStats(text);
  const declared = langFromAttribute(langAttribute);
  if (declared && langAttribute) reasons.push({ code: 'declared-lang', lang: langAttribute.trim() });

  reasons.push({ code: 'arabic-share', percent: percent(stats.arabicScript, stats.letters), letters: stats.letters });
  if (stats.arabicScript < 20 || stats.arabicScript < stats.letters * 0.3) {
    const code = declared && declared !== 'ar' ? declared : 'und';
    return { code, isArabic: false, reasons };
  }

  // Letter evidence: the strongest non-Arabic marker, per thousand Arabic-script letters.
  let markerCode: LanguageCode | null = null;
  let markerRate = 0;
  for (const m of MARKERS) {
    const rate = (1000 * (stats.markers[m.code] ?? 0)) / stats.arabicScript;
    if (rate > markerRate) {
      markerRate = rate;
      markerCode = m.code;
    }
  }
  const arabicRate = (1000 * stats.arabicOnly) / stats.arabicScript;
  const otherRate = (1000 * stats.otherYehKaf) / stats.arabicScript;
  const marker = MARKERS.find((m) => m.code === markerCode);
  if (marker && markerRate >= 3) {
    reasons.push({ code: 'marker-letters', langs: [...marker.langs], perThousand: tenth(markerRate) });
  }
  reasons.push({ code: 'arabic-letters', arabic: Math.round(arabicRate), other: Math.round(otherRate) });

  const guess = franc(text.slice(0, 4000), { only: Object.keys(FRANC_CODES), minLength: 10 });
  const francCode = FRANC_CODES[guess] ?? 'und';
  reasons.push({ code: 'reads-as', lang: guess });

  // Decide. Letters are the hardest evidence: a page of Persian cannot avoid گ چ پ ی ک for long,
  // and Arabic text uses Arabic yeh and kaf almost exclusively.
  let code: LanguageCode;
  // Letters Arabic never uses, at one per hundred, decide alone (Kazakh and Kurdish write ي and ك).
  if (markerCode && (markerRate >= 10 || (markerRate >= 3 && otherRate > arabicRate))) code = markerCode;
  else if (otherRate > arabicRate * 2) code = francCode !== 'ar' ? francCode : 'fa';
  else if (arabicRate >= 20 && (markerRate < 3 || arabicRate > otherRate * 4)) code = 'ar';
  else code = francCode;

  if (declared && declared !== code && ['ar', 'fa', 'ur', 'ps', 'ckb'].includes(declared)) {
    // A declared language in the same script is believed only when the letters do not contradict it.
    if (declared === 'ar' && code !== 'ar' && markerRate < 3 && otherRate < arabicRate) code = 'ar';
    else if (declared !== 'ar' && code === 'ar' && arabicRate < 20) code = declared;
  }
  return { code, isArabic: code === 'ar', reasons };
}
