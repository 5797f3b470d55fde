import { useEffect, useState } from 'preact/hooks';
import { type GlossaryLanguage, glossaryLanguage, readGlossaryLanguage } from './settings';

/** The stored glossary language, kept current when any surface changes it. */
export function useGlossaryLanguage(): [GlossaryLanguage, (language: GlossaryLanguage) => void] {
  const [language, setLanguage] = useState<GlossaryLanguage>('en');
  useEffect(() => {
    void readGlossaryLanguage().then(setLanguage);
    return glossaryLanguage.watch((value) => setLanguage(value ?? 'en'));
  }, []);
  return [language, (value) => void glossaryLanguage.setValue(value)];
}
