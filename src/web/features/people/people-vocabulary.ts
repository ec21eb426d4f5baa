import {
  caseloadSorts,
  cefrLevels,
  educationLevels,
  heardFromOptions,
  menteeDecisionReasons,
  menteeStatuses,
  mentorDecisionReasons,
  mentorStatuses,
  trainingNeeds,
} from '../../../contracts/people-vocabulary';
import type { EligibilityRule } from '../../api/types';

/* The contract's word lists (zod-free module), and what the web app derives from them. */
export {
  caseloadSorts,
  cefrLevels,
  educationLevels,
  heardFromOptions,
  menteeDecisionReasons,
  menteeStatuses,
  mentorDecisionReasons,
  mentorStatuses,
  trainingNeeds,
};

export const spokenLevels = [...cefrLevels, 'native'] as const;
export const allStatuses = [...new Set<string>([...menteeStatuses, ...mentorStatuses])];
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
