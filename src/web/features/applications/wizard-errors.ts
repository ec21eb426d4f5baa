import { ApiRequestError } from '../../api/client';
import type { I18n, TFunction } from '../../translator';
import { type FormErrors, formErrorsFrom, noFormErrors, translateErrorCode } from '../forms/form-errors';

/** Which step holds a field, by the first part of its name ("languages.0.code" -> "languages"). */
export type StepOfField = (field: string) => number;

export function stepOfFieldFrom(stepFields: readonly (readonly string[])[], fallback: number): StepOfField {
  return (field) => {
    const head = field.split('.')[0] ?? field;
    const index = stepFields.findIndex((fields) => fields.includes(head) || fields.includes(field));
    return index >= 0 ? index : fallback;
  };
}

/**
 * The server's answer to a failed application as form errors. Domain codes that name no field
 * (`application.unknown_postcode`) are put on the field they are about.
 */
export function applicationErrorsFrom(
  error: unknown,
  t: TFunction,
  i18n: I18n,
  codeFields: Record<string, string>,
): FormErrors {
  const errors = formErrorsFrom(error, t, i18n);
  if (!(error instanceof ApiRequestError) || Object.keys(errors.fields).length > 0) return errors;
  const field = codeFields[error.code];
  if (!field) return errors;
  return {
    message: translateErrorCode(t, i18n, 'validation.failed'),
    fields: { [field]: translateErrorCode(t, i18n, error.code) },
  };
}

/** The errors shown on one step: its own fields, and the message only when something is wrong there. */
export function errorsOnStep(errors: FormErrors, stepOf: StepOfField, step: number): FormErrors {
  const fields = Object.fromEntries(
    Object.entries(errors.fields).filter(([field]) => stepOf(field) === step),
  );
  const hasFields = Object.keys(errors.fields).length > 0;
  if (hasFields && Object.keys(fields).length === 0) return noFormErrors;
  return { message: errors.message, fields };
}

/** The first step with a field error, or null. */
export function firstStepWithErrors(errors: FormErrors, stepOf: StepOfField): number | null {
  const steps = Object.keys(errors.fields).map(stepOf);
  return steps.length > 0 ? Math.min(...steps) : null;
}

/** Drops one step's field errors (they were fixed) and keeps the others. */
export function withoutStep(errors: FormErrors, stepOf: StepOfField, step: number): FormErrors {
  const fields = Object.fromEntries(
    Object.entries(errors.fields).filter(([field]) => stepOf(field) !== step),
  );
  return Object.keys(fields).length > 0 ? { message: errors.message, fields } : noFormErrors;
}

/** A readable label for a field name, rows numbered from 1 ("experience.1.title" -> "Job 2: Job title"). */
export function labelOfField(field: string, t: TFunction): string {
  const parts = field.split('.');
  const [head, index, leaf] = parts;
  if (index !== undefined && /^\d+$/.test(index)) {
    const row = t(`apply.rows.${head}`, { number: Number(index) + 1 });
    return leaf ? `${row}: ${t(`apply.fields.${leaf}`, { defaultValue: leaf })}` : row;
  }
  return t(`apply.fields.${parts.join('_')}`, { defaultValue: field });
}
