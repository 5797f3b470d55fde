import { describe, expect, it } from 'vitest';
import type { PageFindings, TabState } from './messages';
import type { PaintReason } from './policy';
import { readableUrl, type Status, statusOf } from './status';

const URL = 'https://news.example/article';

function findings(isArabic: boolean, code: string, level: 'summit' | 'related' | 'none', entities = 3): PageFindings {
  return {
    url: URL,
    title: 't',
    language: { code, isArabic, reasons: [] } as unknown as PageFindings['language'],
    topic: { level, score: 0, reasons: [] } as unknown as PageFindings['topic'],
    packs: [{ pack: 'china-central-asia', level, score: 0, reasons: [] }],
    entities: Array.from({ length: entities }, (_, i) => ({ pack: 'china-central-asia', entity: `e${i}`, count: 1 })),
  };
}

function state(reason: PaintReason, highlighted: boolean, found: PageFindings | null): TabState {
  return { url: URL, site: 'news.example', findings: found, highlighted, reason, page: null, focus: null };
}

describe('what the popup and the panel say about a tab', () => {
  it.each<[string, TabState | null, string | undefined, Status]>([
    ['a browser page (no address revealed)', null, undefined, { code: 'unsupported' }],
    ['the web store', null, 'chrome://extensions/', { code: 'unsupported' }],
    ['a page without Arabic', null, URL, { code: 'no-arabic' }],
    ['Arabic seen, not read yet', state('off-topic', false, null), URL, { code: 'reading' }],
    [
      'paused, even with findings',
      state('paused', false, findings(true, 'ar', 'summit')),
      URL,
      { code: 'paused', action: 'resume' },
    ],
    ['off for the site', state('site-off', false, null), URL, { code: 'site-off', action: 'site-auto' }],
    [
      'off for the page',
      state('page-off', false, findings(true, 'ar', 'summit')),
      URL,
      { code: 'page-off', action: 'page-auto' },
    ],
    [
      'a Persian page',
      state('not-arabic', false, findings(false, 'fa', 'summit', 4)),
      URL,
      { code: 'other-language', language: 'fa', count: 4, action: 'paint-page' },
    ],
    [
      'Arabic, not about the summit: entities found but not painted',
      state('off-topic', false, findings(true, 'ar', 'none', 2)),
      URL,
      { code: 'off-topic', count: 2, action: 'paint-page' },
    ],
    [
      'painted automatically',
      state('on-topic', true, findings(true, 'ar', 'summit', 41)),
      URL,
      { code: 'painted', count: 41, by: 'auto' },
    ],
    [
      'painted: switched on for the page',
      state('page-on', true, findings(true, 'ar', 'none', 2)),
      URL,
      { code: 'painted', count: 2, by: 'page' },
    ],
    [
      'painted: switched on for the site',
      state('site-on', true, findings(false, 'fa', 'none', 0)),
      URL,
      { code: 'painted', count: 0, by: 'site' },
    ],
  ])('%s', (_, tab, url, expected) => {
    expect(statusOf(tab, url)).toEqual(expected);
  });

  it('never says "painted" when nothing is painted, nor offers to paint a painted page', () => {
    const reasons: PaintReason[] = [
      'page-on',
      'page-off',
      'paused',
      'site-on',
      'site-off',
      'on-topic',
      'off-topic',
      'not-arabic',
    ];
    for (const reason of reasons) {
      for (const highlighted of [true, false]) {
        const status = statusOf(state(reason, highlighted, findings(true, 'ar', 'summit')), URL);
        if (status.code === 'painted') expect(highlighted, reason).toBe(true);
        if ('action' in status && status.action === 'paint-page') expect(highlighted, reason).toBe(false);
      }
    }
  });

  it.each([
    ['https://a.example/', true],
    ['http://a.example/', true],
    ['file:///home/a.html', true],
    ['about:blank', false],
    ['moz-extension://x/popup.html', false],
    ['', false],
    [undefined, false],
  ])('reads %s: %s', (url, expected) => {
    expect(readableUrl(url)).toBe(expected);
  });
});
