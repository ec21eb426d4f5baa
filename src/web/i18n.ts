import { locales } from '../contracts/base-vocabulary';
import type { Locale } from './api/types';
import type { TextPart } from './locales/parts';
import { type I18n, Translator } from './translator';

export const supportedLocales: readonly Locale[] = locales;
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

/** The current language. */
export function currentLocale(i18n: I18n): Locale {
  return i18n.language;
}

type Texts = Record<string, never>;
/** One chunk per language and part; vite.config.ts cuts the locale files. */
const loaders: Record<TextPart, Record<string, () => Promise<Texts>>> = {
  base: import.meta.glob<Texts>('./locales/*.json', { query: '?part=base', import: 'default' }),
  auth: import.meta.glob<Texts>('./locales/*.json', { query: '?part=auth', import: 'default' }),
  apply: import.meta.glob<Texts>('./locales/*.json', { query: '?part=apply', import: 'default' }),
  app: import.meta.glob<Texts>('./locales/*.json', { query: '?part=app', import: 'default' }),
};

async function loadTexts(locale: Locale, part: TextPart): Promise<Texts> {
  const load = loaders[part][`./locales/${locale}.json`];
  if (!load) throw new Error(`No texts for ${locale}/${part}`);
  return load();
}

/**
 * The translator of this page, with the texts of the frame (`base`) in the language to show (the one chosen in
 * this browser, else the browser's own among nl, fr and en, else Dutch) loaded before the first page is drawn. Every language has every key
 * (locales.test.ts), so no fallback language is loaded beside it. Keeps `<html lang>` in step with the
 * language. A missing key is reported in the console (the browser tests fail on console errors).
 */
export const translator = new Translator(
  readStoredLocale() ?? browserLocale(navigatorLanguages()) ?? 'nl',
  loadTexts,
  {
    onLanguage: (locale) => {
      document.documentElement.lang = locale;
    },
    onMissing: (key, locale) => console.error(`Missing text "${key}" (${locale})`),
  },
);
