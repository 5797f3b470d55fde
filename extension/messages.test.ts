import { describe, expect, it } from 'vitest';
import { parseMessage, type TabState } from './messages';

const state: TabState = {
  url: 'https://example.test/a',
  title: 'عنوان',
  language: { code: 'ar', isArabic: true, reasons: [] },
  topic: { level: 'summit', score: 3, reasons: [] },
  highlighted: true,
  entities: [{ id: 'china', type: 'country', en: 'China', zh: '中国', count: 2 }],
};

describe('parseMessage validates what arrives', () => {
  it.each([
    [{ type: 'cs:arabic-page' }],
    [{ type: 'cs:page-state', state }],
    [{ type: 'cs:get-details', id: 'xi-jinping' }],
    [{ type: 'panel:get-tab-state', tabId: 3 }],
    [{ type: 'bg:tab-state', tabId: 3, state: null }],
  ])('accepts %j', (message) => expect(parseMessage(message)).toEqual(message));

  it.each([
    [null],
    ['cs:arabic-page'],
    [{}],
    [{ type: 'cs:unknown' }],
    [{ type: 'toString' }],
    [{ type: 'cs:get-details' }],
    [{ type: 'cs:get-details', id: 42 }],
    [{ type: 'cs:get-details', id: 'x'.repeat(500) }],
    [{ type: 'panel:get-tab-state', tabId: '3' }],
    [{ type: 'panel:get-tab-state', tabId: 1.5 }],
    [{ type: 'cs:page-state', state: { ...state, topic: { level: 'maybe' } } }],
    [{ type: 'cs:page-state', state: { ...state, entities: [{ id: 1 }] } }],
    [{ type: 'cs:page-state', state: { ...state, highlighted: 'yes' } }],
  ])('rejects %j', (message) => expect(parseMessage(message)).toBeNull());
});
