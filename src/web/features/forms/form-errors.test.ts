import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/client';
import fr from '../../locales/fr.json';
import nl from '../../locales/nl.json';
import { type Texts, Translator } from '../../translator';
import { formErrorsFrom } from './form-errors';

async function i18nIn(language: 'nl' | 'fr') {
  const translator = new Translator(language, async (locale) => (locale === 'fr' ? fr : nl) as Texts);
  await translator.start();
  return translator;
}

describe('formErrorsFrom', () => {
  it('names the limit of a value that is too long or too short', async () => {
    const error = new ApiRequestError(400, 'validation.failed', 'invalid', [
      { path: ['body', 'notes'], code: 'too_big', message: 'x', limit: 2000, origin: 'string' },
      { path: ['body', 'capacity'], code: 'too_small', message: 'x', limit: 1, origin: 'number' },
      { path: ['body', 'tags'], code: 'too_big', message: 'x', limit: 10, origin: 'array' },
    ]);
    const nlI18n = await i18nIn('nl');
    const nlErrors = formErrorsFrom(error, nlI18n.t, nlI18n);
    expect(nlErrors.fields).toEqual({
      notes: 'Dit is te lang: maximaal 2000 tekens.',
      capacity: 'Dit getal is te klein: minstens 1.',
      tags: 'Dit zijn er te veel: hoogstens 10.',
    });
    const frI18n = await i18nIn('fr');
    expect(formErrorsFrom(error, frI18n.t, frI18n).fields.notes).toBe(
      'C’est trop long : 2000 caractères au maximum.',
    );
  });

  it('says what has to happen first when a step does not fit the status', async () => {
    const i18n = await i18nIn('nl');
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
