/**
 * Every message between the content scripts, the background, the side panel and the popup, in
 * one typed map. The prefix says who sends it (`cs:` content script, `panel:` side panel or popup,
 * `bg:` background). Receivers validate with `parseMessage` first: nothing from a page is trusted.
 */

import type { EntitySummary } from '../lib/annotate';
import type { LanguageVerdict } from '../lib/detect/language';
import { isReason } from '../lib/detect/reasons';
import type { TopicVerdict } from '../lib/detect/topic';
import type { EntityDetails } from '../lib/glossary-types';
import type { PageOverride, PaintReason } from './policy';

/**
 * What the annotator should do: paint or not, and whether to keep running at all (`active` is
 * false when the user switched Rafiq off for the page or site, or paused it: then it stops
 * watching the page too).
 */
export interface PaintSignal {
  paint: boolean;
  active: boolean;
}

/** What the annotator found on a page. */
export interface PageFindings {
  url: string;
  title: string;
  language: LanguageVerdict;
  topic: TopicVerdict;
  entities: EntitySummary[];
}

/** A tab as the panel and popup show it: the findings (if Rafiq ran) and the paint decision. */
export interface TabState {
  url: string;
  site: string | null;
  findings: PageFindings | null;
  /** Whether highlights are painted, and why (see `extension/policy.ts`). */
  highlighted: boolean;
  reason: PaintReason;
  /** The user's choice for this tab only, if any. */
  page: PageOverride | null;
  /** The entity the reader last asked to see in the panel, from a card. */
  focus: string | null;
}

export interface MessageMap {
  /** Probe → background: this page looks Arabic; inject the annotator into this frame. */
  'cs:arabic-page': { request: Record<string, never>; response: undefined };
  /**
   * Annotator → background: style this frame's highlights, which go by these names (type → name,
   * random per document); the answer says whether the styles are in.
   */
  'cs:highlight-styles': { request: { names: Record<string, string> }; response: boolean };
  /** Annotator → background: what was found; the answer says whether to paint. */
  'cs:page-state': { request: { findings: PageFindings }; response: PaintSignal };
  /** Card → background: the explanation of one entity. */
  'cs:get-details': { request: { id: string }; response: EntityDetails | null };
  /** Annotator → panel: the entity under the pointer (null when the pointer left it). */
  'cs:hover': { request: { id: string | null }; response: undefined };
  /** Card → background: show this entity in the side panel. */
  'cs:open-panel': { request: { id: string }; response: undefined };
  /** Panel → background: the explanation and source of one entity, for the entity shown open. */
  'panel:get-details': { request: { id: string }; response: EntityDetails | null };
  /** Panel or popup → background: the state of a tab (null when Rafiq knows nothing of it). */
  'panel:get-tab-state': { request: { tabId: number }; response: TabState | null };
  /** Panel or popup → background: switch Rafiq on or off for one tab (null: back to automatic). */
  'panel:set-page': { request: { tabId: number; value: PageOverride | null }; response: undefined };
  /** Panel → annotator: scroll to the next mention of an entity and flash it. */
  'panel:scroll-to': { request: { id: string }; response: { found: boolean } };
  /** Background → panel: a tab's state changed. */
  'bg:tab-state': { request: { tabId: number; state: TabState | null }; response: undefined };
  /** Background → annotator: paint, or clear, the highlights. */
  'bg:paint': { request: PaintSignal; response: undefined };
  /** Background → annotator: move the keyboard focus to the next (1) or previous (-1) mention. */
  'bg:navigate': { request: { direction: 1 | -1 }; response: undefined };
  /** Background → panel: the reader asked to see this entity. */
  'bg:focus-entity': { request: { id: string; tabId: number }; response: undefined };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];
/** Any one message, discriminated by `type`. */
export type AnyMessage = { [T in MessageType]: Message<T> }[MessageType];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

const isId = (v: unknown): v is string => isString(v) && v.length > 0 && v.length < 200;
/** Reasons are codes with parameters (lib/detect/reasons.ts); the panel renders only codes it knows. */
const isReasons = (v: unknown): boolean => Array.isArray(v) && v.length < 100 && v.every(isReason);

/**
 * Highlight names go into a stylesheet as they are, so only identifiers pass: a type is a word,
 * a name starts with a letter and has letters, digits and hyphens.
 */
function isHighlightNames(v: unknown): v is Record<string, string> {
  if (!isObject(v)) return false;
  const entries = Object.entries(v);
  return (
    entries.length > 0 &&
    entries.length <= 64 &&
    entries.every(([type, name]) => /^[a-z]{1,32}$/.test(type) && isString(name) && /^[a-z][a-z0-9-]{0,47}$/.test(name))
  );
}

function isFindings(v: unknown): v is PageFindings {
  return (
    isObject(v) &&
    isString(v.url) &&
    isString(v.title) &&
    isObject(v.language) &&
    typeof v.language.isArabic === 'boolean' &&
    isReasons(v.language.reasons) &&
    isObject(v.topic) &&
    ['summit', 'related', 'none'].includes(v.topic.level as string) &&
    isReasons(v.topic.reasons) &&
    Array.isArray(v.entities) &&
    v.entities.every((e) => isObject(e) && isId(e.id) && typeof e.count === 'number')
  );
}

function isTabState(v: unknown): v is TabState {
  return (
    isObject(v) &&
    isString(v.url) &&
    (v.findings === null || isFindings(v.findings)) &&
    typeof v.highlighted === 'boolean' &&
    isString(v.reason)
  );
}

const VALIDATORS: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  'cs:arabic-page': () => true,
  'cs:highlight-styles': (m) => isHighlightNames(m.names),
  'cs:page-state': (m) => isFindings(m.findings),
  'cs:get-details': (m) => isId(m.id),
  'cs:hover': (m) => m.id === null || isId(m.id),
  'cs:open-panel': (m) => isId(m.id),
  'panel:get-details': (m) => isId(m.id),
  'panel:get-tab-state': (m) => Number.isInteger(m.tabId),
  'panel:set-page': (m) => Number.isInteger(m.tabId) && (m.value === null || m.value === 'on' || m.value === 'off'),
  'panel:scroll-to': (m) => isId(m.id),
  'bg:tab-state': (m) => Number.isInteger(m.tabId) && (m.state === null || isTabState(m.state)),
  'bg:paint': (m) => typeof m.paint === 'boolean' && typeof m.active === 'boolean',
  'bg:navigate': (m) => m.direction === 1 || m.direction === -1,
  'bg:focus-entity': (m) => isId(m.id) && Number.isInteger(m.tabId),
};

/** The message, typed, or null when it is not one of ours or is malformed. */
export function parseMessage(raw: unknown): AnyMessage | null {
  if (!isObject(raw) || !isString(raw.type) || !Object.hasOwn(VALIDATORS, raw.type)) return null;
  const type = raw.type as MessageType;
  return VALIDATORS[type](raw) ? (raw as unknown as AnyMessage) : null;
}
