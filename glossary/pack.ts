/**
 * The glossary pack: the unit of Rafiq's data. A pack is one versioned JSON document (see
 * `docs/packs.md`): its id and version, a title in each interface language, the explanation
 * languages it carries, its entries, the topic profile that says when a page is about its beat,
 * and its sources. This schema is the only definition: the TypeScript types below are inferred
 * from it, and the data tests, the build and the reader's own imports all parse with it.
 *
 * Names, readings and explanations are keyed by language (`{ en, zh }`), so a pack that carries a
 * third explanation language is data: `languages` lists them, and the schema checks that every
 * entry has a name and an explanation in each.
 */

import * as v from 'valibot';

/** The format this code reads; a pack of another format is refused with that reason. */
export const PACK_FORMAT = 1;

/** The interface languages: a pack's title (and its profile's labels) is written in each. */
export const UI_LANGUAGES = ['en', 'zh', 'ar'] as const;

export const ENTITY_TYPES = [
  'person',
  'country',
  'place',
  'organization',
  'event',
  'document',
  'initiative',
  'project',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Stable, kebab-case, never reused: other tools and saved exports refer to it. */
export const EntityId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
  v.maxLength(80),
);

/** A BCP 47 primary language subtag (en, zh, ru …). */
const Language = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as en or zh'));

/** Text a reader sees: never empty, and no control characters (a stray NUL or escape shows on the card). */
const Text = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(4000),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  v.check((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'must have no control characters'),
);

/** Text in several languages, keyed by language code. */
const ByLanguage = v.record(Language, Text);

/** Text in every interface language. */
const InEveryUiLanguage = v.strictObject({ en: Text, zh: Text, ar: Text });

/**
 * An Arabic form as a careful outlet writes it: Arabic letters, no diacritics or tatweel (the
 * matcher folds those away on the page, so a form that carries them could never be matched as
 * written), no leading, trailing or doubled spaces.
 */
const ArabicForm = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(120),
  v.check((s) => !/[\u064b-\u065f\u0670\u0640]/.test(s), 'must be written without diacritics or tatweel'),
  v.check((s) => s === s.trim() && !/\s{2}/.test(s), 'must have no leading, trailing or doubled spaces'),
);
const FormList = v.pipe(v.array(ArabicForm), v.minLength(1, 'must list at least one form, or be left out'));

const ArabicForms = v.strictObject({
  /** The base form shown on the card, as a careful outlet writes it (hamzas kept, no diacritics). */
  canonical: ArabicForm,
  /**
   * Other full spellings that real outlets use for the same thing: transliteration variants,
   * with or without a hyphen, joined or split words. Matched anywhere, like `canonical`.
   */
  variants: v.optional(FormList),
  /**
   * Masculine singular adjective (nisba) without the article, e.g. `صيني` for China. The compiler
   * derives the feminine, dual and plural forms; attached proclitics (ال، وال، بال …) are handled
   * by the matcher. Only for countries and regions whose adjective clearly points to them.
   */
  nisba: v.optional(FormList),
  /**
   * Short references (a surname, a bare first name) that are matched only after a full form of
   * the same entity has appeared earlier in the text, because on their own they are ambiguous
   * (`شي` is also a misspelt "thing"; `رحمن` is a common name). Several entities may share a
   * short form: the one whose full form appeared most recently wins.
   */
  short: v.optional(FormList),
});

export const EntrySchema = v.strictObject({
  id: EntityId,
  type: v.picklist(ENTITY_TYPES),
  ar: ArabicForms,
  /** The name in each explanation language (Chinese: the official usage, e.g. 托卡耶夫). */
  name: ByLanguage,
  /** How the name is read, where the script does not say it: `zh` is Hanyu pinyin with tone marks. */
  reading: v.optional(ByLanguage),
  /** Two to four sentences in our own words: who or what it is and why it matters to the beat. */
  explanation: ByLanguage,
  source: v.strictObject({
    /** Where the facts were checked (outlet or official page, in words) and who writes each form. */
    note: Text,
    /** ISO date (YYYY-MM or YYYY-MM-DD) for facts that can change: offices, titles, membership. */
    asOf: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'))),
  }),
});

