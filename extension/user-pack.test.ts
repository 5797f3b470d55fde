import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importCsv } from '../lib/term-base';
import { readUserPack, saveUserPack, USER_PACK_MAX_CHARS, watchUserPack } from './user-pack';

const csv = 'arabic,english\nميناء أكتاو,Port of Aktau\n';
const pack = () => {
  const r = importCsv(csv);
  if (!r.ok) throw new Error('bad fixture');
  return r.pack;
};

describe('the stored user pack', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is none until one is saved, then reads back as saved, from storage.local', async () => {
    expect(await readUserPack()).toBeNull();
    await saveUserPack(pack());
    expect(await readUserPack()).toEqual(pack());
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('userPack');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await saveUserPack(null);
    expect(await readUserPack()).toBeNull();
  });

  it.each([
    ['a string', 'ميناء'],
    ['an array', [1, 2]],
    ['a pack of another format', { ...pack(), format: 2 }],
    ['a pack that is not the user pack', { ...pack(), id: 'sco' }],
    ['a pack with a broken entry', { ...pack(), entries: [{ id: 'x' }] }],
  ])('reads %s as none, and leaves it stored', async (_what, raw) => {
    await fakeBrowser.storage.local.set({ userPack: raw, other: 1 });
    expect(await readUserPack()).toBeNull();
    expect(await fakeBrowser.storage.local.get(['userPack', 'other'])).toEqual({ userPack: raw, other: 1 });
  });

  it('refuses a pack too large to store, storing nothing', async () => {
    const big = pack();
    const entry = big.entries[0] as (typeof big.entries)[number];
    const huge = { ...big, entries: [{ ...entry, source: { note: 'x'.repeat(USER_PACK_MAX_CHARS) } }] };
    await expect(saveUserPack(huge)).rejects.toThrow(/too large/);
    expect(await readUserPack()).toBeNull();
  });

  it('tells watchers the pack as read, or none', async () => {
    const seen: unknown[] = [];
    const stop = watchUserPack((p) => seen.push(p?.entries.length ?? null));
    await saveUserPack(pack());
    await fakeBrowser.storage.local.set({ userPack: 'junk' });
    await expect.poll(() => seen).toEqual([1, null]);
    stop();
  });
});
