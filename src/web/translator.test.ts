import { describe, expect, it, vi } from 'vitest';
import type { Locale } from './api/types';
import type { TextPart } from './locales/parts';
import { type Texts, Translator } from './translator';

const texts: Record<Locale, Partial<Record<TextPart, Texts>>> = {
  nl: {
    base: {
      common: { hello: 'Hallo {{name}}', items_one: '{{count}} item', items_other: '{{count}} items' },
    },
    app: { caseload: { title: 'Dossiers' }, common: { later: 'Later' } },
  },
  fr: {
    base: {
      common: {
        hello: 'Bonjour {{name}}',
        items_one: '{{count}} élément',
        items_other: '{{count}} éléments',
      },
    },
    app: { caseload: { title: 'Dossiers (fr)' }, common: { later: 'Plus tard' } },
  },
  en: { base: { common: { hello: 'Hello {{name}}' } }, app: {} },
};

function translatorFor(locale: Locale = 'nl') {
  const load = vi.fn(async (language: Locale, part: TextPart) => texts[language][part] ?? {});
  const onMissing = vi.fn();
  const onLanguage = vi.fn();
  return { translator: new Translator(locale, load, { onMissing, onLanguage }), load, onMissing, onLanguage };
}

describe('Translator', () => {
  it('fills values into the text of the current language', async () => {
    const { translator } = translatorFor();
    await translator.start();
    expect(translator.t('common.hello', { name: 'Amina' })).toBe('Hallo Amina');
  });

  it('chooses the plural form by count, with the language plural rules', async () => {
    const { translator } = translatorFor('fr');
    await translator.start();
    expect(translator.t('common.items', { count: 1 })).toBe('1 élément');
    expect(translator.t('common.items', { count: 0 })).toBe('0 élément');
    expect(translator.t('common.items', { count: 3 })).toBe('3 éléments');
  });

  it('takes the first key that exists, then the default value, and reports a missing key', async () => {
    const { translator, onMissing } = translatorFor();
    await translator.start();
    expect(translator.t(['errors.none', 'common.hello'], { name: 'x' })).toBe('Hallo x');
    expect(translator.t(['errors.none'], { defaultValue: 'Server says no' })).toBe('Server says no');
    expect(onMissing).not.toHaveBeenCalled();
    expect(translator.t('caseload.title')).toBe('caseload.title');
    expect(onMissing).toHaveBeenCalledWith('caseload.title', 'nl');
  });

  it('loads a part on demand and merges namespaces that two parts share', async () => {
    const { translator, load } = translatorFor();
    await translator.start();
    expect(translator.exists('caseload.title')).toBe(false);
    await translator.loadParts(['app']);
    expect(translator.t('caseload.title')).toBe('Dossiers');
    expect(translator.t('common.later')).toBe('Later');
    expect(translator.t('common.hello', { name: 'y' })).toBe('Hallo y');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('switches language with every part loaded so far, and tells who listens', async () => {
    const { translator, load, onLanguage } = translatorFor();
    await translator.start();
    await translator.loadParts(['app']);
    const listener = vi.fn();
    translator.subscribe(listener);
    const before = translator.t;
    await translator.changeLanguage('fr');
    expect(translator.language).toBe('fr');
    expect(translator.t('caseload.title')).toBe('Dossiers (fr)');
    expect(load).toHaveBeenCalledWith('fr', 'base');
    expect(load).toHaveBeenCalledWith('fr', 'app');
    expect(onLanguage).toHaveBeenLastCalledWith('fr');
    expect(listener).toHaveBeenCalled();
    expect(translator.t).not.toBe(before);
  });

  it('has every part in the new language when a part is asked for while the language changes', async () => {
    const { translator, onMissing } = translatorFor('nl');
    await translator.start();
    // The session arrives in French while the signed-in shell asks for its texts, both at once.
    await Promise.all([translator.changeLanguage('fr'), translator.loadParts(['app'])]);
    expect(translator.language).toBe('fr');
    expect(translator.t('caseload.title')).toBe('Dossiers (fr)');
    await Promise.all([translator.loadParts(['app']), translator.changeLanguage('nl')]);
    expect(translator.t('caseload.title')).toBe('Dossiers');
    expect(onMissing).not.toHaveBeenCalled();
  });
});
