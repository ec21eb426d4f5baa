import { ApiRequestError, type FieldIssue } from '../../api/client';
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

/** "Plan the intake first": what has to happen before a step that does not fit the status. */
function firstStepText(t: TFunction, i18n: I18n, details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const step = (details as { firstStep?: unknown }).firstStep;
  const key = `errors.firstStep.${String(step)}`;
  return typeof step === 'string' && hasString(i18n, key) ? t(key) : null;
}

/** The translated text for an API error code; unknown codes get the generic message. */
export function translateErrorCode(t: TFunction, i18n: I18n, code: string, details?: unknown): string {
  const key = `errors.${code}`;
  const text = hasString(i18n, key) ? t(key) : t('errors.unknown');
  const first = firstStepText(t, i18n, details);
  if (first) return `${text} ${first}`;
  const seconds = code === 'auth.throttled' || code === 'rate_limited' ? retryAfterSeconds(details) : null;
  return seconds ? `${text} ${t('errors.retryAfter', { wait: formatWait(seconds, i18n.language) })}` : text;
}

/** "At most 160 characters" rather than "too long", when the server named the limit. */
function limitText(t: TFunction, issue: Partial<FieldIssue>): string | null {
  if (typeof issue.limit !== 'number' || (issue.code !== 'too_big' && issue.code !== 'too_small'))
    return null;
  const kind =
    issue.origin === 'number'
      ? 'Number'
      : issue.origin === 'array' || issue.origin === 'set'
        ? 'Items'
        : 'Text';
  const key = issue.code === 'too_big' ? `fieldErrors.tooLong${kind}` : `fieldErrors.tooShort${kind}`;
  return t(key, { limit: issue.limit });
}

function translateFieldCode(t: TFunction, i18n: I18n, code: string, issue: Partial<FieldIssue> = {}): string {
  const limited = limitText(t, { ...issue, code });
  if (limited) return limited;
  const first = firstStepText(t, i18n, issue);
  if (hasString(i18n, `errors.${code}`))
    return first ? `${t(`errors.${code}`)} ${first}` : t(`errors.${code}`);
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
    if (field && !fields[field]) fields[field] = translateFieldCode(t, i18n, issue.code, issue);
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
