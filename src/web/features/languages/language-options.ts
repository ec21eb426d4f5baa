import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * ISO 639 codes of the languages most spoken by job seekers and mentors in Flanders and Brussels:
 * the national languages, then the languages of the larger migrant communities (Tarifit, Tachelhit
 * and Kabyle for Amazigh speakers, Dari, Tigrinya ...). Names come from Intl.DisplayNames.
 */
export const languageCodes = [
  'nl',
  'fr',
  'en',
  'de',
  'ar',
  'tr',
  'rif',
  'shi',
  'kab',
  'zgh',
  'ti',
  'am',
  'so',
  'prs',
  'fa',
  'ps',
  'ku',
  'ckb',
  'ru',
  'uk',
  'pl',
  'ro',
  'bg',
  'es',
  'pt',
  'it',
  'el',
  'sq',
  'sr',
  'bs',
  'hr',
  'mk',
  'hy',
  'ka',
  'ur',
  'hi',
  'bn',
  'pa',
  'ne',
  'ta',
  'zh',
  'vi',
  'tl',
  'ln',
  'sw',
  'wo',
  'ff',
  'ha',
  'yo',
] as const;

export interface NamedOption {
  code: string;
  name: string;
}

function displayNames(language: string, type: 'language' | 'region'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language, 'en'], { type, fallback: 'code' });
  } catch {
    return null;
  }
}

/** Names a set of codes in the current language, sorted as people of that language expect. */
export function nameCodes(
  codes: readonly string[],
  language: string,
  type: 'language' | 'region',
): NamedOption[] {
  const names = displayNames(language, type);
  const collator = new Intl.Collator(language);
  return codes
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The language list in the page's language. */
export function useLanguageOptions(): NamedOption[] {
  const { i18n } = useTranslation();
  return useMemo(() => nameCodes(languageCodes, i18n.language, 'language'), [i18n.language]);
}

/** One language code as a name in the page's language ("ar" -> "Arabisch"). */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = displayNames(i18n.language, 'language');
    return (code: string) => names?.of(code) ?? code;
  }, [i18n.language]);
}
