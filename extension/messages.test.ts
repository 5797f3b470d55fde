import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ANNOTATOR,
  BACKGROUND,
  type MessageType,
  PANEL,
  type PageFindings,
  parseMessage,
  type Table,
} from './messages';
import { type Handlers, handleMessages, type Sender } from './messaging';

const findings: PageFindings = {
  url: 'https://example.test/a',
  title: 'عنوان',
  language: {
    code: 'ar',
    isArabic: true,
    reasons: [
      { code: 'declared-lang', lang: 'ar' },
      { code: 'arabic-share', percent: 96, letters: 812 },
      { code: 'arabic-letters', arabic: 48, other: 0 },
      { code: 'reads-as', lang: 'arb' },
    ],
  },
  topic: {
    level: 'summit',
    score: 3,
    reasons: [
      { code: 'side-named', side: 'china', count: 4, groups: [] },
      { code: 'side-named', side: 'central-asia', count: 6, groups: ['kz', 'uz'] },
      { code: 'summit-signs' },
    ],
  },
  packs: [
    {
      pack: 'china-central-asia',
      level: 'summit',
      score: 3,
      reasons: [{ code: 'summit-signs' }],
    },
    { pack: 'sco', level: 'none', score: 0.3, reasons: [{ code: 'in-passing' }] },
  ],
  entities: [{ pack: 'china-central-asia', entity: 'china', count: 2 }],
};
/** The findings with one verdict's reasons replaced. */
const withReasons = (verdict: 'language' | 'topic', reasons: unknown) => ({
  ...findings,
  [verdict]: { ...findings[verdict], reasons },
});
const state = {
  url: findings.url,
  site: 'example.test',
  findings,
  highlighted: true,
  reason: 'on-topic',
  page: null,
  focus: null,
};
/** A tab state with one field replaced (`undefined`: left out). */
const stateWith = (field: keyof typeof state, value: unknown) => ({ ...state, [field]: value });
const withoutField = (field: keyof typeof state) =>
  Object.fromEntries(Object.entries(state).filter(([k]) => k !== field));

/**
 * For every message type, payloads (everything but `type`) it must accept and payloads it must
 * reject. Typed by `MessageType`: a message added without cases here does not compile.
 */
