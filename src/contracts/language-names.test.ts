import { afterEach, describe, expect, it, vi } from 'vitest';
import { locales } from './common.js';
import {
  countryNamer,
  isNamedLanguage,
  languageNamer,
  namedOptions,
  offeredLanguageCodes,
  reviewedLanguageNames,
} from './language-names.js';

describe('language names', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(locales)('names every language the app offers in %s, never as its bare code', (locale) => {
    const nameOf = languageNamer(locale);
    const bare = offeredLanguageCodes.filter((code) => {
      const name = nameOf(code);
      return !name || name.toLowerCase() === code.toLowerCase();
    });
    expect(bare).toEqual([]);
  });

  it.each(locales)('names every offered language in %s with an ICU trimmed as in Chromium', (locale) => {
    // Chromium 156's ICU answers the bare code for these in nl, fr and en (checked in the browser
    // journey test/e2e/mentee-application.spec.ts as well).
    const missingInChromium = new Set(['rif', 'shi', 'kab', 'zgh', 'ff']);
    const RealDisplayNames = Intl.DisplayNames;
    class TrimmedDisplayNames extends RealDisplayNames {
      override of(code: string): string | undefined {
        return missingInChromium.has(code) ? code : super.of(code);
      }
    }
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: TrimmedDisplayNames });
    const nameOf = languageNamer(locale);
    const bare = offeredLanguageCodes.filter((code) => nameOf(code).toLowerCase() === code);
    expect(bare).toEqual([]);
  });

  it('names the Amazigh languages and Fula from the reviewed table, the same as in any browser', () => {
    expect(languageNamer('nl')('kab')).toBe('Kabylisch');
    expect(languageNamer('fr')('rif')).toBe('tarifit (rifain)');
    expect(languageNamer('en')('shi')).toBe('Tachelhit');
    expect(languageNamer('fr')('ff')).toBe('peul');
    expect(languageNamer('nl')('zgh')).toBe('Standaard Marokkaans Tamazight');
  });

  it('has a reviewed name in every UI language for each code of the table, and only offered codes', () => {
    const codes = Object.keys(reviewedLanguageNames.en).sort();
    for (const locale of locales) expect(Object.keys(reviewedLanguageNames[locale]).sort()).toEqual(codes);
    for (const code of codes) expect(offeredLanguageCodes).toContain(code);
  });

  it('falls back to Intl in the reader language, and to the code only for a code nobody names', () => {
    expect(languageNamer('nl')('ar')).toBe('Arabisch');
    expect(languageNamer('fr')('ti')).toBe('tigrigna');
    expect(languageNamer('en')('xx')).toBe('xx');
  });

  it('knows the offered codes and refuses an unknown one', () => {
    for (const code of offeredLanguageCodes) expect(isNamedLanguage(code)).toBe(true);
    expect(isNamedLanguage('xx')).toBe(false);
    expect(isNamedLanguage('not a code')).toBe(false);
  });

  it('names countries and sorts options as readers of the language expect', () => {
    expect(countryNamer('nl')('MA')).toBe('Marokko');
    expect(countryNamer('fr')('BE')).toBe('Belgique');
    const names = namedOptions(['rif', 'ar', 'en'], 'nl', 'language').map((o) => o.name);
    expect(names).toEqual(['Arabisch', 'Engels', 'Tarifit (Riffijns)']);
  });
});
