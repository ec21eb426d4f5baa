import { describe, expect, it } from 'vitest';
import { browserLocale } from './i18n';

describe('browserLocale', () => {
  it('takes the first of the browser’s languages that the programme offers', () => {
    expect(browserLocale(['fr-BE', 'nl-BE', 'en'])).toBe('fr');
    expect(browserLocale(['en-GB', 'fr'])).toBe('en');
    expect(browserLocale(['de-DE', 'tr', 'FR'])).toBe('fr');
    expect(browserLocale(['nl'])).toBe('nl');
  });

  it('has no answer for a browser without any of nl, fr or en', () => {
    expect(browserLocale(['de-DE', 'ar'])).toBeNull();
    expect(browserLocale([])).toBeNull();
  });
});
