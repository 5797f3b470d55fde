/**
 * The reader's own term base (see `lib/term-base.ts`), stored as a pack in `storage.local`: it can
 * be large, it is the reader's work and not a preference, and it should not count against the
 * sync quota. Read through the pack schema: a value that is not a valid user pack (corrupted, or
 * written by a build whose format this one does not read) reads as no pack, and stays stored, as
 * every setting does (`extension/settings.ts`).
 */

import { storage } from 'wxt/utils/storage';
import { type Pack, parsePack } from '../glossary/pack';
import { USER_PACK_ID } from '../lib/term-base';

/** At most this much JSON (UTF-16 units) is stored: far below `storage.local`'s 10 MB. */
export const USER_PACK_MAX_CHARS = 2_000_000;

const item = storage.defineItem<unknown>('local:userPack', { fallback: null });

/** The stored user pack, or null (none, or not one this build can read). Never throws. */
export async function readUserPack(): Promise<Pack | null> {
  try {
    return asUserPack(await item.getValue());
  } catch {
    return null;
  }
}

export function asUserPack(raw: unknown): Pack | null {
  if (raw === null || raw === undefined) return null;
  const result = parsePack(raw);
  return result.ok && result.pack.id === USER_PACK_ID ? result.pack : null;
}

/** Stores the pack (null removes it); refuses one too large, with a reason, storing nothing. */
export async function saveUserPack(pack: Pack | null): Promise<void> {
  if (pack === null) return item.removeValue();
  if (pack.id !== USER_PACK_ID) throw new Error(`a user pack has the id "${USER_PACK_ID}"`);
  const size = JSON.stringify(pack).length;
  if (size > USER_PACK_MAX_CHARS) throw new Error(`the term base is too large to store (${size} characters)`);
  await item.setValue(pack);
}

/** Calls back with the pack (or null) whenever it changes; returns the unwatch. */
export function watchUserPack(callback: (pack: Pack | null) => void): () => void {
  try {
    return item.watch((raw) => callback(asUserPack(raw)));
  } catch {
    return () => {};
  }
}
