import { ApiRequestError } from '../../api/client';
import type { I18n, TFunction } from '../../translator';
import { type FormErrors, formErrorsFrom, translateErrorCode } from '../forms/form-errors';

/**
 * Form errors for a form with these fields: a message about a field the form does not show (the
 * meeting itself, say) becomes the summary message instead of a link to nowhere.
 */
export function formErrorsFor(
  error: unknown,
  fieldNames: readonly string[],
  t: TFunction,
  i18n: I18n,
): FormErrors {
  const errors = formErrorsFrom(error, t, i18n);
  const known = Object.entries(errors.fields).filter(([name]) => fieldNames.includes(name));
  if (known.length === Object.keys(errors.fields).length) return errors;
  const code = error instanceof ApiRequestError ? error.code : 'unknown';
  return {
    message: known.length > 0 ? errors.message : translateErrorCode(t, i18n, code),
    fields: Object.fromEntries(known),
  };
}
