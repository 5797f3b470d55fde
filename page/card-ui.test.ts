// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../glossary/build';
import { createCardUi } from './card-ui';
import type { PlacedMention } from './highlights';

const { index } = buildGlossary();

const mentionOf = (id: string): PlacedMention => {
  const entity = index.entities.findIndex((e) => e.id === id);
  const range = document.createRange();
  range.selectNodeContents(document.createTextNode('شي جين بينغ'));
  return { entity, type: index.entities[entity]?.type ?? '', start: 0, end: 11, range };
};

describe('createCardUi', () => {
  const options = { glossary: index, onClose: () => {}, countOf: () => 0, onPage: () => [] };

  it('announces a mention in the interface language, named in the glossary language, and follows both', async () => {
    const ui = createCardUi({ ...options, language: 'en', uiLanguage: 'en' });
    const step = { mention: mentionOf('xi-jinping'), index: 2, total: 5 };
    expect(ui.announcement(step)).toBe('Xi Jinping (Person), 2 of 5 on this page');
    ui.setLanguage('zh');
    expect(ui.announcement(step)).toBe('习近平 (Person), 2 of 5 on this page');
    ui.setUiLanguage('zh');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ui.announcement(step)).toBe('习近平（人物），本页第 2 处，共 5 处');
  });

  it('says the words of the page when the entity is not in the glossary', () => {
    const ui = createCardUi({ ...options, language: 'en', uiLanguage: 'en' });
    const mention = { ...mentionOf('xi-jinping'), entity: -1, type: 'person' };
    expect(ui.announcement({ mention, index: 1, total: 1 })).toBe('شي جين بينغ (Person), 1 of 1 on this page');
  });
});
