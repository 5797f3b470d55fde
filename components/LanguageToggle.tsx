import type { TFunction } from 'i18next';
import { autonym, EVERY_LANGUAGE, type GlossaryLanguage, languageChoices } from '../lib/languages';

interface Props {
  value: GlossaryLanguage;
  onChange: (language: GlossaryLanguage) => void;
  /** The languages the glossary carries (`languagesOf` its packs). */
  available: readonly string[];
  t: TFunction;
}

/**
 * A glossary language's label, under `prefix` in the strings (`language.en`): English and 中文
 * are there; a language only a pack carries is named in itself; `both` says "All" when the
 * glossary carries more than two.
 */
export function languageLabel(t: TFunction, prefix: string, choice: GlossaryLanguage, available: readonly string[]) {
  if (choice === EVERY_LANGUAGE) return t(`${prefix}.${available.length > 2 ? 'all' : 'both'}`);
  return t(`${prefix}.${choice}`, { defaultValue: autonym(choice) });
}

/** Each glossary language, then both (or all), as a segmented control of toggle buttons. */
export function LanguageToggle({ value, onChange, available, t }: Props) {
  return (
    <fieldset class="rafiq-toggle" aria-label={t('language.label')}>
      {languageChoices(available).map((language) => (
        <button
          type="button"
          key={language}
          aria-pressed={value === language}
          data-language={language}
          class={value === language ? 'active' : ''}
          onClick={() => onChange(language)}
        >
          {languageLabel(t, 'language', language, available)}
        </button>
      ))}
    </fieldset>
  );
}
