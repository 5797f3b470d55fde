// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../extension/i18n';
import type { TabState } from '../extension/messages';
import { buildGlossary } from '../glossary/build';
import type { LanguageReason, TopicReason } from '../lib/detect/reasons';
import { packLabels } from '../lib/pack-labels';
import ar from '../locales/ar/panel.json';
import en from '../locales/en/panel.json';
import zh from '../locales/zh/panel.json';
import { reasonRenderer, reasonStrings } from './reason-text';
import { Verdict } from './Verdict';

const topic: TopicReason[] = [
  { code: 'side-named', side: 'china', count: 3, groups: [] },
  { code: 'side-named', side: 'central-asia', count: 11, groups: ['kz', 'uz'] },
  { code: 'summit-signs' },
];
const language: LanguageReason[] = [
  { code: 'arabic-share', percent: 96, letters: 820 },
  { code: 'reads-as', lang: 'arb' },
];
const state: TabState = {
  url: 'https://example.test/a',
  site: 'example.test',
  findings: {
    url: 'https://example.test/a',
    title: 'عنوان',
    language: { code: 'ar', isArabic: true, reasons: language },
    topic: { level: 'summit', score: 6, reasons: topic },
    packs: [{ pack: 'china-central-asia', level: 'summit', score: 6, reasons: topic }],
    entities: [],
  },
  highlighted: true,
  reason: 'on-topic',
  page: null,
  focus: null,
};
const packs = packLabels(buildGlossary().index);
const i18n = createI18n({ panel: { en, zh, ar }, reasons: reasonStrings }, 'en');

function shown(props: Parameters<typeof Verdict>[0]) {
  render(h(Verdict, props), document.body);
  return [...document.querySelectorAll('.verdict li')].map((li) => ({
    code: li.getAttribute('data-reason-code'),
    bdi: li.querySelector(':scope > bdi')?.textContent ?? null,
  }));
}

afterEach(() => render(null, document.body));

describe('Verdict lists the reasons', () => {
  it('in the language of its t, each isolated in a <bdi>, topic first', () => {
    const items = shown({ state, t: i18n.getFixedT('ar', 'panel'), packs });
    const say = reasonRenderer('ar', packs[0]);
    expect(items).toEqual([...topic, ...language].map((r) => ({ code: r.code, bdi: say(r) })));
    for (const item of items) expect(item.bdi).toMatch(/[\u0621-\u064a]/);
    // The sides are named as the pack names them, in the interface language.
    expect(items[0]?.bdi).toContain('الصين');
  });

  it('in the language it is given, over that of t', () => {
    const items = shown({ state, t: i18n.getFixedT('en', 'panel'), language: 'zh', packs });
    const say = reasonRenderer('zh', packs[0]);
    expect(items.map((i) => i.bdi)).toEqual([...topic, ...language].map(say));
  });

  it('gives each pack its own verdict, titled and said with its own words', () => {
    const sco: TopicReason[] = [
      { code: 'side-named', side: 'sco', count: 3, groups: [] },
      { code: 'summit-named', count: 2 },
      { code: 'summit-signs' },
    ];
    const two: TabState = {
      ...state,
      findings: {
        ...(state.findings as NonNullable<TabState['findings']>),
        packs: [
          { pack: 'china-central-asia', level: 'none', score: 0, reasons: [{ code: 'in-passing' }] },
          { pack: 'sco', level: 'summit', score: 5, reasons: sco },
        ],
      },
    };
    render(h(Verdict, { state: two, t: i18n.getFixedT('en', 'panel'), packs, open: true }), document.body);
    const summary = document.querySelector('.verdict summary')?.textContent ?? '';
    expect(summary).toContain('Not about the China–Central Asia Summit');
    expect(summary).toContain('About the SCO summits');
    expect(document.querySelector('.verdict')?.getAttribute('data-level')).toBe('summit');
    const list = document.querySelector('.verdict ul[data-pack="sco"]');
    expect(list?.getAttribute('aria-label')).toBe('SCO summits');
    const say = reasonRenderer(
      'en',
      packs.find((p) => p.id === 'sco'),
    );
    expect([...(list?.querySelectorAll('bdi') ?? [])].map((b) => b.textContent)).toEqual(sco.map(say));
    expect(list?.querySelector('bdi')?.textContent).toBe('SCO is named 3 times');
    // In Arabic, the titles are the packs' own.
    render(h(Verdict, { state: two, t: i18n.getFixedT('ar', 'panel'), packs }), document.body);
    expect(document.querySelector('.verdict summary')?.textContent).toContain('عن قمم منظمة شنغهاي للتعاون');
  });

  it('shows no list before Rafiq has read the page', () => {
    expect(shown({ state: { ...state, findings: null }, t: i18n.getFixedT('en', 'panel') })).toEqual([]);
  });
});
