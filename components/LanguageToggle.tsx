import type { TFunction } from 'i18next';
import { GLOSSARY_LANGUAGES, type GlossaryLanguage } from '../extension/settings';

interface Props {
  value: GlossaryLanguage;
  onChange: (language: GlossaryLanguage) => void;
  t: TFunction;
}

/** English / 中文 / both, as a segmented control of toggle buttons. */
export function LanguageToggle({ value, onChange, t }: Props) {
  return (
    <fieldset class="rafiq-toggle" aria-label={t('language.label')}>
      {GLOSSARY_LANGUAGES.map((language) => (
        <button
          type="button"
          aria-pressed={value === language}
          data-language={language}
          class={value === language ? 'active' : ''}
          onClick={() => onChange(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
