import type { Locale, MenteeApplicationInput, SpokenLanguage } from '../../api/types';
import type { TFunction } from '../../translator';
import type { EducationLevel, HeardFrom } from '../people/people-vocabulary';
import {
  type ContactDraft,
  checkBirthDate,
  checkChosen,
  checkContact,
  checkLanguages,
  type FieldMessages,
  optionalText,
  wholeNumber,
} from './application-checks';
import { stepOfFieldFrom } from './wizard-errors';

export interface ExperienceRow {
  occupationCode: string | null;
  occupationLabel: string | null;
  title: string;
  country: string;
  years: string;
}

export interface EducationRow {
  level: EducationLevel | '';
  field: string;
  country: string;
  recognisedInBelgium: 'yes' | 'no' | '';
}

/** Everything a mentee typed so far, as the controls hold it (text for numbers, '' for "not yet"). */
export interface MenteeDraft extends ContactDraft {
  dateOfBirth: string;
  postcode: string | null;
  postcodeLabel: string | null;
  languages: SpokenLanguage[];
  yearsOfExperience: string;
  experience: ExperienceRow[];
  education: EducationRow[];
  targetSectorCode: string | null;
  targetSectorLabel: string | null;
  targetOccupationCode: string | null;
  targetOccupationLabel: string | null;
  preferredAssociationId: string;
  migrantBackground: 'self' | 'parent' | 'no' | '';
  privacyVersion: string | null;
  storeBackground: boolean;
  countryOfBirth: string;
  parentsCountries: [string, string];
  heardFrom: HeardFrom | '';
  website: string;
}

export const emptyMenteeDraft: MenteeDraft = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  dateOfBirth: '',
  postcode: null,
  postcodeLabel: null,
  languages: [{ code: '', level: 'native' }],
  yearsOfExperience: '',
  experience: [],
  education: [],
  targetSectorCode: null,
  targetSectorLabel: null,
  targetOccupationCode: null,
  targetOccupationLabel: null,
  preferredAssociationId: '',
  migrantBackground: '',
  privacyVersion: null,
  storeBackground: false,
  countryOfBirth: '',
  parentsCountries: ['', ''],
  heardFrom: '',
  website: '',
};

export const menteeStepKeys = ['about', 'home', 'work', 'education', 'aims', 'background', 'heard', 'review'];

/** The request fields each step asks for, to jump to the step of a server error. */
const menteeStepFields = [
  ['firstName', 'lastName', 'email', 'phone', 'dateOfBirth'],
  ['postcode', 'languages'],
  ['yearsOfExperience', 'experience'],
  ['education'],
  ['targetSectorCode', 'targetOccupationCode', 'preferredAssociationId'],
  ['migrantBackground', 'migrantBackgroundDetail', 'consents'],
  ['heardFrom'],
];
export const menteeStepOf = stepOfFieldFrom(menteeStepFields, menteeStepKeys.length - 1);

/** Domain errors without field details, and the field each is about. */
export const menteeCodeFields: Record<string, string> = {
  'application.unknown_postcode': 'postcode',
  'application.unknown_sector': 'targetSectorCode',
  'application.unknown_occupation': 'targetOccupationCode',
  'application.unknown_association': 'preferredAssociationId',
  'application.date_of_birth_in_future': 'dateOfBirth',
  'application.unknown_language': 'languages',
  'application.privacy_version_outdated': 'consents.privacyVersion',
};

/** The checks the browser can make before moving on from a step. */
export function checkMenteeStep(step: number, draft: MenteeDraft, t: TFunction, today: Date): FieldMessages {
  const fields: FieldMessages = {};
  if (step === 0) {
    Object.assign(fields, checkContact(draft, t));
    const birth = checkBirthDate(draft.dateOfBirth, today, t);
    if (birth) fields.dateOfBirth = birth;
  } else if (step === 1) {
    checkChosen(fields, 'postcode', draft.postcode, t);
    Object.assign(fields, checkLanguages(draft.languages, t));
  } else if (step === 2) {
    if (wholeNumber(draft.yearsOfExperience, 0, 60) === null)
      fields.yearsOfExperience = t('fieldErrors.years');
    draft.experience.forEach((row, index) => {
      if (!row.title.trim() && !row.occupationLabel)
        fields[`experience.${index}.title`] = t('fieldErrors.required');
      if (!row.country) fields[`experience.${index}.country`] = t('fieldErrors.choose');
      if (wholeNumber(row.years, 0, 60) === null)
        fields[`experience.${index}.years`] = t('fieldErrors.years');
    });
  } else if (step === 3) {
    draft.education.forEach((row, index) => {
      if (!row.level) fields[`education.${index}.level`] = t('fieldErrors.choose');
      if (!row.country) fields[`education.${index}.country`] = t('fieldErrors.choose');
      if (!row.recognisedInBelgium)
        fields[`education.${index}.recognisedInBelgium`] = t('fieldErrors.choose');
    });
  } else if (step === 4) {
    checkChosen(fields, 'targetSectorCode', draft.targetSectorCode, t);
  } else if (step === 5) {
    if (!draft.migrantBackground) fields.migrantBackground = t('fieldErrors.choose');
    if (!draft.privacyVersion) fields['consents.privacyVersion'] = t('fieldErrors.consent');
  } else if (step === 6) {
    if (!draft.heardFrom) fields.heardFrom = t('fieldErrors.choose');
  }
  return fields;
}

function countries(draft: MenteeDraft): MenteeApplicationInput['migrantBackgroundDetail'] {
  if (!draft.storeBackground) return undefined;
  const parents = draft.parentsCountries.filter(Boolean);
  const detail = {
    ...(draft.countryOfBirth ? { countryOfBirth: draft.countryOfBirth } : {}),
    ...(parents.length > 0 ? { parentsCountries: parents } : {}),
  };
  return Object.keys(detail).length > 0 ? detail : undefined;
}

/** The request body; only called once every step passed its checks. */
export function toMenteeRequest(draft: MenteeDraft, locale: Locale): MenteeApplicationInput {
  const background = draft.migrantBackground || 'no';
  return {
    locale,
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    email: draft.email.trim(),
    phone: optionalText(draft.phone),
    dateOfBirth: draft.dateOfBirth,
    postcode: draft.postcode ?? '',
    languages: draft.languages,
    yearsOfExperience: wholeNumber(draft.yearsOfExperience, 0, 60) ?? 0,
    experience: draft.experience.map((row) => ({
      occupationCode: row.occupationCode ?? undefined,
      title: row.title.trim() || row.occupationLabel || '',
      country: row.country,
      years: wholeNumber(row.years, 0, 60) ?? 0,
    })),
    education: draft.education.map((row) => ({
      level: row.level || 'none',
      field: optionalText(row.field),
      country: row.country,
      recognisedInBelgium: row.recognisedInBelgium === 'yes',
    })),
    targetSectorCode: draft.targetSectorCode ?? '',
    targetOccupationCode: draft.targetOccupationCode ?? undefined,
    preferredAssociationId: optionalText(draft.preferredAssociationId),
    heardFrom: draft.heardFrom || 'other',
    migrantBackground: background,
    migrantBackgroundDetail: background === 'no' ? undefined : countries(draft),
    consents: {
      privacyVersion: draft.privacyVersion ?? '',
      migrantBackground: draft.storeBackground && background !== 'no',
    },
    website: draft.website,
  };
}
