/**
 * The word lists of questionnaires as versioned instruments (docs/questionnaires.md), written once and
 * zod-free so the domain, the database schema and the web app share them.
 */

/** What kind of answer an item asks for. */
export const itemKinds = [
  'likert',
  'single_choice',
  'multiple_choice',
  'number',
  'short_text',
  'long_text',
] as const;
export type ItemKind = (typeof itemKinds)[number];

/** A version is a draft (the admin edits it) until it is published; a published version never changes. */
export const instrumentVersionStatuses = ['draft', 'published'] as const;
export type InstrumentVersionStatus = (typeof instrumentVersionStatuses)[number];

/** The moments of the programme at which a questionnaire is asked. */
export const questionnaireMoments = [
  'baseline',
  'pulse_month_3',
  'end_of_cycle',
  'follow_up_3',
  'follow_up_6',
  'follow_up_12',
] as const;
export type QuestionnaireMoment = (typeof questionnaireMoments)[number];

/** The follow-ups after the end of a partnership, with their number of months. */
export const followUpMonths = { follow_up_3: 3, follow_up_6: 6, follow_up_12: 12 } as const;

/** Who answers: the two sides of a pair and their coach. */
export const respondentRoles = ['mentee', 'mentor', 'coach'] as const;
export type RespondentRole = (typeof respondentRoles)[number];

/** The labour-market situation the follow-up questionnaire records (issue 13, item 3). */
export const labourMarketSituations = [
  'in_work',
  'self_employed',
  'in_training',
  'qualification_gained',
  'searching',
  'inactive',
  'unknown',
] as const;
export type LabourMarketSituation = (typeof labourMarketSituations)[number];

/** The programme whose schedule applies; the platform runs one programme today. */
export const defaultProgramme = 'mentor2work';

/** Length limits of the text answers, stated in the error when passed. */
export const shortTextMaxLength = 200;
export const longTextMaxLength = 4000;