const CASES: { [T in MessageType]: { valid: object[]; invalid: unknown[] } } = {
  'background:arabic-page': { valid: [{}, { restart: true }], invalid: [{ restart: false }, { restart: 'yes' }] },
  'background:get-glossary': { valid: [{}], invalid: [] },
  'background:card-ui': { valid: [{}], invalid: [] },
  'background:highlight-styles': {
    valid: [
      { names: { focus: 'qkxmbtwzpa0', person: 'qkxmbtwzpa1' } },
      { names: { person: 'rafiq-person' } },
      {
        names: Object.fromEntries(
          Array.from({ length: 64 }, (_, i) => [`t${'abcdefgh'[i % 8]}`.repeat(1 + (i >> 3)), 'x']),
        ),
      },
    ],
    // Highlight names go into a stylesheet: only identifiers, never a rule of their own.
    invalid: [
      {},
      { names: {} },
      { names: { person: 'x) { color: red } ::highlight(y' } },
      { names: { person: '9abc' } },
      { names: { 'per son': 'abc' } },
      { names: { Person: 'abc' } },
      { names: { person: `a${'b'.repeat(48)}` } },
      { names: { [`${'a'.repeat(33)}`]: 'abc' } },
      { names: { person: 7 } },
      { names: 'person' },
      {
        names: Object.fromEntries(
          Array.from({ length: 65 }, (_, i) => [`t${'abcdefghijklm'[i % 13]}`.repeat(1 + Math.floor(i / 13)), 'x']),
        ),
      },
    ],
  },
  'background:page-state': {
    valid: [{ findings }, { findings: { ...findings, entities: [] } }],
    invalid: [
      {},
      { findings: null },
      { findings: { ...findings, topic: { level: 'maybe' } } },
      { findings: { ...findings, topic: { ...findings.topic, level: 'maybe' } } },
      { findings: { ...findings, topic: { ...findings.topic, score: '3' } } },
      { findings: { ...findings, entities: [{ id: 1 }] } },
      { findings: { ...findings, entities: [{ ...findings.entities[0], entity: '' }] } },
      { findings: { ...findings, entities: [{ ...findings.entities[0], count: '2' }] } },
      { findings: { ...findings, entities: [{ ...findings.entities[0], count: 0 }] } },
      { findings: { ...findings, entities: [{ ...findings.entities[0], count: 1.5 }] } },
      { findings: { ...findings, entities: [{ ...findings.entities[0], pack: undefined }] } },
      { findings: { ...findings, entities: 'china' } },
      { findings: { ...findings, language: {} } },
      { findings: { ...findings, language: { ...findings.language, isArabic: 'yes' } } },
      { findings: { ...findings, url: 7 } },
      { findings: { ...findings, title: undefined } },
      // Reasons: codes with parameters, not the sentences they once were, and only codes the panel can say.
      { findings: withReasons('language', ['franc reads it as arb']) },
      { findings: withReasons('topic', ['China named 4×']) },
      { findings: withReasons('topic', undefined) },
      { findings: withReasons('language', [{ lang: 'ar' }]) },
      { findings: withReasons('language', [{ code: 42 }]) },
      { findings: withReasons('language', [null]) },
      { findings: withReasons('topic', [{ code: 'no-such-reason' }]) },
      { findings: { ...findings, packs: undefined } },
      { findings: { ...findings, packs: [{ pack: 'sco', level: 'maybe', score: 0, reasons: [] }] } },
      { findings: { ...findings, packs: [{ pack: '', level: 'none', score: 0, reasons: [] }] } },
      { findings: { ...findings, packs: [{ pack: 'sco', level: 'none', score: 0, reasons: [{ code: 'nope' }] }] } },
      { findings: { ...findings, packs: Array.from({ length: 17 }, () => findings.packs[1]) } },
      { findings: withReasons('topic', [{ code: 'toString' }]) },
      { findings: withReasons('topic', [{ code: 'side-named', side: 'china', count: '4', groups: [] }]) },
      { findings: withReasons('topic', [{ code: 'side-named', side: 'central-asia', count: 2, groups: 'kz' }]) },
      { findings: withReasons('language', [{ code: 'marker-letters', langs: [1], perThousand: 3 }]) },
      {
        findings: withReasons(
          'topic',
          Array.from({ length: 100 }, () => ({ code: 'summit-signs' })),
        ),
      },
    ],
  },
  'background:get-details': {
    valid: [{ id: 'xi-jinping' }, { id: 'x' }, { id: 'x'.repeat(199) }],
    invalid: [{}, { id: 42 }, { id: '' }, { id: 'x'.repeat(200) }, { id: 'x'.repeat(500) }, { id: null }],
  },
  'background:get-details-of': {
    valid: [{ ids: [] }, { ids: ['china', 'xi-jinping'] }, { ids: Array(500).fill('x') }],
    invalid: [{}, { ids: 'china' }, { ids: [''] }, { ids: [7] }, { ids: Array(501).fill('x') }, { ids: null }],
  },
  'background:open-panel': { valid: [{ id: 'china' }], invalid: [{}, { id: '' }, { id: 7 }, { id: null }] },
  'background:get-tab-state': {
    valid: [{ tabId: 3 }, { tabId: 0 }],
    invalid: [{}, { tabId: '3' }, { tabId: 1.5 }, { tabId: Number.NaN }, { tabId: null }],
  },
  'background:set-page': {
    valid: [
      { tabId: 3, value: 'on' },
      { tabId: 3, value: 'off' },
      { tabId: 3, value: null },
    ],
    invalid: [{ tabId: 3, value: 'maybe' }, { tabId: 3 }, { tabId: 1.5, value: 'on' }, { value: 'on' }],
  },
  'annotator:paint': {
    valid: [
      { paint: false, active: true },
      { paint: true, active: true },
    ],
    invalid: [{ paint: 'yes', active: true }, { paint: true }, { active: false }, {}],
  },
  'annotator:navigate': {
    valid: [{ direction: -1 }, { direction: 1 }],
    invalid: [{ direction: 2 }, { direction: 0 }, { direction: '1' }, {}],
  },
  'annotator:scroll-to': { valid: [{ id: 'china' }], invalid: [{}, { id: '' }, { id: 'x'.repeat(200) }] },
  'panel:tab-state': {
    valid: [
      { tabId: 3, state: null },
      { tabId: 3, state },
      { tabId: 3, state: { ...state, findings: null, highlighted: false, reason: 'not-arabic' } },
      { tabId: 3, state: { ...state, site: null, page: 'off', reason: 'page-off', focus: 'china' } },
    ],
    invalid: [
      { tabId: 3 },
      { tabId: 1.5, state: null },
      { tabId: 3, state: 'summit' },
      { tabId: 3, state: { ...state, highlighted: 'yes' } },
      { tabId: 3, state: { ...state, findings: withReasons('topic', 'summit') } },
      { tabId: 3, state: { ...state, findings: { ...findings, language: {} } } },
      // Every field of the state is checked, those the old hand-written check skipped too.
      { tabId: 3, state: stateWith('url', null) },
      { tabId: 3, state: stateWith('site', 7) },
      { tabId: 3, state: stateWith('reason', 'because') },
      { tabId: 3, state: stateWith('reason', 'toString') },
      { tabId: 3, state: stateWith('page', 'maybe') },
      { tabId: 3, state: stateWith('page', true) },
      { tabId: 3, state: stateWith('focus', '') },
      { tabId: 3, state: stateWith('focus', 42) },
      { tabId: 3, state: stateWith('focus', 'x'.repeat(200)) },
      ...(['url', 'site', 'findings', 'highlighted', 'reason', 'page', 'focus'] as const).map((field) => ({
        tabId: 3,
        state: withoutField(field),
      })),
    ],
  },
  'panel:focus-entity': {
    valid: [{ id: 'china', tabId: 3 }],
    invalid: [{ id: 'china' }, { tabId: 3 }, { id: '', tabId: 3 }, { id: 'china', tabId: '3' }],
  },
  'panel:hover': {
    valid: [{ id: null }, { id: 'china' }],
    invalid: [{}, { id: '' }, { id: 42 }, { id: 'x'.repeat(200) }],
  },
};

