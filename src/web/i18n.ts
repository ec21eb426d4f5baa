import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from './api/types';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

export const supportedLocales: readonly Locale[] = ['nl', 'fr', 'en'];
const storageKey = 'mentor2work.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** The language chosen before sign-in, remembered in this browser. */
export function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}

/**
 * On a first visit (no choice stored yet), the first of the browser's languages that we offer:
 * `fr-BE` gives French, `en-GB` English; a browser in German or Turkish gets Dutch.
 */
export function browserLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The current language as one of ours (i18next may report a region variant). */
export function currentLocale(i18n: I18n): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : 'nl';
}

/**
 * Builds the i18next instance with the three bundled languages, Dutch first and as fallback. The
 * language is the one chosen before in this browser, else the browser's own among nl, fr and en.
 * Error codes are nested (`errors.auth.invalid_credentials`), so the key separator stays '.'.
 * Keeps `<html lang>` in step with the language.
 */
export function createI18n(): I18n {
  const instance = createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = isLocale(language) ? language : 'nl';
  });
  void instance.init({
    resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
    lng: readStoredLocale() ?? browserLocale(navigatorLanguages()) ?? 'nl',
    fallbackLng: 'nl',
    supportedLngs: [...supportedLocales],
    keySeparator: '.',
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = currentLocale(instance);
  return instance;
}
