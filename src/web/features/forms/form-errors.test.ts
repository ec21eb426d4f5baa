import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/client';
import fr from '../../locales/fr.json';
import nl from '../../locales/nl.json';
import { formErrorsFrom } from './form-errors';

function i18nIn(language: 'nl' | 'fr') {
  const i18n = createInstance();
  void i18n.init({
    resources: { nl: { translation: nl }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'nl',
    keySeparator: '.',
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}

describe('formErrorsFrom', () => {
  it('names the limit of a value that is too long or too short', () => {
    const error = new ApiRequestError(400, 'validation.failed', 'invalid', [
      { path: ['body', 'notes'], code: 'too_big', message: 'x', limit: 2000, origin: 'string' },
      { path: ['body', 'capacity'], code: 'too_small', message: 'x', limit: 1, origin: 'number' },
      { path: ['body', 'tags'], code: 'too_big', message: 'x', limit: 10, origin: 'array' },
    ]);
    const nlErrors = formErrorsFrom(error, i18nIn('nl').t, i18nIn('nl'));
    expect(nlErrors.fields).toEqual({
      notes: 'Dit is te lang: maximaal 2000 tekens.',
      capacity: 'Dit getal is te klein: minstens 1.',
      tags: 'Dit zijn er te veel: hoogstens 10.',
    });
    const frI18n = i18nIn('fr');
    expect(formErrorsFrom(error, frI18n.t, frI18n).fields.notes).toBe(
      'C’est trop long : 2000 caractères au maximum.',
    );
  });

  it('says what has to happen first when a step does not fit the status', () => {
    const i18n = i18nIn('nl');
    const decision = new ApiRequestError(409, 'person.invalid_transition', 'not now', [
      {
        path: ['decision'],
        code: 'person.invalid_transition',
        message: 'x',
        firstStep: 'record_assessment',
      },
    ]);
    expect(formErrorsFrom(decision, i18n.t, i18n).fields.decision).toContain(
      'Noteer eerst de beoordeling van het intakegesprek',
    );
    const intake = new ApiRequestError(409, 'person.invalid_transition', 'not now', {
      firstStep: 'change_assessment',
    });
    expect(formErrorsFrom(intake, i18n.t, i18n).message).toContain('pas de beoordeling aan');
  });
});
