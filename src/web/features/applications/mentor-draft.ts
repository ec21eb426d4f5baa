import type { Locale, MentorApplicationInput, SpokenLanguage } from '../../api/types';
import type { TFunction } from '../../translator';
import type { HeardFrom } from '../people/people-vocabulary';
import {
  type ContactDraft,
  checkChosen,
  checkContact,
  checkLanguages,
  type FieldMessages,
  optionalText,
  wholeNumber,
} from './application-checks';
import { stepOfFieldFrom } from './wizard-errors';

/** Everything a mentor typed so far. */
export interface MentorDraft extends ContactDraft {
  postcode: string | null;
  postcodeLabel: string | null;
  employer: string;
  sectorCode: string | null;
  sectorLabel: string | null;
  occupationCode: string | null;
  occupationLabel: string | null;
  yearsOfExperience: string;
  expertise: string[];
  languages: SpokenLanguage[];
  motivation: string;
  capacity: '1' | '2' | '3' | '4' | '5';
  preferredAssociationId: string;
  heardFrom: HeardFrom | '';
  privacyVersion: string | null;
  website: string;
}

export const emptyMentorDraft: MentorDraft = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  postcode: null,
  postcodeLabel: null,
  employer: '',
  sectorCode: null,
  sectorLabel: null,
  occupationCode: null,
  occupationLabel: null,
  yearsOfExperience: '',
  expertise: [],
  languages: [{ code: '', level: 'native' }],
  motivation: '',
  capacity: '1',
  preferredAssociationId: '',
  heardFrom: '',
  privacyVersion: null,
  website: '',
};

export const mentorStepKeys = ['about', 'work', 'languages', 'motivation', 'consent', 'review'];

const mentorStepFields = [
  ['firstName', 'lastName', 'email', 'phone', 'postcode'],
  ['employer', 'sectorCode', 'occupationCode', 'yearsOfExperience', 'expertise'],
  ['languages'],
  ['motivation', 'capacity', 'preferredAssociationId', 'heardFrom'],
  ['consents'],
];
export const mentorStepOf = stepOfFieldFrom(mentorStepFields, mentorStepKeys.length - 1);

export const mentorCodeFields: Record<string, string> = {
  'application.unknown_postcode': 'postcode',
  'application.unknown_sector': 'sectorCode',
  'application.unknown_occupation': 'occupationCode',
  'application.unknown_association': 'preferredAssociationId',
  'application.unknown_language': 'languages',
  'application.privacy_version_outdated': 'consents.privacyVersion',
};

export function checkMentorStep(step: number, draft: MentorDraft, t: TFunction): FieldMessages {
  const fields: FieldMessages = {};
  if (step === 0) {
    Object.assign(fields, checkContact(draft, t));
    checkChosen(fields, 'postcode', draft.postcode, t);
  } else if (step === 1) {
    if (!draft.employer.trim()) fields.employer = t('fieldErrors.required');
    checkChosen(fields, 'sectorCode', draft.sectorCode, t);
    if (wholeNumber(draft.yearsOfExperience, 0, 60) === null)
      fields.yearsOfExperience = t('fieldErrors.years');
  } else if (step === 2) {
    Object.assign(fields, checkLanguages(draft.languages, t));
  } else if (step === 3) {
    if (draft.motivation.trim().length < 10) fields.motivation = t('fieldErrors.motivation');
    if (!draft.heardFrom) fields.heardFrom = t('fieldErrors.choose');
  } else if (step === 4) {
    if (!draft.privacyVersion) fields['consents.privacyVersion'] = t('fieldErrors.consent');
  }
  return fields;
}

export function toMentorRequest(draft: MentorDraft, locale: Locale): MentorApplicationInput {
  return {
    locale,
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    email: draft.email.trim(),
    phone: optionalText(draft.phone),
    postcode: draft.postcode ?? '',
    employer: draft.employer.trim(),
    sectorCode: draft.sectorCode ?? '',
    occupationCode: draft.occupationCode ?? undefined,
    yearsOfExperience: wholeNumber(draft.yearsOfExperience, 0, 60) ?? 0,
    expertise: draft.expertise,
    languages: draft.languages,
    motivation: draft.motivation.trim(),
    capacity: Number(draft.capacity),
    preferredAssociationId: optionalText(draft.preferredAssociationId),
    heardFrom: draft.heardFrom || 'other',
    consents: { privacyVersion: draft.privacyVersion ?? '' },
    website: draft.website,
  };
}
