import { matchRunStatuses } from '../../../contracts/matching-vocabulary';
import { freeMentorStatuses } from '../../../contracts/people-vocabulary';
import type { CriterionName } from '../../api/types';

/** The criteria of a pair's score, in the order the engine reports them (contracts/matching.ts). */
export const criterionNames: readonly CriterionName[] = [
  'sector',
  'occupation',
  'language',
  'skills',
  'interests',
  'availability',
  'distance',
  'preferences',
  'waiting',
];

/** Reason codes of the criteria (domain/matching/score-pair.ts), worded under matching.reasons.*. */
export const reasonCodes = [
  'sector.same',
  'sector.same_section',
  'sector.different',
  'sector.unknown',
  'occupation.same_unit_group',
  'occupation.same_minor_group',
  'occupation.same_sub_major_group',
  'occupation.same_major_group',
  'occupation.different',
  'occupation.unknown',
  'language.shared',
  'skills.overlap',
  'skills.unknown',
  'interests.overlap',
  'interests.unknown',
  'availability.shared',
  'availability.none',
  'availability.unknown',
  'distance.km',
  'distance.far_but_online',
  'distance.unknown',
  'preferences.in_person',
  'preferences.online',
  'preferences.mismatch',
  'waiting.days',
] as const;

/** Reasons with a count, worded by one key for one and one for several (`sharedOne`, `sharedOther`). */
export const countedReasons: readonly string[] = ['availability.shared', 'waiting.days'];

/** The locale keys under matching.reasons.* that the reason codes are worded with (match-text.ts). */
export const reasonKeys: readonly string[] = reasonCodes.flatMap((code) =>
  countedReasons.includes(code)
    ? [`${code}One`, `${code}Other`]
    : code === 'language.shared'
      ? [code, 'language.shared_top']
      : [code],
);

/** Hard constraints that rule a pair out, counted per mentee or per person (matching.constraints.*). */
export const hardConstraints = [
  'same_person',
  'blocked',
  'mentor_not_screened',
  'mentor_at_capacity',
  'missing_training',
  'no_shared_language',
] as const;

/** Why a mentee of the pool got no mentor (matching.unmatched.*). */
export const unmatchedReasons = [...hardConstraints, 'no_mentors', 'outcompeted'] as const;

/** The error codes of the matching routes (errors.matching.*). */
export const matchingErrorCodes = [
  'matching.override_reason_required',
  'matching.person_not_in_run',
  'matching.already_confirmed',
  'matching.lock_impossible',
  'matching.lock_over_capacity',
  'matching.empty_pool',
  'matching.invalid_problem',
] as const;

export const runStatuses = matchRunStatuses;

/** Mentee and mentor statuses in which a person can be matched, so suggestions make sense. */
export const matchableStatuses: Record<'mentee' | 'mentor', readonly string[]> = {
  mentee: ['ready_to_match'],
  mentor: freeMentorStatuses,
};
