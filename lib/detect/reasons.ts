/**
 * Why a detector decided as it did, as a code with parameters and never as prose: the side panel,
 * the popup and the scripts say it in the reader's language (components/reason-text.ts, strings in
 * locales/<lang>/reasons.json). Parameters are numbers, or codes the renderer names in that
 * language (ISO 639 language codes, ISO 3166 country codes in lower case, the ids of a pack's sides).
 */

/** The language detector's evidence, in the order it is gathered. */
export type LanguageReason =
  /** The page's `lang` attribute, as written (a BCP 47 tag, or whatever the page put there). */
  | { code: 'declared-lang'; lang: string }
  /** The share (a whole percentage) of the text's letters that are Arabic script. */
  | { code: 'arabic-share'; percent: number; letters: number }
  /**
   * Letters only another language writes (not Arabic), per thousand Arabic-script letters; `langs`
   * are the languages they point to (one set of letters serves both Kazakh and Uyghur).
   */
  | { code: 'marker-letters'; langs: string[]; perThousand: number }
  /** ة ي ك (only Arabic writes them) against ی ک ے (its neighbours' forms), per thousand letters. */
  | { code: 'arabic-letters'; arabic: number; other: number }
  /** franc's trigram guess: an ISO 639-3 code (arb, pes, urd …), or `und` when it cannot tell. */
  | { code: 'reads-as'; lang: string };

/** The topic verdict's evidence (counts of mentions), then the one conclusion it drew. */
export type TopicReason =
  /**
   * Mentions of one side of the pack's beat (`side` is its id in the pack's profile: china,
   * central-asia); `groups` are the distinct countries of it named (ISO 3166, sorted).
   */
  | { code: 'side-named'; side: string; count: number; groups: string[] }
  /** The summit, its documents or its centres named as such. */
  | { code: 'summit-named'; count: number }
  | { code: 'mechanism-named'; count: number }
  /** The word قمة with every side named right after it. */
  | { code: 'summit-word'; count: number }
  /** Mentions of one side with the other named close by. */
  | { code: 'close-pairs'; count: number }
  /** A city that hosted a summit, counted only when a summit is named too. */
  | { code: 'venue-named'; count: number }
  /** Other forums with the same leaders (for the China–Central Asia pack: SCO, CIS …). */
  | { code: 'forum-named'; count: number }
  /** Another power with its own summits with the same partners (Russia). */
  | { code: 'power-named'; count: number }
  | { code: 'forum-dominates' }
  | { code: 'summit-signs' }
  | { code: 'summit-mentioned' }
  | { code: 'named-together' }
  /** Every side is named often enough on the page to matter (the pack's `relatedMentions`). */
  | { code: 'named-often' }
  /** One of the summit's leaders is the page's story: named `count` times, from its opening lines. */
  | { code: 'leader-story'; count: number }
  /** Projects that are themselves the relations (a cross-border railway, a pipeline) are named `count` times. */
  | { code: 'project-story'; count: number }
  | { code: 'other-power' }
  | { code: 'in-passing' }
  | { code: 'one-side' };

export type Reason = LanguageReason | TopicReason;
export type ReasonCode = Reason['code'];

type ParamKind = 'number' | 'string' | 'strings';
type ParamsOf<R> = {
  [K in Exclude<keyof R, 'code'>]-?: R[K] extends number ? 'number' : R[K] extends string ? 'string' : 'strings';
};

/**
 * Every code with the kind of each parameter. Typed against the union, so a code added there
 * without an entry here (or a parameter changed) does not compile; the message validator and the
 * tests read the codes from here.
 */
const PARAMS: { [C in ReasonCode]: ParamsOf<Extract<Reason, { code: C }>> } = {
  'declared-lang': { lang: 'string' },
  'arabic-share': { percent: 'number', letters: 'number' },
  'marker-letters': { langs: 'strings', perThousand: 'number' },
  'arabic-letters': { arabic: 'number', other: 'number' },
  'reads-as': { lang: 'string' },
  'side-named': { side: 'string', count: 'number', groups: 'strings' },
  'summit-named': { count: 'number' },
  'mechanism-named': { count: 'number' },
  'summit-word': { count: 'number' },
  'close-pairs': { count: 'number' },
  'venue-named': { count: 'number' },
  'forum-named': { count: 'number' },
  'power-named': { count: 'number' },
  'forum-dominates': {},
  'summit-signs': {},
  'summit-mentioned': {},
  'named-together': {},
  'named-often': {},
  'leader-story': { count: 'number' },
  'project-story': { count: 'number' },
  'other-power': {},
  'in-passing': {},
  'one-side': {},
};

export const REASON_CODES = Object.keys(PARAMS) as ReasonCode[];

const KIND_CHECK: Record<ParamKind, (v: unknown) => boolean> = {
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  string: (v) => typeof v === 'string' && v.length < 100,
  strings: (v) => Array.isArray(v) && v.length < 50 && v.every((s) => typeof s === 'string' && s.length < 100),
};

/** Whether a value (from a message, say) is a reason the renderer can say: a known code, its parameters typed. */
export function isReason(v: unknown): v is Reason {
  if (typeof v !== 'object' || v === null) return false;
  const code = (v as { code?: unknown }).code;
  if (typeof code !== 'string' || !Object.hasOwn(PARAMS, code)) return false;
  const params = PARAMS[code as ReasonCode] as Record<string, ParamKind>;
  return Object.entries(params).every(([name, kind]) => KIND_CHECK[kind]((v as Record<string, unknown>)[name]));
}
