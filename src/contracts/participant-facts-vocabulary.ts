/**
 * The words of the ESF+ participant record (Regulation (EU) 2021/1057, Annex I; docs/participant-facts.md),
 * without zod so the web app can import them.
 */

/** Gender as the participant states it; "prefer not to say" is an answer, stored as such. */
export const genders = ['woman', 'man', 'non_binary', 'prefer_not_to_say'] as const;
export type Gender = (typeof genders)[number];

/** Labour-market status at entry: exactly one of the three ESF+ categories. */
export const labourMarketStatuses = ['unemployed', 'inactive', 'employed'] as const;
export type LabourMarketStatus = (typeof labourMarketStatuses)[number];

/** Highest education completed, as the three ESF+ groups of ISCED 2011 levels. */
export const iscedGroups = ['isced_0_2', 'isced_3_4', 'isced_5_8'] as const;
export type IscedGroup = (typeof iscedGroups)[number];

/** An answer to an optional question about special-category data (GDPR art. 9). */
export const optionalAnswers = ['yes', 'no', 'prefer_not_to_say'] as const;
export type OptionalAnswer = (typeof optionalAnswers)[number];

/** The optional questions; each is asked only with the participant's separate consent. */
export const optionalFacts = ['disability', 'thirdCountryNational', 'housingExclusion'] as const;
export type OptionalFact = (typeof optionalFacts)[number];

/** The facts every participant record needs; a record missing one is incomplete. */
export const requiredFacts = [
  'gender',
  'dateOfBirth',
  'labourMarketStatus',
  'longTermUnemployed',
  'education',
  'entryDate',
  'exitDate',
] as const;
export type RequiredFact = (typeof requiredFacts)[number];

/** The consent kind (consents.kind) for the optional special-category questions. */
export const specialFactsConsentKind = 'esf_special_categories';
