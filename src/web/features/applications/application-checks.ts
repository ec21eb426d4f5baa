import type { SpokenLanguage } from '../../api/types';
import type { TFunction } from '../../translator';
import { looksLikeEmail } from '../forms/form-errors';

/** Field name -> message; the same names as the server's validation paths. */
export type FieldMessages = Record<string, string>;

const phonePattern = /^\+?[0-9 ()./-]{6,20}$/;

/** A whole number between min and max typed in a text box, or null. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

export interface ContactDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

/** Names, email and phone: the same rules for mentees and mentors. */
export function checkContact(draft: ContactDraft, t: TFunction): FieldMessages {
  const fields: FieldMessages = {};
  if (!draft.firstName.trim()) fields.firstName = t('fieldErrors.required');
  if (!draft.lastName.trim()) fields.lastName = t('fieldErrors.required');
  if (!draft.email.trim()) fields.email = t('fieldErrors.required');
  else if (!looksLikeEmail(draft.email.trim())) fields.email = t('fieldErrors.invalid_email');
  if (draft.phone.trim() && !phonePattern.test(draft.phone.trim())) fields.phone = t('fieldErrors.phone');
  return fields;
}

export function checkLanguages(languages: SpokenLanguage[], t: TFunction): FieldMessages {
  const fields: FieldMessages = {};
  if (languages.length === 0) fields.languages = t('fieldErrors.oneLanguage');
  languages.forEach((language, index) => {
    if (!language.code) fields[`languages.${index}.code`] = t('fieldErrors.choose');
    else if (languages.findIndex((other) => other.code === language.code) < index)
      fields[`languages.${index}.code`] = t('fieldErrors.languageTwice');
  });
  return fields;
}

export function checkChosen(fields: FieldMessages, name: string, value: string | null, t: TFunction) {
  if (!value) fields[name] = t('fieldErrors.choose');
}

/** A yyyy-mm-dd day that exists and is not in the future. */
export function checkBirthDate(value: string, today: Date, t: TFunction): string | null {
  if (!value) return t('fieldErrors.required');
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime())) return t('fieldErrors.date');
  if (day.getTime() > today.getTime()) return t('errors.application.date_of_birth_in_future');
  if (day.getUTCFullYear() < 1900) return t('fieldErrors.date');
  return null;
}

/** Keeps only the set values; undefined for an empty text. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}