const TABLES = { background: BACKGROUND, annotator: ANNOTATOR, panel: PANEL } as const;
const receiverOf = (type: string) => type.slice(0, type.indexOf(':')) as keyof typeof TABLES;
const entries = Object.entries(CASES) as Array<[MessageType, (typeof CASES)[MessageType]]>;

describe('every message has one schema, in the table of the one receiver its name says', () => {
  it('has a case for every message type, and a schema for every case', () => {
    const defined = Object.values(TABLES).flatMap((table) => Object.keys(table));
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(TABLES))('%s: every type is named for it', (receiver, table) => {
    expect(Object.keys(table).length).toBeGreaterThan(0);
    for (const type of Object.keys(table)) expect(receiverOf(type)).toBe(receiver);
  });

  it('takes only from Rafiq itself what only Rafiq sends', () => {
    const rafiqOnly = Object.values(TABLES)
      .flatMap((table) => Object.entries(table as Table))
      .filter(([, d]) => d.from === 'rafiq')
      .map(([type]) => type)
      .sort();
    expect(rafiqOnly).toEqual([
      'background:get-tab-state',
      'background:set-page',
      'panel:focus-entity',
      'panel:tab-state',
    ]);
  });
});

describe('parseMessage validates what arrives', () => {
  const valid = entries.flatMap(([type, { valid }]) => valid.map((payload) => ({ ...payload, type })));
  const invalid = entries.flatMap(([type, { invalid }]) =>
    invalid.map((payload) => (typeof payload === 'object' && payload ? { ...payload, type } : payload)),
  );

  it.each(valid.map((m) => [m]))('accepts %j', (message) => {
    expect(parseMessage(TABLES[receiverOf(message.type)], message)).toEqual(message);
  });

  it.each(valid.map((m) => [m]))('no other receiver takes %j', (message) => {
    for (const [receiver, table] of Object.entries(TABLES))
      if (receiver !== receiverOf(message.type)) expect(parseMessage(table, message)).toBeNull();
  });

  it.each(invalid.map((m) => [m]))('rejects %j', (message) => {
    for (const table of Object.values(TABLES)) expect(parseMessage(table, message)).toBeNull();
  });

  it.each([
    [null],
    ['background:arabic-page'],
    [{}],
    [{ type: 'background:unknown' }],
    [{ type: 'toString' }],
    [{ type: '__proto__' }],
    [{ type: 'constructor' }],
    [{ type: 'background:toString' }],
    // The old names, by sender: no longer anyone's.
    [{ type: 'cs:arabic-page' }],
    [{ type: 'cs:get-details', id: 'china' }],
    [{ type: 'panel:get-tab-state', tabId: 3 }],
    [{ type: 'bg:paint', paint: true, active: true }],
  ])('rejects %j everywhere', (message) => {
    for (const table of Object.values(TABLES)) expect(parseMessage(table, message)).toBeNull();
  });

  it('passes on only what the schema names', () => {
    const parsed = parseMessage(PANEL, { type: 'panel:tab-state', tabId: 3, state: { ...state, extra: '<b>' } });
    expect(parsed).toEqual({ type: 'panel:tab-state', tabId: 3, state });
    expect(parseMessage(BACKGROUND, { type: 'background:get-details', id: 'china', more: 1 })).toEqual({
      type: 'background:get-details',
      id: 'china',
    });
  });
});

describe('handleMessages: one table per receiver', () => {
  const page: Sender = { tab: { id: 3 } as Sender['tab'], url: 'https://example.test/a', frameId: 0 };
  const rafiq: Sender = { url: fakeBrowser.runtime.getURL('/sidepanel.html') };
  /** Delivers a message as the browser would: the listener's return says whether an answer follows. */
  const deliver = async (raw: unknown, sender: Sender) => {
    const sendResponse = vi.fn();
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const kept = (await trigger(raw, sender, sendResponse)).includes(true);
    await new Promise((resolve) => setTimeout(resolve));
    return { kept, answers: sendResponse.mock.calls.map((call) => call[0]) };
  };

  beforeEach(() => fakeBrowser.reset());

  const panelHandlers = () => {
    const calls: string[] = [];
    const handlers: Handlers<typeof PANEL> = {
      'panel:tab-state': (m) => void calls.push(`state ${m.tabId}`),
      'panel:focus-entity': (m) => void calls.push(`focus ${m.id}`),
      'panel:hover': (m, sender) => void calls.push(`hover ${m.id} from ${sender.tab?.id}`),
    };
    return { calls, handlers };
  };

  it('hands a valid message to its handler, with the sender', async () => {
    const { calls, handlers } = panelHandlers();
    handleMessages(PANEL, handlers);
    expect(await deliver({ type: 'panel:hover', id: 'china' }, page)).toEqual({ kept: false, answers: [] });
    expect(calls).toEqual(['hover china from 3']);
  });

  it('ignores malformed messages and messages for other receivers', async () => {
    const { calls, handlers } = panelHandlers();
    handleMessages(PANEL, handlers);
    await deliver({ type: 'panel:hover', id: 42 }, page);
    await deliver({ type: 'background:open-panel', id: 'china' }, page);
    await deliver({ type: 'annotator:paint', paint: true, active: true }, rafiq);
    await deliver('panel:hover', page);
    expect(calls).toEqual([]);
  });

  it("drops what only Rafiq may send when a page's script sends it", async () => {
    const { calls, handlers } = panelHandlers();
    handleMessages(PANEL, handlers);
    await deliver({ type: 'panel:tab-state', tabId: 3, state: null }, page);
    await deliver({ type: 'panel:focus-entity', tabId: 3, id: 'china' }, page);
    expect(calls).toEqual([]);
    await deliver({ type: 'panel:tab-state', tabId: 3, state: null }, rafiq);
    await deliver({ type: 'panel:focus-entity', tabId: 3, id: 'china' }, rafiq);
    expect(calls).toEqual(['state 3', 'focus china']);
  });

  it('answers through sendResponse, sync or async, and keeps the channel open only then', async () => {
    const handlers: Handlers<typeof ANNOTATOR> = {
      'annotator:paint': () => undefined,
      'annotator:navigate': () => undefined,
      'annotator:scroll-to': ({ id }) => ({ found: id === 'china' }),
    };
    handleMessages(ANNOTATOR, handlers);
    expect(await deliver({ type: 'annotator:scroll-to', id: 'china' }, rafiq)).toEqual({
      kept: true,
      answers: [{ found: true }],
    });
    expect(await deliver({ type: 'annotator:paint', paint: true, active: true }, rafiq)).toEqual({
      kept: false,
      answers: [],
    });
    const stop = handleMessages(BACKGROUND, {
      'background:arabic-page': async () => undefined,
      'background:highlight-styles': async () => true,
      'background:page-state': async () => ({ paint: true, active: true }),
      'background:get-glossary': async () => null,
      'background:card-ui': async () => true,
      'background:get-details': async () => Promise.reject(new Error('gone')),
      'background:get-details-of': async () => ({}),
      'background:open-panel': async () => undefined,
      'background:get-tab-state': async () => null,
      'background:set-page': async () => undefined,
    });
    expect(await deliver({ type: 'background:page-state', findings }, page)).toEqual({
      kept: true,
      answers: [{ paint: true, active: true }],
    });
    expect((await deliver({ type: 'background:get-details', id: 'china' }, page)).answers).toEqual([undefined]);
    expect((await deliver({ type: 'background:get-tab-state', tabId: 3 }, page)).answers).toEqual([]);
    expect((await deliver({ type: 'background:get-tab-state', tabId: 3 }, rafiq)).answers).toEqual([null]);
    stop();
    expect(await deliver({ type: 'background:page-state', findings }, page)).toEqual({ kept: false, answers: [] });
  });

  it('needs a handler for every message of the table', () => {
    // @ts-expect-error a table without its `panel:hover` handler does not compile
    const incomplete: Handlers<typeof PANEL> = {
      'panel:tab-state': () => undefined,
      'panel:focus-entity': () => undefined,
    };
    expect(Object.keys(incomplete)).not.toContain('panel:hover');
  });
});
