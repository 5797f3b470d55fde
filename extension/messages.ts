/**
 * Every message between the content scripts, the background, the side panel and the popup,
 * defined once: each is a valibot schema, and its TypeScript type is inferred from that schema,
 * so what a sender may write and what a receiver accepts cannot disagree. Nothing from a page is
 * trusted: a receiver parses every message with its own table (`handleMessages` in `messaging.ts`) and
 * drops what does not fit.
 *
 * A message is named by who receives it (`background:`, `annotator:`, `panel:` — the side panel
 * and the popup), and each receiver has its own table here, so a content script bundles only the
 * schemas of the messages it receives. valibot is made of small functions that the bundler drops
 * when nothing calls them (zod builds one object with every method on it): the annotator pays only
 * for its three small schemas, and the probe, which only sends, imports types alone.
 */

import * as v from 'valibot';
import type { LanguageVerdict } from '../lib/detect/language';
import { isReason, type Reason } from '../lib/detect/reasons';
import type { PackVerdict, TopicLevel, TopicVerdict } from '../lib/detect/topic';
import type { CompiledGlossary, EntityDetails } from '../lib/glossary-types';
import type { PageOverride, PaintReason } from './policy';

/** An entity id: 1 to 199 characters. */
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(199));
const TabId = v.pipe(v.number(), v.integer());

/** Reasons are codes with parameters (lib/detect/reasons.ts); the panel renders only codes it knows. */
const Reasons = v.pipe(v.array(v.custom<Reason>(isReason)), v.maxLength(99));

/** Every value of a union, written out: a value added to the union and not here does not compile. */
const TOPIC_LEVELS: Record<TopicLevel, true> = { summit: true, related: true, none: true };
const PAGE_OVERRIDES: Record<PageOverride, true> = { on: true, off: true };
const PAINT_REASONS: Record<PaintReason, true> = {
  'page-on': true,
  'page-off': true,
  paused: true,
  'site-on': true,
  'site-off': true,
  'on-topic': true,
  'off-topic': true,
  'not-arabic': true,
};
/* @__NO_SIDE_EFFECTS__ */
function oneOf<T extends string>(values: Record<T, true>) {
  return v.picklist(Object.keys(values) as T[]);
}

/**
 * Highlight names go into a stylesheet as they are, so only identifiers pass: a type is a word,
 * a name starts with a letter and has letters, digits and hyphens; 1 to 64 of them.
 */
const HighlightNames = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^[a-z]{1,32}$/)), v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,47}$/))),
  v.minEntries(1),
  v.maxEntries(64),
);

