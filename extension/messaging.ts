/** Typed sending over `browser.runtime` / `browser.tabs`, on top of the map in `messages.ts`. */

import { browser } from 'wxt/browser';
import {
  type AnyMessage,
  type Message,
  type MessageMap,
  type MessageType,
  parseMessage,
  type Response,
} from './messages';

export function sendMessage<T extends MessageType>(type: T, payload: MessageMap[T]['request']): Promise<Response<T>> {
  return browser.runtime.sendMessage({ type, ...payload } as Message<T>) as Promise<Response<T>>;
}

export function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: MessageMap[T]['request'],
  frameId = 0,
): Promise<Response<T>> {
  return browser.tabs.sendMessage(tabId, { type, ...payload } as Message<T>, { frameId }) as Promise<Response<T>>;
}

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/**
 * Listens for Rafiq's messages (validated) and answers through `sendResponse`: Chrome before 144
 * ignores a Promise returned by a listener, so an async answer must keep the channel open this
 * way. Returns the function that stops listening.
 */
export function onMessage(handle: (message: AnyMessage, sender: Sender) => Promise<unknown> | unknown): () => void {
  const listener = (raw: unknown, sender: Sender, sendResponse: (response?: unknown) => void) => {
    const message = parseMessage(raw);
    if (!message) return false;
    const result = handle(message, sender);
    if (!(result instanceof Promise)) return false;
    result.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
