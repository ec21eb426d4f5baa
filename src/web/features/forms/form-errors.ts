import { ApiRequestError } from '../../api/client';
import type { I18n, TFunction } from '../../translator';

/** What a form shows after a failed submit: one summary message and messages per field name. */
export interface FormErrors {
  message: string | null;
  fields: Record<string, string>;
}

export const noFormErrors: FormErrors = { message: null, fields: {} };

export function hasFormErrors(errors: FormErrors): boolean {
  return errors.message !== null || Object.keys(errors.fields).length > 0;
}

/** Where the server put the request part in a validation path; the form only needs the field. */
const requestParts = new Set(['body', 'querystring', 'params', 'headers']);

function hasString(i18n: I18n, key: string): boolean {
  return i18n.exists(key);
}

function retryAfterSeconds(details: unknown): number | null {
  if (typeof details !== 'object' || details === null) return null;
  const seconds = (details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

function formatWait(seconds: number, language: string): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : [minutes, 'minute'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** The translated text for an API error code; unknown codes get the generic message. */
export function translateErrorCode(t: TFunction, i18n: I18n, code: string, details?: unknown): string {
  const key = `errors.${code}`;
  const text = hasString(i18n, key) ? t(key) : t('errors.unknown');
  const seconds = code === 'auth.throttled' || code === 'rate_limited' ? retryAfterSeconds(details) : null;
  return seconds ? `${text} ${t('errors.retryAfter', { wait: formatWait(seconds, i18n.language) })}` : text;
}

function translateFieldCode(t: TFunction, i18n: I18n, code: string): string {
  if (hasString(i18n, `errors.${code}`)) return t(`errors.${code}`);
  if (hasString(i18n, `fieldErrors.${code}`)) return t(`fieldErrors.${code}`);
  return t('fieldErrors.invalid');
}

function namedField(details: unknown): string | null {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return null;
  const field = (details as { field?: unknown }).field;
  return typeof field === 'string' && field ? field : null;
}

/**
 * Turns any thrown error into form errors: the translated code as the summary, and for
 * `validation.failed` (or a domain error naming fields) a translated message next to each field.
 */
export function formErrorsFrom(error: unknown, t: TFunction, i18n: I18n): FormErrors {
  if (!(error instanceof ApiRequestError)) return { message: t('errors.unknown'), fields: {} };
  const fields: Record<string, string> = {};
  for (const issue of error.fieldIssues) {
    const path = requestParts.has(issue.path[0] ?? '') ? issue.path.slice(1) : issue.path;
    const field = path.join('.');
    if (field && !fields[field]) fields[field] = translateFieldCode(t, i18n, issue.code);
  }
  // A domain error may name its one field as `details.field` ({ code, details: { field: 'startsAt' } }).
  const single = namedField(error.details);
  if (single && !fields[single]) fields[single] = translateFieldCode(t, i18n, error.code);
  const named = Object.keys(fields).length > 0 && error.code !== 'validation.failed';
  const message = translateErrorCode(t, i18n, named ? 'validation.failed' : error.code, error.details);
  return { message, fields };
}

/** Client-side checks before sending: the same shape as server errors, so one summary shows both. */
export function checkRequired(values: Record<string, string>, t: TFunction): FormErrors {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!value) fields[name] = t('fieldErrors.required');
  }
  return Object.keys(fields).length > 0 ? { message: t('errors.validation.failed'), fields } : noFormErrors;
}

/** Merges client-side findings; the first message per field wins. */
export function mergeFormErrors(...all: FormErrors[]): FormErrors {
  const fields: Record<string, string> = {};
  let message: string | null = null;
  for (const errors of all) {
    message = message ?? errors.message;
    for (const [name, text] of Object.entries(errors.fields)) fields[name] = fields[name] ?? text;
  }
  return { message, fields };
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return emailPattern.test(value);
}