/** What the annotator found on a page. */
const PageFindingsSchema = v.object({
  url: v.string(),
  title: v.string(),
  language: v.object({ code: v.string(), isArabic: v.boolean(), reasons: Reasons }),
  /** The primary pack's verdict (China–Central Asia), whether the reader has it on or not. */
  topic: v.object({ level: oneOf(TOPIC_LEVELS), score: v.number(), reasons: Reasons }),
  /** The verdict of each pack the reader has on, in the packs' order. */
  packs: v.pipe(
    v.array(v.object({ pack: Id, level: oneOf(TOPIC_LEVELS), score: v.number(), reasons: Reasons })),
    v.maxLength(16),
  ),
  /**
   * The entities found, by pack and id, with how often the page names each; their names are
   * looked up where they are shown (the panel has the glossary), so nothing here depends on the
   * interface language or the glossary's languages.
   */
  entities: v.pipe(
    v.array(v.object({ pack: Id, entity: Id, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    v.maxLength(5000),
  ),
});
export type PageFindings = v.InferOutput<typeof PageFindingsSchema>;

/** A tab as the panel and popup show it: the findings (if Rafiq ran) and the paint decision. */
const TabStateSchema = v.object({
  url: v.string(),
  site: v.nullable(v.string()),
  findings: v.nullable(PageFindingsSchema),
  /** Whether highlights are painted, and why (see `extension/policy.ts`). */
  highlighted: v.boolean(),
  reason: oneOf(PAINT_REASONS),
  /** The user's choice for this tab only, if any. */
  page: v.nullable(oneOf(PAGE_OVERRIDES)),
  /** The entity the reader last asked to see in the panel, from a card. */
  focus: v.nullable(Id),
});
export type TabState = v.InferOutput<typeof TabStateSchema>;

/**
 * What the annotator should do: paint or not, and whether to keep running at all (`active` is
 * false when the user switched Rafiq off for the page or site, or paused it: then it stops
 * watching the page too).
 */
const PaintSignalSchema = v.object({ paint: v.boolean(), active: v.boolean() });
export type PaintSignal = v.InferOutput<typeof PaintSignalSchema>;

declare const ANSWER: unique symbol;
/** The type of a message's answer: a type only, nothing at run time. */
interface Answer<A> {
  readonly [ANSWER]: A;
}
/* @__NO_SIDE_EFFECTS__ */
function answer<A>(): Answer<A> {
  return undefined as unknown as Answer<A>;
}

/**
 * Who may send a message: anyone (a content script, in a page Rafiq does not control) or only
 * Rafiq's own pages and background (`sender.url` is one of the extension's).
 */
export type From = 'anyone' | 'rafiq';

export interface Definition<S extends v.GenericSchema = v.GenericSchema, A = unknown> {
  /** The message without its `type`. */
  payload: S;
  from: From;
  /**
   * The answer, as a type only: answers are not validated (the background's are Rafiq's own; the
   * one a content script gives, to `annotator:scroll-to`, is read only as a yes or no).
   */
  answer: A;
}

/* @__NO_SIDE_EFFECTS__ */
function message<const E extends v.ObjectEntries, A = undefined>(
  entries: E,
  options: { answer?: Answer<A>; from?: From } = {},
): Definition<v.ObjectSchema<E, undefined>, A> {
  return { payload: v.object(entries), from: options.from ?? 'anyone' } as Definition<v.ObjectSchema<E, undefined>, A>;
}

/** The messages one receiver takes, each named `<receiver>:<what>`. */
export type Table<R extends string = string> = Record<`${R}:${string}`, Definition>;

/** What the background receives. */
export const BACKGROUND = {
  /** Probe → background: this page looks Arabic; inject the annotator into this frame. */
  'background:arabic-page': message({
    /** Sent by an annotator that stopped because the reader's term base changed: start it again with the new one. */
    restart: v.optional(v.literal(true)),
  }),
  /**
   * Annotator → background: style this frame's highlights, which go by these names (type → name,
   * random per document); the answer says whether the styles are in.
   */
  'background:highlight-styles': message({ names: HighlightNames }, { answer: answer<boolean>() }),
  /** Annotator → background: what was found; the answer says whether to paint. */
  'background:page-state': message({ findings: PageFindingsSchema }, { answer: answer<PaintSignal>() }),
  /**
   * Annotator or panel → background: the glossary to read pages with (the bundled packs, and the
   * reader's term base compiled beside them).
   */
  'background:get-glossary': message({}, { answer: answer<CompiledGlossary | null>() }),
  /**
   * Annotator → background: inject the card's script into this frame (the reader is about to want
   * a card); the answer says whether it is in.
   */
  'background:card-ui': message({}, { answer: answer<boolean>() }),
  /** Card or panel → background: the explanation and source of one entity. */
  'background:get-details': message({ id: Id }, { answer: answer<EntityDetails | null>() }),
  /** Card → background: the explanations of the entities a page names, ahead of the first card. */
  'background:get-details-of': message(
    { ids: v.pipe(v.array(Id), v.maxLength(500)) },
    { answer: answer<Record<string, EntityDetails>>() },
  ),
  /** Card → background: show this entity in the side panel. */
  'background:open-panel': message({ id: Id }),
  /** Panel or popup → background: the state of a tab (null when Rafiq knows nothing of it). */
  'background:get-tab-state': message({ tabId: TabId }, { answer: answer<TabState | null>(), from: 'rafiq' }),
  /** Panel or popup → background: switch Rafiq on or off for one tab (null: back to automatic). */
  'background:set-page': message({ tabId: TabId, value: v.nullable(oneOf(PAGE_OVERRIDES)) }, { from: 'rafiq' }),
} satisfies Table<'background'>;

/** What the annotator (the content script of a frame) receives, through `browser.tabs`. */
export const ANNOTATOR = {
  /** Background → annotator: paint, or clear, the highlights. */
  'annotator:paint': message(PaintSignalSchema.entries),
  /** Background → annotator: move the keyboard focus to the next (1) or previous (-1) mention. */
  'annotator:navigate': message({ direction: v.picklist([1, -1]) }),
  /** Panel → annotator: scroll to the next mention of an entity and flash it. */
  'annotator:scroll-to': message({ id: Id }, { answer: answer<{ found: boolean }>() }),
} satisfies Table<'annotator'>;

/** What the side panel and the popup receive. */
export const PANEL = {
  /** Background → panel: a tab's state changed. */
  'panel:tab-state': message({ tabId: TabId, state: v.nullable(TabStateSchema) }, { from: 'rafiq' }),
  /** Background → panel: the reader asked to see this entity. */
  'panel:focus-entity': message({ id: Id, tabId: TabId }, { from: 'rafiq' }),
  /** Annotator → panel: the entity under the pointer (null when the pointer left it). */
  'panel:hover': message({ id: v.nullable(Id) }),
} satisfies Table<'panel'>;

type All = typeof BACKGROUND & typeof ANNOTATOR & typeof PANEL;
export type MessageType = keyof All;
export type Payload<T extends MessageType> = v.InferOutput<All[T]['payload']>;
/** A message of the type `T` (of any one of the types, for a union). */
export type Message<T extends MessageType = MessageType> = T extends MessageType ? { type: T } & Payload<T> : never;
export type Response<T extends MessageType> = All[T]['answer'];
/** Any one message of a table, discriminated by `type`. */
export type MessageOf<S extends Table> = Message<keyof S & MessageType>;

/** The message, typed, or null when it is not one of the table's or is malformed. */
export function parseMessage<S extends Table>(table: S, raw: unknown): MessageOf<S> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(table, type)) return null;
  const definition = (table as Table)[type as `${string}:${string}`];
  const parsed = definition && v.safeParse(definition.payload, raw, { abortEarly: true });
  if (!parsed?.success) return null;
  const message: unknown = { ...(parsed.output as object), type };
  return message as MessageOf<S>;
}

// Kept assignable from what lib/ produces, which the annotator sends as it is.
type Assignable<T extends U, U> = T;
export type Checks = [
  Assignable<LanguageVerdict, PageFindings['language']>,
  Assignable<TopicVerdict, PageFindings['topic']>,
  Assignable<PackVerdict, PageFindings['packs'][number]>,
];
