import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageFindings } from './messages';
import { emptyRecord, getRecord, tabFindings, updateRecord } from './tab-store';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function findings(isArabic: boolean, level: 'summit' | 'related' | 'none', entities: number): PageFindings {
  return {
    url: 'https://news.example/a',
    title: 't',
    language: { code: isArabic ? 'ar' : 'en', isArabic, reasons: [] },
    topic: { level, score: 0, reasons: [] },
    packs: [{ pack: 'china-central-asia', level, score: 0, reasons: [] }],
    entities: Array.from({ length: entities }, (_, i) => ({ pack: 'china-central-asia', entity: `e${i}`, count: 1 })),
  };
}

describe('the tab store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the changes of one tab one after another, so none overwrites another', async () => {
    await updateRecord(1, () => emptyRecord('https://news.example/a'));
    const slow = updateRecord(1, async (r) => {
      await tick();
      return r && { ...r, focus: `${r.focus ?? ''}a` };
    });
    const fast = updateRecord(1, (r) => r && { ...r, focus: `${r.focus ?? ''}b` });
    await Promise.all([slow, fast]);
    expect((await getRecord(1))?.focus).toBe('ab');
  });

  it('lets the next change run when one fails, and keeps what was stored', async () => {
    await updateRecord(2, () => ({ ...emptyRecord('https://news.example/b'), injected: true }));
    const failing = updateRecord(2, () => {
      throw new Error('no');
    });
    const next = updateRecord(2, (r) => r && { ...r, focus: 'x' });
    await expect(failing).rejects.toThrow('no');
    await next;
    expect(await getRecord(2)).toMatchObject({ injected: true, focus: 'x' });
  });

  it('keeps tabs apart, and forgets a tab on null', async () => {
    await updateRecord(3, () => emptyRecord('https://a.example/'));
    await updateRecord(4, () => emptyRecord('https://b.example/'));
    await updateRecord(3, () => null);
    expect(await getRecord(3)).toBeNull();
    expect((await getRecord(4))?.url).toBe('https://b.example/');
  });

  it("knows a tab by its top page's findings, or by its most on-topic Arabic frame", () => {
    const top = findings(true, 'none', 1);
    const record = { ...emptyRecord('https://news.example/a'), findings: top };
    expect(tabFindings(record)).toBe(top);
    const wrapper = findings(false, 'none', 0);
    const related = findings(true, 'related', 9);
    const summit = findings(true, 'summit', 2);
    const english = findings(false, 'summit', 50);
    const framed = { ...record, findings: wrapper, frames: { '1': related, '2': english, '3': summit } };
    expect(tabFindings(framed)).toBe(summit);
    expect(tabFindings({ ...framed, frames: { '1': english } })).toBe(wrapper);
  });
});
