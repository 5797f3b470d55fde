/**
 * The card's interface: the hover card, i18next and the card's strings. Built into a script of its
 * own (entrypoints/card), injected when the reader first shows intent (page/lazy-card.ts), so a
 * page that is only read never evaluates Preact, i18next or the locales.
 */

import { createI18n } from '../extension/i18n';
import type { UiLanguage } from '../extension/ui-language';
import type { CompiledGlossary } from '../lib/glossary-types';
import { type GlossaryLanguage, languagesOf, nameFor } from '../lib/languages';
import ar from '../locales/ar/card.json';
import en from '../locales/en/card.json';
import zh from '../locales/zh/card.json';
import { liveRange, type PlacedMention } from './highlights';
import { HoverCard } from './hover-card';

export interface CardUiOptions {
  glossary: CompiledGlossary;
  language: GlossaryLanguage;
  uiLanguage: UiLanguage;
  /** Called when the reader closes the card (Esc, ×). */
  onClose: () => void;
  /** How often the page mentions an entity (by its index in the glossary). */
  countOf: (entity: number) => number;
  /** The ids of the entities the page names. */
  onPage: () => readonly string[];
}

/** Where the keyboard is in the page, for the announcement of a card it opened. */
export interface Step {
  mention: PlacedMention;
  index: number;
  total: number;
}

export interface CardUi {
  readonly card: HoverCard;
  /** What a screen reader says as the keyboard reaches a mention: the entity, its type, where it is. */
  announcement(step: Step): string;
  setLanguage(language: GlossaryLanguage): void;
  setUiLanguage(language: UiLanguage): void;
}

export function createCardUi(options: CardUiOptions): CardUi {
  const { glossary } = options;
  const i18n = createI18n({ card: { en, zh, ar } }, options.uiLanguage);
  const languages = languagesOf(glossary.packs ?? []);
  let language = options.language;
  const card = new HoverCard(glossary, language, i18n, options.onClose, options.countOf, options.onPage);
  return {
    card,
    announcement: ({ mention, index, total }) => {
      const entity = glossary.entities[mention.entity];
      return i18n.t('announce', {
        name: (entity && nameFor(entity.name, language, languages)) || liveRange(mention.range).toString(),
        type: i18n.t(`type.${mention.type}`),
        index,
        total,
      });
    },
    setLanguage: (value) => {
      language = value;
      card.setLanguage(value);
    },
    setUiLanguage: (value) => {
      void i18n.changeLanguage(value).then(() => card.setI18n(i18n));
    },
  };
}