export type GlossaryEntry = v.InferOutput<typeof EntrySchema>;

const Ids = v.array(EntityId);
const Weight = v.pipe(v.number(), v.finite());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * One side of the beat (China; Central Asia): the entities that name it as a whole, and, for a
 * side made of countries, the entities of each country (keyed by ISO 3166 code), so the verdict
 * can say how many of them a page names.
 */
const Side = v.strictObject({
  id: EntityId,
  label: InEveryUiLanguage,
  members: v.optional(Ids),
  groups: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be an ISO 3166 code')), Ids)),
  /** What the side adds to the score: per mention (up to `mentionCap`), per group named, and once when it is named more often than it has groups named. */
  score: v.strictObject({
    perMention: v.optional(Weight),
    mentionCap: v.optional(Count),
    perGroup: v.optional(Weight),
    beyondGroups: v.optional(Weight),
  }),
});

/**
 * What makes a page `summit`, `related` or `none` for this pack (evaluated by
 * `lib/detect/topic.ts`, which reads every number and list from here).
 */
export const ProfileSchema = v.strictObject({
  /** The sides that must all be named: one (an organisation) or two (China and Central Asia). */
  sides: v.pipe(v.array(Side), v.minLength(1), v.maxLength(2)),
  /** The summits, their documents and centres: named, they are summit evidence. */
  summit: Ids,
  /** The standing mechanism and its parts: present without a summit too. */
  mechanism: Ids,
  /** Other forums that share the cast and weigh against this beat. */
  forums: Ids,
  /** Another power with its own summits with the same partners: a story of that power is not ours. */
  powers: Ids,
  /** Cities that hosted a summit: named beside a named summit, they confirm it. */
  venues: Ids,
  /**
   * The heads of state who meet at the summit. A page whose story is one of them is related
   * coverage even where it names one side only (an election, a state visit elsewhere): see
   * `rules.leaderStory`.
   */
  leaders: v.optional(Ids),
  /**
   * Projects that are themselves the relations (a cross-border railway, pipeline or port): a page
   * whose story is one of them is related coverage even where it names one side only (see
   * `rules.projectMentions`).
   */
  projects: v.optional(Ids),
  /** The summit as a series and its editions, each with its host city (null: not yet known). */
  series: v.optional(
    v.strictObject({
      series: EntityId,
      editions: v.array(v.strictObject({ id: EntityId, venue: v.nullable(EntityId) })),
    }),
  ),
  /**
   * The word "summit" in folded text: `stem` is searched for, and the whole run of Arabic letters
   * around it must match `pattern`; it counts when every side is named within `after` characters.
   */
  summitWord: v.strictObject({
    stem: v.pipe(v.string(), v.minLength(1)),
    pattern: v.pipe(
      v.string(),
      v.check((s) => {
        try {
          new RegExp(s);
          return true;
        } catch {
          return false;
        }
      }, 'must be a valid regular expression'),
    ),
    after: Count,
  }),
  /** Mentions of the first side with the second named within `within` characters. */
  pairs: v.optional(v.strictObject({ sides: v.tuple([EntityId, EntityId]), within: Count })),
  weights: v.strictObject({
    summit: Weight,
    summitWord: Weight,
    summitWordCap: Count,
    mechanism: Weight,
    mechanismCap: Count,
    forum: Weight,
    forumCap: Count,
  }),
  rules: v.strictObject({
    /** How many independent pieces of summit evidence make a `summit` page. */
    summitEvidence: Count,
    /** At most this many summit words count as evidence, and at most this many mechanism mentions. */
    summitWordEvidenceCap: Count,
    mechanismEvidenceCap: Count,
    /** A page that names a summit this often stays `summit` even where forums dominate. */
    summitsOverForums: Count,
    /** How many close pairs make a page that names both sides `related`. */
    namedTogetherPairs: Count,
    /**
     * A page that names every side at least this often is `related` (an organisation named
     * throughout a page about its ministers' meeting); absent, naming alone never makes it so.
     */
    relatedMentions: v.optional(v.pipe(Count, v.minValue(1))),
    /**
     * A page that names `projects` this often in all, with no other forum nor any other summit
     * named, is `related`.
     */
    projectMentions: v.optional(v.pipe(Count, v.minValue(1))),
    /**
     * A page is `related` when one of `leaders` is its story: named at least `mentions` times, the
     * first leader mention within the first `within` characters or the first `share` of the text
     * (the headline or the lede, after a page's menus), and no other forum nor any other summit named.
     */
    leaderStory: v.optional(
      v.strictObject({
        mentions: v.pipe(Count, v.minValue(1)),
        within: Count,
        share: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      }),
    ),
  }),
  /** How the reasons name this pack's roles, in each interface language. */
  labels: v.strictObject({
    summit: InEveryUiLanguage,
    mechanism: InEveryUiLanguage,
    forums: InEveryUiLanguage,
    powers: InEveryUiLanguage,
  }),
});

