import { locales } from '../../../contracts/base-vocabulary';
import {
  trainingAudiences as audiences,
  trainingFormats as formats,
  registrationStatuses as registrationStatusList,
} from '../../../contracts/training-vocabulary';
import type {
  Locale,
  RegistrationStatus,
  Role,
  TrainingAudience,
  TrainingFormat,
  TrainingModule,
} from '../../api/types';

/** Who a module is for (contracts/training.ts), worded under training.audiences.*. */
export const trainingAudiences: readonly TrainingAudience[] = audiences;

/** How a module is given, worded under training.formats.*. */
export const trainingFormats: readonly TrainingFormat[] = formats;

/** A registration's states, worded under training.statuses.*. */
export const registrationStatuses: readonly RegistrationStatus[] = registrationStatusList;

/** The languages a module's texts are written in. */
export const textLocales: readonly Locale[] = locales;

/** The training API's error codes, translated under errors.*. */
export const trainingErrorCodes = [
  'training.code_taken',
  'training.already_held',
  'training.not_registered',
  'training.wrong_audience',
  'training.ends_before_start',
  'training.place_required',
  'training.capacity_invalid',
  'training.not_completed',
  'training.network_for_mentors',
  'training.period_reversed',
  'documents.pdf_unavailable',
] as const;

/** Mentees and mentors take part in training; admins and coaches run it. */
export function isParticipant(role: Role): role is 'mentee' | 'mentor' {
  return role === 'mentee' || role === 'mentor';
}

export function isTrainingStaff(role: Role): role is 'admin' | 'coach' {
  return role === 'admin' || role === 'coach';
}

/** A text of a module in the reader's language, else Dutch, else whichever is there. */
export function localizedText(texts: Record<string, string>, locale: Locale): string {
  return texts[locale] || texts.nl || Object.values(texts).find(Boolean) || '';
}

export function localizedGoals(module: TrainingModule, locale: Locale): string[] {
  const goals = module.goals[locale];
  return goals && goals.length > 0 ? goals : (module.goals.nl ?? []);
}
