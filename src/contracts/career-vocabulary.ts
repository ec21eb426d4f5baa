/**
 * The word lists of the mentee's career work (CV, job applications, discrimination reports), without
 * zod, so the web app can import them without the validation library. contracts/cv.ts and friends
 * build their schemas on them.
 */
export const cvSections = [
  'profile',
  'experience',
  'education',
  'skills',
  'languages',
  'talents',
  'interests',
] as const;
export type CvSection = (typeof cvSections)[number];

/** Sections whose comments name one item (the n-th job, the n-th diploma). */
export const itemSections = ['experience', 'education'] as const;

export const recognitionStates = ['yes', 'no', 'pending'] as const;

/** The five skills of the CEFR self-assessment grid, as Europass names them. */
export const cefrSkills = [
  'listening',
  'reading',
  'spokenInteraction',
  'spokenProduction',
  'writing',
] as const;

export const applicationChannels = [
  'vacancy_site',
  'public_employment_service',
  'network',
  'spontaneous',
  'interim_agency',
  'other',
] as const;
export type ApplicationChannel = (typeof applicationChannels)[number];

export const applicationStages = ['applied', 'interview', 'offer', 'hired', 'rejected'] as const;
export type ApplicationStage = (typeof applicationStages)[number];

export const discriminationGrounds = [
  'origin',
  'skin_colour',
  'religion',
  'language',
  'name',
  'gender',
  'age',
  'disability',
  'other',
] as const;

export const reportStatuses = ['open', 'handled'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** NACE Rev. 2 sections. */
export const naceSections = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;

/** Upload limits of a CV document. */
export const cvUploadTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export const cvUploadMaxBytes = 5 * 1024 * 1024;
