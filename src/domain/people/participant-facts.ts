import type {
  Gender,
  IscedGroup,
  LabourMarketStatus,
  OptionalAnswer,
  RequiredFact,
} from '../../contracts/participant-facts-vocabulary.js';
import { type educationLevels, menteeStatusesAfterIntake } from '../../contracts/people-vocabulary.js';
import { fail, ok, type Result } from '../result.js';

type EducationLevel = (typeof educationLevels)[number];

/** One participant's ESF+ record (docs/participant-facts.md); null = not recorded yet. */
export interface ParticipantFacts {
  gender: Gender | null;
  dateOfBirth: string | null;
  labourMarketStatus: LabourMarketStatus | null;
  /** Asked only of the unemployed: 12 months or more in a row (6 for under 25s). */
  longTermUnemployed: boolean | null;
  education: IscedGroup | null;
  entryDate: string | null;
  exitDate: string | null;
  disability: OptionalAnswer | null;
  thirdCountryNational: OptionalAnswer | null;
  housingExclusion: OptionalAnswer | null;
}

/** Mentee statuses in which the person is an ESF+ participant: admitted to the programme's support. */
export const participantStatuses = menteeStatusesAfterIntake;
const participating = new Set<string>(participantStatuses);

/** Statuses in which the participant has left the programme, so the exit date is due. */
const leftStatuses = new Set(['completed', 'left_early', 'followed_up']);

/** A mentee in this status is counted as an ESF+ participant and needs a complete record. */
export function isParticipant(kind: string, status: string): boolean {
  return kind === 'mentee' && participating.has(status);
}

/** The required facts a participant's record lacks, in the order of the form; empty = complete. */
export function missingFacts(facts: ParticipantFacts, status: string): RequiredFact[] {
  const missing: RequiredFact[] = [];
  if (facts.gender === null) missing.push('gender');
  if (facts.dateOfBirth === null) missing.push('dateOfBirth');
  if (facts.labourMarketStatus === null) missing.push('labourMarketStatus');
  if (facts.labourMarketStatus === 'unemployed' && facts.longTermUnemployed === null)
    missing.push('longTermUnemployed');
  if (facts.education === null) missing.push('education');
  if (facts.entryDate === null) missing.push('entryDate');
  if (leftStatuses.has(status) && facts.exitDate === null) missing.push('exitDate');
  return missing;
}

const levelGroup: Record<EducationLevel, IscedGroup> = {
  none: 'isced_0_2',
  primary: 'isced_0_2',
  // Completed secondary school is upper secondary (ISCED 3); vocational is upper secondary or
  // post-secondary non-tertiary (ISCED 35 or 45). Both fall in the 3-4 group.
  secondary: 'isced_3_4',
  vocational: 'isced_3_4',
  higher: 'isced_5_8',
};
const groupRank: Record<IscedGroup, number> = { isced_0_2: 0, isced_3_4: 1, isced_5_8: 2 };

/**
 * The ISCED group the application's education answers suggest: the highest level completed, at
 * home or abroad, whether or not the diploma is recognised in Belgium (ISCED classifies the level,
 * not its recognition). The coach confirms it; null when the applicant gave none.
 */
export function iscedFromEducation(education: ReadonlyArray<{ level: EducationLevel }>): IscedGroup | null {
  let best: IscedGroup | null = null;
  for (const e of education) {
    const group = levelGroup[e.level];
    if (best === null || groupRank[group] > groupRank[best]) best = group;
  }
  return best;
}

interface FieldProblem {
  path: string[];
  code: string;
  message: string;
}

/**
 * Checks a record before it is saved: dates are real days, not in the future, the exit not before
 * the entry, and the long-term flag only for the unemployed. Every problem names its field.
 */
export function checkFacts(facts: ParticipantFacts, today: string): Result<ParticipantFacts> {
  const problems: FieldProblem[] = [];
  const day = today.slice(0, 10);
  for (const field of ['entryDate', 'exitDate'] as const) {
    const value = facts[field];
    if (value !== null && value > day)
      problems.push({ path: [field], code: 'date_not_future', message: `${field} may not be after ${day}.` });
  }
  if (facts.entryDate !== null && facts.exitDate !== null && facts.exitDate < facts.entryDate)
    problems.push({
      path: ['exitDate'],
      code: 'exit_before_entry',
      message: 'The exit date may not be before the entry date.',
    });
  if (facts.labourMarketStatus !== 'unemployed' && facts.longTermUnemployed !== null)
    problems.push({
      path: ['longTermUnemployed'],
      code: 'long_term_needs_unemployed',
      message: 'Long-term unemployment is recorded only for a participant who is unemployed at entry.',
    });
  if (problems.length > 0) return fail('validation.failed', 'The participant record has problems.', problems);
  return ok(facts);
}

/** Without the separate consent the optional special-category answers are not kept. */
export function withoutSpecialFacts(facts: ParticipantFacts): ParticipantFacts {
  return { ...facts, disability: null, thirdCountryNational: null, housingExclusion: null };
}
