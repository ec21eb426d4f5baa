import type { Locale } from './common.js';

/**
 * ISO 639 codes of the languages the app offers in its pickers: the national languages, then the
 * languages of the larger migrant communities in Flanders and Brussels (Tarifit, Tachelhit and Kabyle
 * for Amazigh speakers, Dari, Tigrinya ...). Written once for the web pickers, the server's checks
 * and the exports.
 */
export const offeredLanguageCodes = [
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

/**
 * Names for the languages that the CLDR data shipped in Chromium does not name in nl, fr or en (its
 * ICU is trimmed: `new Intl.DisplayNames(['fr'], {type: 'language'}).of('kab')` gives "kab"), and
 * that are core languages of this programme's public. Used before Intl, so a name is the same on the
 * server (Node's full ICU) and in every browser.
 *
 * Sources, reviewed for docs/glossary.md (section "Languages"): CLDR 48 language display names
 * (unicode-org/cldr, common/main/{nl,fr,en}.xml, as in Node 20's ICU 78), the ISO 639-3
 * registration authority's reference names (SIL: rif "Tarifit", shi "Tachelhit", kab "Kabyle",
 * zgh "Standard Moroccan Tamazight", ff "Fulah"), and the name the speakers use added in brackets
 * where CLDR's name is not the one coaches hear (Tarifit for "Riffian", Tachelhit for "Tashelhiyt").
 */
export const reviewedLanguageNames: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  nl: {
    rif: 'Tarifit (Riffijns)',
    shi: 'Tachelhit (Tashelhiyt)',
    kab: 'Kabylisch',
    zgh: 'Standaard Marokkaans Tamazight',
    ff: 'Fula (Peul)',
  },
  fr: {
    rif: 'tarifit (rifain)',
    shi: 'tachelhit (chleuh)',
    kab: 'kabyle',
    zgh: 'amazighe standard marocain',
    ff: 'peul',
  },
  en: {
    rif: 'Tarifit (Riffian)',
    shi: 'Tachelhit',
    kab: 'Kabyle',
    zgh: 'Standard Moroccan Tamazight',
    ff: 'Fula',
  },
};

type NameKind = 'language' | 'region';

function intlNames(locale: string, type: NameKind): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'none' });
  } catch {
    return null;
  }
}

function intlName(names: Intl.DisplayNames | null, code: string): string | null {
  try {
    const name = names?.of(code);
    // A trimmed ICU answers the code itself (or its upper-case form) when it has no name.
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/**
 * Names language codes in one UI language: the reviewed table, then Intl in that language, then
 * Intl in English; the bare code only for a code nobody names ("xx").
 */
export function languageNamer(locale: Locale): (code: string) => string {
  const own = intlNames(locale, 'language');
  const english = locale === 'en' ? own : intlNames('en', 'language');
  return (code) =>
    reviewedLanguageNames[locale][code] ?? intlName(own, code) ?? intlName(english, code) ?? code;
}

/** Names ISO 3166 country codes in one UI language ("MA" -> "Marokko"), the code only when unknown. */
export function countryNamer(locale: Locale): (code: string) => string {
  const own = intlNames(locale, 'region');
  return (code) => intlName(own, code) ?? code;
}

/** Whether a language code has a name (the reviewed table or Intl in English): "ti" yes, "xx" no. */
export function isNamedLanguage(code: string): boolean {
  return reviewedLanguageNames.en[code] !== undefined || intlName(intlNames('en', 'language'), code) !== null;
}

export interface NamedOption {
  code: string;
  name: string;
}

/** Codes with their names, sorted as readers of that language expect (for pickers). */
export function namedOptions(codes: readonly string[], locale: Locale, type: NameKind): NamedOption[] {
  const nameOf = type === 'language' ? languageNamer(locale) : countryNamer(locale);
  const collator = new Intl.Collator(locale);
  return codes.map((code) => ({ code, name: nameOf(code) })).sort((a, b) => collator.compare(a.name, b.name));
}
