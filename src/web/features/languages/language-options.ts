import { useMemo } from 'react';
import {
  languageNamer,
  type NamedOption,
  namedOptions,
  offeredLanguageCodes,
} from '../../../contracts/language-names';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';

/** The languages the pickers offer (one list for web and server), in the page's language, sorted by name. */
export function useLanguageOptions(): NamedOption[] {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return useMemo(() => namedOptions(offeredLanguageCodes, locale, 'language'), [locale]);
}

/** One language code as a name in the page's language ("ar" -> "Arabisch", "kab" -> "Kabylisch"). */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return useMemo(() => languageNamer(locale), [locale]);
}

export type { NamedOption };
