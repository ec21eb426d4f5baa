import type { AssessmentInput, PersonDetail, TrainingNeed } from '../../api/types';
import type { TFunction } from '../../translator';
import { wholeNumber } from '../applications/application-checks';
import type { ChosenItem } from '../reference/reference-multi-picker';
import { type CefrLevel, cefrLevels, isOneOf } from './people-vocabulary';

export interface AssessedLanguage {
  code: string;
  understanding: CefrLevel;
  speaking: CefrLevel;
  writing: CefrLevel;
}

/** The intake form's state. */
export interface AssessmentDraft {
  sectorCode: string | null;
  occupationCode: string | null;
  skills: ChosenItem[];
  tags: string[];
  languages: AssessedLanguage[];
  interests: string[];
  motivation: '1' | '2' | '3' | '4' | '5' | '';
  /** "day-part", e.g. "1-morning". */
  availability: string[];
  postcode: string | null;
  inPerson: boolean;
  online: boolean;
  meetingNotes: string;
  trainingNeeds: TrainingNeed[];
  notes: string;
  capacity: string;
  yearsOfExperience: string;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : null);

function appliedLanguages(application: Record<string, unknown>): AssessedLanguage[] {
  const list = Array.isArray(application.languages) ? application.languages : [];
  return list.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { code, level } = entry as { code?: unknown; level?: unknown };
    if (typeof code !== 'string') return [];
    const cefr: CefrLevel = typeof level === 'string' && isOneOf(cefrLevels, level) ? level : 'C2';
    return [{ code, understanding: cefr, speaking: cefr, writing: cefr }];
  });
}

/** A saved assessment, or a first draft filled from the application. */
export function draftFromPerson(person: PersonDetail): AssessmentDraft {
  const saved = person.assessment;
  const app = person.application;
  if (saved) {
    return {
      sectorCode: saved.sectorCode,
      occupationCode: saved.occupationCode ?? null,
      skills: saved.skillUris.map((code) => ({ code, label: code })),
      tags: saved.tags,
      languages: saved.languages,
      interests: saved.interests,
      motivation: String(saved.motivation) as AssessmentDraft['motivation'],
      availability: saved.availability.map((slot) => `${slot.day}-${slot.part}`),
      postcode: saved.postcode,
      inPerson: saved.meetingPreferences.inPerson,
      online: saved.meetingPreferences.online,
      meetingNotes: saved.meetingPreferences.notes ?? '',
      trainingNeeds: saved.trainingNeeds,
      notes: saved.notes ?? '',
      capacity: saved.capacity ? String(saved.capacity) : '1',
      yearsOfExperience: saved.yearsOfExperience === undefined ? '' : String(saved.yearsOfExperience),
    };
  }
  return {
    sectorCode: asText(app.targetSectorCode) ?? asText(app.sectorCode) ?? person.sectorCode,
    occupationCode: asText(app.targetOccupationCode) ?? asText(app.occupationCode),
    skills: [],
    tags: Array.isArray(app.expertise)
      ? app.expertise.filter((tag): tag is string => typeof tag === 'string')
      : [],
    languages: appliedLanguages(app),
    interests: [],
    motivation: '',
    availability: [],
    postcode: person.postcode,
    inPerson: true,
    online: false,
    meetingNotes: '',
    trainingNeeds: [],
    notes: '',
    capacity: typeof app.capacity === 'number' ? String(app.capacity) : '1',
    yearsOfExperience: typeof app.yearsOfExperience === 'number' ? String(app.yearsOfExperience) : '',
  };
}

export function checkAssessment(
  draft: AssessmentDraft,
  isMentor: boolean,
  t: TFunction,
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!draft.sectorCode) fields.sectorCode = t('fieldErrors.choose');
  if (!draft.postcode) fields.postcode = t('fieldErrors.choose');
  if (!draft.motivation) fields.motivation = t('fieldErrors.choose');
  if (draft.languages.length === 0) fields.languages = t('fieldErrors.oneLanguage');
  draft.languages.forEach((language, index) => {
    if (!language.code) fields[`languages.${index}.code`] = t('fieldErrors.choose');
  });
  if (isMentor && wholeNumber(draft.yearsOfExperience, 0, 60) === null)
    fields.yearsOfExperience = t('fieldErrors.years');
  return fields;
}

export function toAssessmentRequest(draft: AssessmentDraft, isMentor: boolean): AssessmentInput {
  const notes = draft.notes.trim();
  const meetingNotes = draft.meetingNotes.trim();
  return {
    sectorCode: draft.sectorCode ?? '',
    occupationCode: draft.occupationCode,
    skillUris: draft.skills.map((skill) => skill.code),
    tags: draft.tags,
    languages: draft.languages,
    interests: draft.interests,
    motivation: Number(draft.motivation),
    availability: draft.availability.map((slot) => {
      const [day, part] = slot.split('-');
      return { day: Number(day), part: part as 'morning' | 'afternoon' | 'evening' };
    }),
    postcode: draft.postcode ?? '',
    meetingPreferences: {
      inPerson: draft.inPerson,
      online: draft.online,
      ...(meetingNotes ? { notes: meetingNotes } : {}),
    },
    trainingNeeds: draft.trainingNeeds,
    ...(notes ? { notes } : {}),
    ...(isMentor
      ? {
          capacity: Number(draft.capacity) || 1,
          yearsOfExperience: wholeNumber(draft.yearsOfExperience, 0, 60) ?? 0,
        }
      : {}),
  };
}
