import { describe, expect, it } from 'vitest';
import { type PageFindings, parseMessage } from './messages';

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
      { code: 'china-named', count: 4 },
      { code: 'central-asia-named', count: 6, countries: ['kz', 'uz'] },
      { code: 'summit-signs' },
    ],
  },
  entities: [{ id: 'china', type: 'country', en: 'China', zh: '中国', count: 2 }],
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

describe('parseMessage validates what arrives', () => {
  it.each([
    [{ type: 'cs:arabic-page' }],
    [{ type: 'cs:page-state', findings }],
    [{ type: 'cs:highlight-styles', names: { focus: 'qkxmbtwzpa0', person: 'qkxmbtwzpa1' } }],
    [{ type: 'cs:highlight-styles', names: { person: 'rafiq-person' } }],
    [{ type: 'cs:get-details', id: 'xi-jinping' }],
    [{ type: 'cs:hover', id: null }],
    [{ type: 'cs:hover', id: 'china' }],
    [{ type: 'cs:open-panel', id: 'china' }],
    [{ type: 'panel:get-tab-state', tabId: 3 }],
    [{ type: 'panel:set-page', tabId: 3, value: 'on' }],
    [{ type: 'panel:set-page', tabId: 3, value: null }],
    [{ type: 'panel:scroll-to', id: 'china' }],
    [{ type: 'bg:tab-state', tabId: 3, state: null }],
    [{ type: 'bg:tab-state', tabId: 3, state }],
    [{ type: 'bg:paint', paint: false, active: true }],
    [{ type: 'bg:navigate', direction: -1 }],
    [{ type: 'bg:focus-entity', id: 'china', tabId: 3 }],
  ])('accepts %j', (message) => expect(parseMessage(message)).toEqual(message));

  it.each([
    [null],
    ['cs:arabic-page'],
    [{}],
    [{ type: 'cs:unknown' }],
    [{ type: 'toString' }],
    [{ type: '__proto__' }],
    [{ type: 'cs:get-details' }],
    [{ type: 'cs:get-details', id: 42 }],
    [{ type: 'cs:get-details', id: '' }],
    [{ type: 'cs:get-details', id: 'x'.repeat(500) }],
    [{ type: 'panel:get-tab-state', tabId: '3' }],
    [{ type: 'panel:get-tab-state', tabId: 1.5 }],
    [{ type: 'panel:set-page', tabId: 3, value: 'maybe' }],
    [{ type: 'bg:navigate', direction: 2 }],
    [{ type: 'bg:paint', paint: 'yes', active: true }],
    [{ type: 'bg:paint', paint: true }],
    [{ type: 'cs:page-state', findings: { ...findings, topic: { level: 'maybe' } } }],
    // Highlight names go into a stylesheet: only identifiers, never a rule of their own.
    [{ type: 'cs:highlight-styles', names: {} }],
    [{ type: 'cs:highlight-styles', names: { person: 'x) { color: red } ::highlight(y' } }],
    [{ type: 'cs:highlight-styles', names: { person: '9abc' } }],
    [{ type: 'cs:highlight-styles', names: { 'per son': 'abc' } }],
    [{ type: 'cs:highlight-styles', names: { person: 7 } }],
    [{ type: 'cs:highlight-styles', names: 'person' }],
    [{ type: 'cs:page-state', findings: { ...findings, entities: [{ id: 1 }] } }],
    [{ type: 'cs:page-state', findings: { ...findings, language: {} } }],
    [{ type: 'bg:tab-state', tabId: 3, state: { ...state, highlighted: 'yes' } }],
    // Reasons: codes with parameters, not the sentences they once were, and only codes the panel can say.
    [{ type: 'cs:page-state', findings: withReasons('language', ['franc reads it as arb']) }],
    [{ type: 'cs:page-state', findings: withReasons('topic', ['China named 4×']) }],
    [{ type: 'cs:page-state', findings: withReasons('topic', undefined) }],
    [{ type: 'cs:page-state', findings: withReasons('language', [{ lang: 'ar' }]) }],
    [{ type: 'cs:page-state', findings: withReasons('language', [{ code: 42 }]) }],
    [{ type: 'cs:page-state', findings: withReasons('language', [null]) }],
    [{ type: 'cs:page-state', findings: withReasons('topic', [{ code: 'no-such-reason' }]) }],
    [{ type: 'cs:page-state', findings: withReasons('topic', [{ code: 'toString' }]) }],
    [{ type: 'cs:page-state', findings: withReasons('topic', [{ code: 'china-named', count: '4' }]) }],
    [
      {
        type: 'cs:page-state',
        findings: withReasons('topic', [{ code: 'central-asia-named', count: 2, countries: 'kz' }]),
      },
    ],
    [
      {
        type: 'cs:page-state',
        findings: withReasons('language', [{ code: 'marker-letters', langs: [1], perThousand: 3 }]),
      },
    ],
    [{ type: 'bg:tab-state', tabId: 3, state: { ...state, findings: withReasons('topic', 'summit') } }],
  ])('rejects %j', (message) => expect(parseMessage(message)).toBeNull());
});
