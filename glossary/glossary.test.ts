import { describe, expect, it } from 'vitest';
import { Annotator } from '../lib/annotate';
import { foldArabic } from '../lib/arabic/fold';
import { buildGlossary } from './build';
import { fullForms, keyOf, profileIds } from './compile';
import { glossary, PACKS } from './index';
import { ENTITY_TYPES } from './pack';

const { index } = buildGlossary();
const annotator = new Annotator(index);
const byId = new Map(glossary.map((e) => [e.id, e]));

describe('glossary data', () => {
  it('has at least 150 entities', () => expect(glossary.length).toBeGreaterThanOrEqual(150));

  it('has unique, kebab-case ids', () => {
    const ids = glossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps each pack sorted by id', () => {
    for (const pack of PACKS) {
      const ids = pack.entries.map((e) => e.id);
      expect(ids, pack.id).toEqual([...ids].sort());
    }
  });

  it.each(glossary.map((e) => [e.id, e] as const))('%s is complete', (_id, e) => {
    expect(ENTITY_TYPES).toContain(e.type);
    expect(e.ar.canonical.trim()).not.toBe('');
    const en = { name: e.name.en ?? '', explanation: e.explanation.en ?? '' };
    const zh = { name: e.name.zh ?? '', pinyin: e.reading?.zh ?? '', explanation: e.explanation.zh ?? '' };
    expect(en.name.trim()).not.toBe('');
    expect(zh.name).toMatch(/\p{Script=Han}/u);
    expect(zh.pinyin).toMatch(/^[\p{Script=Latin}\s'’·\-–()0-9]+$/u);
    // Two to four sentences, in our words: not a stub, not an essay.
    const enSentences = en.explanation.split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(])/).length;
    expect(enSentences, en.explanation).toBeGreaterThanOrEqual(2);
    expect(enSentences, en.explanation).toBeLessThanOrEqual(4);
    const zhSentences = zh.explanation.split('。').filter((s) => s.trim()).length;
    expect(zhSentences, zh.explanation).toBeGreaterThanOrEqual(2);
    expect(zhSentences, zh.explanation).toBeLessThanOrEqual(4);
    expect(e.source.note.trim()).not.toBe('');
    if (e.source.asOf) expect(e.source.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    for (const list of [e.ar.variants, e.ar.nisba, e.ar.short]) if (list) expect(list.length).toBeGreaterThan(0);
  });

  it('dates the facts that change: every person has an "as of" date', () => {
    const undated = glossary.filter((e) => e.type === 'person' && !e.source.asOf).map((e) => e.id);
    expect(undated).toEqual([]);
  });

  it('writes Arabic forms without diacritics, tatweel or stray spaces', () => {
    for (const e of glossary) {
      for (const form of [...fullForms(e), ...(e.ar.short ?? [])]) {
        expect(form, e.id).not.toMatch(/[\u064b-\u065f\u0670\u0640]/);
        expect(form, e.id).toBe(form.trim());
        expect(form, e.id).not.toMatch(/\s{2}/);
      }
    }
  });

  it('lists no form twice within an entry (after folding)', () => {
    for (const e of glossary) {
      const keys = [...fullForms(e), ...(e.ar.short ?? [])].map(keyOf);
      expect(keys.length, e.id).toBe(new Set(keys).size);
    }
  });

  it('lets no two entities share a full form; shared short forms are resolved by recency', () => {
    // compileGlossary throws on a shared full form or a short form that is another's full form.
    expect(() => buildGlossary()).not.toThrow();
    const shared = Object.entries(index.short).filter(([, ids]) => ids.length > 1);
    for (const [, ids] of shared) {
      const types = new Set(ids.map((i) => index.entities[i]?.type));
      // Shared only within a kind: surnames among people (the Berdimuhamedovs, the Wangs),
      // "القمة" among summits.
      expect(types.size).toBe(1);
    }
  });

  it('names only existing entities in the topic profiles, each in one role', () => {
    for (const pack of PACKS) {
      const profile = pack.profile;
      if (!profile) continue;
      for (const id of profileIds(profile)) expect(byId.has(id), `${pack.id}: ${id}`).toBe(true);
      // A venue may also be a side's member (Astana is Kazakhstan's); every other role is one.
      const roles = profileIds({ ...profile, venues: [], series: undefined });
      expect(
        roles.filter((id, i) => roles.indexOf(id) !== i),
        pack.id,
      ).toEqual([]);
    }
  });
});

describe('every form is reachable by the matcher', () => {
  const cases = glossary.flatMap((e) => [
    ...fullForms(e).map((form) => ({ id: e.id, form, text: `وقال المراسل إن ${form} في الخبر.` })),
    ...(e.ar.short ?? []).map((form) => ({
      id: e.id,
      form,
      text: `وقال المراسل إن ${e.ar.canonical} حاضر. ثم ذكر ${form} في الخبر.`,
    })),
  ]);

  it.each(cases.map((c) => [c.id, c.form, c] as const))('%s: %s', (_id, form, c) => {
    const result = annotator.annotate({ text: c.text });
    const last = result.mentions[result.mentions.length - 1];
    expect(last && index.entities[last.entity]?.id).toBe(c.id);
    expect(foldArabic(c.text.slice(last?.start, last?.end))).toBe(foldArabic(form));
  });
});
