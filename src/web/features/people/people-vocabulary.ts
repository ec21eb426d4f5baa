import type {
  caseloadSorts as contractCaseloadSorts,
  cefrLevels as contractCefrLevels,
  educationLevels as contractEducationLevels,
  heardFromOptions as contractHeardFrom,
  menteeDecisionReasons as contractMenteeReasons,
  menteeStatuses as contractMenteeStatuses,
  mentorDecisionReasons as contractMentorReasons,
  mentorStatuses as contractMentorStatuses,
  trainingNeeds as contractTrainingNeeds,
} from '../../../contracts/people';
import type { EligibilityRule } from '../../api/types';

/*
 * The contract's word lists, repeated here because importing them would pull zod into the bundle;
 * `satisfies` makes the compiler fail as soon as the contract and this copy drift apart.
 */

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const satisfies typeof contractCefrLevels;
export const spokenLevels = [...cefrLevels, 'native'] as const;
export const menteeStatuses = [
  'applied',
  'intake_planned',
  'assessed',
  'ready_to_match',
  'ineligible',
  'in_partnership',
  'completed',
  'left_early',
  'followed_up',
] as const satisfies typeof contractMenteeStatuses;
export const mentorStatuses = [
  'applied',
  'intake_planned',
  'accepted',
  'declined',
  'trained',
  'available',
  'in_partnership',
  'resting',
  'left',
] as const satisfies typeof contractMentorStatuses;
export const allStatuses = [...new Set<string>([...menteeStatuses, ...mentorStatuses])];
export const heardFromOptions = [
  'association',
  'friend',
  'public_employment_service',
  'social_media',
  'employer',
  'event',
  'other',
] as const satisfies typeof contractHeardFrom;
export const educationLevels = [
  'none',
  'primary',
  'secondary',
  'vocational',
  'higher',
] as const satisfies typeof contractEducationLevels;
export const trainingNeeds = [
  'sector_orientation',
  'job_applications',
  'cv_and_talents',
  'dutch_language',
  'digital_skills',
  'coaching_skills',
  'diversity_training',
  'networking',
] as const satisfies typeof contractTrainingNeeds;
export const menteeDecisionReasons = [
  'age',
  'no_migrant_background',
  'no_work_experience',
  'recognised_qualification',
  'not_reachable',
  'withdrew',
  'other',
] as const satisfies typeof contractMenteeReasons;
export const mentorDecisionReasons = [
  'no_sector_experience',
  'not_available',
  'not_reachable',
  'withdrew',
  'other',
] as const satisfies typeof contractMentorReasons;
export const caseloadSorts = [
  'applied_desc',
  'applied_asc',
  'name_asc',
  'status',
] as const satisfies typeof contractCaseloadSorts;
export const eligibilityRules: readonly EligibilityRule[] = [
  'age',
  'migrant_background',
  'work_experience',
  'no_recognised_qualification',
];
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
/** ISO weekdays, Monday = 1. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export type CefrLevel = (typeof cefrLevels)[number];
export type SpokenLevel = (typeof spokenLevels)[number];
export type HeardFrom = (typeof heardFromOptions)[number];
export type EducationLevel = (typeof educationLevels)[number];

/** Narrows a string from a form control to one of a list's values. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
