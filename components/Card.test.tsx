// @vitest-environment happy-dom
/**
 * A third explanation language, end to end below the browser: the example pack carries Russian;
 * compiled beside the bundled packs, the card, the panel's list and the language toggle offer and
 * show it, and a bundled entity (English and Chinese only) falls back to English, marked as such.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import example from '../docs/example-pack.json' with { type: 'json' };
import { createI18n } from '../extension/i18n';
import collisions from '../glossary/collisions.json' with { type: 'json' };
import { compileGlossary } from '../glossary/compile';
import { PACKS } from '../glossary/index';
import { loadPack } from '../glossary/pack';
import { languagesOf, shownLanguages } from '../lib/languages';
import arCard from '../locales/ar/card.json';
import arPanel from '../locales/ar/panel.json';
import enCard from '../locales/en/card.json';
import enPanel from '../locales/en/panel.json';
import zhCard from '../locales/zh/card.json';
import zhPanel from '../locales/zh/panel.json';
import { Card } from './Card';
import { EntityList } from './EntityList';
import { entryAsText } from './entry-text';
import { LanguageToggle } from './LanguageToggle';

const { index, details } = compileGlossary([...PACKS, loadPack(example, 'example')], { collisions });
const available = languagesOf(index.packs ?? []);
const entity = (id: string) => {
  const found = index.entities.find((e) => e.id === id);
  if (!found) throw new Error(`${id} is not in the glossary`);
  return found;
};
const i18n = createI18n(
  { card: { en: enCard, zh: zhCard, ar: arCard }, panel: { en: enPanel, zh: zhPanel, ar: arPanel } },
  'en',
);

let root: HTMLElement;
function draw(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The text of each element matching `selector`, with its `lang`. */
const marked = (el: HTMLElement, selector: string) =>
  [...el.querySelectorAll<HTMLElement>(selector)].map((e) => [e.lang, e.textContent]);

function card(id: string, language: string) {
  return draw(
    <Card
      entity={entity(id)}
      written={entity(id).ar}
      language={language}
      languages={shownLanguages(language, available)}
      details={details[id]}
      t={i18n.getFixedT('en', 'card')}
    />,
  );
}

describe('a third explanation language, as data', () => {
  it('is offered once a pack carries it: in the packs’ order, named in itself, then “All”', () => {
    expect(available).toEqual(['en', 'zh', 'ru']);
    const el = draw(
      <LanguageToggle value="ru" onChange={() => {}} available={available} t={i18n.getFixedT('en', 'panel')} />,
    );
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['English', '中文', 'Русский', 'All']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
  });

  it('names and explains an entity of that pack in it, marked with its language', () => {
    const el = card('port-of-aktau', 'ru');
    expect(marked(el, '.rafiq-name bdi')).toEqual([['ru', 'Порт Актау']]);
    expect(marked(el, '.rafiq-explanation')).toEqual([['ru', example.entries[0]?.explanation.ru]]);
  });

  it('shows an entity whose pack lacks the language in English, marked as English', () => {
    const el = card('xi-jinping', 'ru');
    expect(marked(el, '.rafiq-name bdi')).toEqual([['en', 'Xi Jinping']]);
    expect(marked(el, '.rafiq-explanation').map(([lang]) => lang)).toEqual(['en']);
  });

  it('shows every language an entity has under “All”, the reading after its name, nothing twice', () => {
    expect(marked(card('port-of-aktau', 'both'), '.rafiq-name bdi')).toEqual([
      ['en', 'Port of Aktau'],
      ['zh', '阿克套港'],
      ['zh-Latn', 'Ākètào Gǎng'],
      ['ru', 'Порт Актау'],
    ]);
    const xi = card('xi-jinping', 'both');
    expect(marked(xi, '.rafiq-name bdi').map(([lang]) => lang)).toEqual(['en', 'zh', 'zh-Latn']);
    expect(marked(xi, '.rafiq-explanation').map(([lang]) => lang)).toEqual(['en', 'zh']);
  });

  it('lists the page’s entities in the panel in the chosen language', () => {
    const row = (id: string) => ({ ...entity(id), count: 1 });
    const el = draw(
      <EntityList
        entities={[row('port-of-aktau'), row('astana')]}
        languages={shownLanguages('ru', available)}
        t={i18n.getFixedT('en', 'panel')}
        typeLabel={(type) => type}
        active={null}
        onSelect={() => {}}
      />,
    );
    expect(marked(el, '.rafiq-name bdi')).toEqual([
      ['ru', 'Порт Актау'],
      ['en', 'Astana'],
    ]);
  });

  it('copies every name, reading and explanation the entry has', () => {
    const port = entity('port-of-aktau');
    const text = entryAsText(port, `و${port.ar}`, details['port-of-aktau']).split('\n');
    expect(text[0]).toBe('Port of Aktau — 阿克套港 (Ākètào Gǎng) — Порт Актау');
    expect(text[1]).toBe(`و${port.ar} → ${port.ar}`);
    expect(text.slice(2, 5)).toEqual(Object.values(example.entries[0]?.explanation ?? {}));
    expect(text[5]).toBe('as of 2026-12');
  });
});
