/** Typed sending over `browser.runtime` / `browser.tabs`, and one handler table per receiver (`messages.ts`). */

import { browser } from 'wxt/browser';
import type { ANNOTATOR, Message, MessageType, Payload, Response, Table } from './messages';
import { parseMessage } from './messages';

/** A message the annotator receives goes to a tab (`sendToTab`); any other, over `browser.runtime`. */
type RuntimeType = Exclude<MessageType, keyof typeof ANNOTATOR>;
type TabType = keyof typeof ANNOTATOR;

export function sendMessage<T extends RuntimeType>(type: T, payload: Payload<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage({ ...payload, type } as Message<T>) as Promise<Response<T>>;
}

export function sendToTab<T extends TabType>(
  tabId: number,
  type: T,
  payload: Payload<T>,
  frameId = 0,
): Promise<Response<T>> {
  return browser.tabs.sendMessage(tabId, { ...payload, type } as Message<T>, { frameId }) as Promise<Response<T>>;
}

export type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/** A receiver's handlers: one for every message of its table, given the message already parsed. */
export type Handlers<S extends Table> = {
  [T in keyof S & MessageType]: (message: Message<T>, sender: Sender) => Response<T> | Promise<Response<T>> | undefined;
};

/**
 * Listens for the messages of one receiver's table: each is parsed first (a malformed one, or one
 * for another receiver, is dropped as if it never came), and one that only Rafiq may send is
 * dropped when it comes from anywhere else (a content script). Then its handler runs and its
 * answer goes back through `sendResponse`: Chrome before 144 ignores a Promise returned by a
 * listener, so an async answer must keep the channel open this way. A handler that returns
 * nothing does not answer, so another receiver can. Returns the function that stops listening.
 */
export function handleMessages<S extends Table>(table: S, handlers: Handlers<S>): () => void {
  const own = browser.runtime.getURL('/');
  const listener = (raw: unknown, sender: Sender, sendResponse: (response?: unknown) => void) => {
    const message = parseMessage(table, raw);
    if (!message) return false;
    if ((table as Table)[message.type as `${string}:${string}`]?.from === 'rafiq' && !sender.url?.startsWith(own))
      return false;
    const handle = handlers[message.type as keyof Handlers<S>] as (m: unknown, s: Sender) => unknown;
    const result = handle(message, sender);
    if (result === undefined) return false;
    Promise.resolve(result).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
