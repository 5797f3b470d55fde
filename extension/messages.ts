/**
 * Every message between the content scripts, the background, the side panel and the popup, in
 * one typed map. The prefix says who sends it (`cs:` content script, `panel:` side panel or popup,
 * `bg:` background). Receivers validate with `parseMessage` first: nothing from a page is trusted.
 */

import type { EntitySummary } from '../lib/annotate';
import type { LanguageVerdict } from '../lib/detect/language';
import type { TopicVerdict } from '../lib/detect/topic';
import type { EntityDetails } from '../lib/glossary-types';

export interface TabState {
  url: string;
  title: string;
  language: LanguageVerdict;
  topic: TopicVerdict;
  /** Whether highlights are painted (Arabic and on topic, or switched on by hand). */
  highlighted: boolean;
  entities: EntitySummary[];
}

export interface MessageMap {
  /** Probe → background: this page looks Arabic; inject the annotator into this frame. */
  'cs:arabic-page': { request: Record<string, never>; response: undefined };
  /** Annotator → background: what was found on the page. */
  'cs:page-state': { request: { state: TabState }; response: undefined };
  /** Card → background: the explanation of one entity. */
  'cs:get-details': { request: { id: string }; response: EntityDetails | null };
  /** Panel or popup → background: the state of a tab (null when Rafiq has not run there). */
  'panel:get-tab-state': { request: { tabId: number }; response: TabState | null };
  /** Background → panel: a tab's state changed. */
  'bg:tab-state': { request: { tabId: number; state: TabState | null }; response: undefined };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];
/** Any one message, discriminated by `type`. */
export type AnyMessage = { [T in MessageType]: Message<T> }[MessageType];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

function isTabState(v: unknown): v is TabState {
  return (
    isObject(v) &&
    isString(v.url) &&
    isString(v.title) &&
    isObject(v.language) &&
    isObject(v.topic) &&
    ['summit', 'related', 'none'].includes(v.topic.level as string) &&
    typeof v.highlighted === 'boolean' &&
    Array.isArray(v.entities) &&
    v.entities.every((e) => isObject(e) && isString(e.id) && typeof e.count === 'number')
  );
}

const VALIDATORS: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  'cs:arabic-page': () => true,
  'cs:page-state': (m) => isTabState(m.state),
  'cs:get-details': (m) => isString(m.id) && m.id.length < 200,
  'panel:get-tab-state': (m) => Number.isInteger(m.tabId),
  'bg:tab-state': (m) => Number.isInteger(m.tabId) && (m.state === null || isTabState(m.state)),
};

/** The message, typed, or null when it is not one of ours or is malformed. */
export function parseMessage(raw: unknown): AnyMessage | null {
  if (!isObject(raw) || !isString(raw.type) || !Object.hasOwn(VALIDATORS, raw.type)) return null;
  const type = raw.type as MessageType;
  return VALIDATORS[type](raw) ? (raw as unknown as AnyMessage) : null;
}
