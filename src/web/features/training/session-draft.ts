import type { Locale, TrainingFormat, TrainingSessionInput } from '../../api/types';
import type { TFunction } from '../../translator';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { localToIsoWithOffset } from '../people/local-time';

export type SessionMode = 'place' | 'video';

/** The labelled fields of the session form, by the names the server uses in its error paths. */
export const sessionFieldNames = [
  'startsAt',
  'endsAt',
  'place',
  'videoUrl',
  'trainer',
  'capacity',
  'language',
];

/**
 * Reads the session form: dates and times in local time become ISO timestamps with the offset.
 * Returns the request or the problems, worded like the server's.
 */
export function readSessionForm(
  data: FormData,
  mode: SessionMode,
  moduleFormat: TrainingFormat,
  t: TFunction,
): { input: TrainingSessionInput | null; errors: FormErrors } {
  const value = (name: string) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry.trim() : '';
  };
  const fields: Record<string, string> = {};
  const startsAt = localToIsoWithOffset(value('startsAt'), value('startsAtTime'));
  const endsAt = localToIsoWithOffset(value('endsAt'), value('endsAtTime'));
  if (!startsAt) fields.startsAt = t('fieldErrors.dateTime');
  if (!endsAt) fields.endsAt = t('fieldErrors.dateTime');
  else if (startsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime())
    fields.endsAt = t('errors.training.ends_before_start');
  const place = mode === 'place' ? value('place') : '';
  const videoUrl = mode === 'video' ? value('videoUrl') : '';
  if (mode === 'place' && place.length < 2 && (place || moduleFormat !== 'self_study'))
    fields.place = place ? t('fieldErrors.tooShortText', { limit: 2 }) : t('errors.training.place_required');
  if (mode === 'video' && !/^https:\/\/\S+$/.test(videoUrl)) fields.videoUrl = t('fieldErrors.https');
  const trainer = value('trainer');
  if (trainer.length < 2)
    fields.trainer = trainer ? t('fieldErrors.tooShortText', { limit: 2 }) : t('fieldErrors.required');
  const capacity = Number(value('capacity'));
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500)
    fields.capacity = t('errors.training.capacity_invalid');
  const language = value('language') as Locale;
  if (!language) fields.language = t('fieldErrors.choose');
  if (Object.keys(fields).length > 0 || !startsAt || !endsAt)
    return { input: null, errors: { message: t('errors.validation.failed'), fields } };
  return {
    input: {
      startsAt,
      endsAt,
      ...(place ? { place } : {}),
      ...(videoUrl ? { videoUrl } : {}),
      trainer,
      capacity,
      language,
    },
    errors: noFormErrors,
  };
}