export type TopicProfile = v.InferOutput<typeof ProfileSchema>;

export const PackSchema = v.pipe(
  v.strictObject({
    format: v.literal(PACK_FORMAT),
    id: EntityId,
    /** Date-based: YYYY.MM.DD, optionally with .N for a second release that day. */
    version: v.pipe(v.string(), v.regex(/^\d{4}\.\d{1,2}\.\d{1,2}(?:\.\d+)?$/, 'must be a date version: 2026.12.1')),
    title: InEveryUiLanguage,
    /** The languages its names and explanations are written in. */
    languages: v.pipe(v.array(Language), v.minLength(1)),
    /** Where the pack's facts come from, in words. */
    sources: v.pipe(v.array(Text), v.minLength(1)),
    /** Entities this pack's profile names that another pack defines (one entity, one id). */
    uses: v.optional(Ids),
    entries: v.pipe(v.array(EntrySchema), v.minLength(1)),
    profile: v.optional(ProfileSchema),
  }),
  v.check((p) => new Set(p.entries.map((e) => e.id)).size === p.entries.length, 'entry ids must be unique'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const pack = dataset.value;
    pack.entries.forEach((entry, i) => {
      for (const field of ['name', 'explanation'] as const) {
        for (const language of pack.languages) {
          if (!entry[field][language]) {
            addIssue({
              message: `${entry.id} has no ${field} in ${language}, one of the pack's languages`,
              path: [
                { type: 'object', origin: 'value', input: pack, key: 'entries', value: pack.entries },
                { type: 'array', origin: 'value', input: pack.entries, key: i, value: entry },
              ],
            });
          }
        }
      }
    });
  }),
);

export type Pack = v.InferOutput<typeof PackSchema>;

/** One problem with a pack, where it is (`entries.12.ar.variants.0`) and why. */
export interface PackIssue {
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };

/** Parses a pack, collecting every problem (never throwing on bad input). */
export function parsePack(input: unknown): PackResult {
  const result = v.safeParse(PackSchema, input);
  if (result.success) return { ok: true, pack: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((p) => String(p.key)).join('.'),
      message: issue.message,
    })),
  };
}

/** Parses a bundled pack, throwing with every problem listed (for the build and the tests). */
export function loadPack(input: unknown, name: string): Pack {
  const result = parsePack(input);
  if (result.ok) return result.pack;
  const list = result.issues.map((i) => `  ${i.path || '(pack)'}: ${i.message}`).join('\n');
  throw new Error(`glossary pack ${name} is not valid:\n${list}`);
}
