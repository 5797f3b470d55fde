/** Typed sending over `browser.runtime` / `browser.tabs`, on top of the map in `messages.ts`. */

import { browser } from 'wxt/browser';
import type { Message, MessageMap, MessageType, Response } from './messages';

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
