/**
 * The programme's eligibility rules for mentees (seed: "job seekers over 16 years of age with an
 * immigrant background, with several years of professional experience but lacking formal
 * qualifications"). Each failed rule yields a reason code the applicant reads in their language;
 * a coach may override with a written reason.
 */
export const minimumAge = 16;
export const minimumYearsOfExperience = 1;

export type EligibilityRule =
  | 'age'
  | 'migrant_background'
  | 'work_experience'
  | 'no_recognised_qualification';

export interface EligibilityAnswers {
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** The applicant or a parent migrated to Belgium. */
  migrantBackground: boolean;
  yearsOfExperience: number;
  /** Holds a diploma that is recognised in Belgium (then the programme is not the right help). */
  hasRecognisedQualification: boolean;
}

export interface EligibilityResult {
  eligible: boolean;
  failed: EligibilityRule[];
  ageOnApplication: number;
}

/** Whole years between a date of birth and a day, both YYYY-MM-DD (a birthday counts on the day). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** "Over 16" is read as: the sixteenth birthday has passed on the application date. */
export function checkEligibility(answers: EligibilityAnswers, applicationDay: string): EligibilityResult {
  const age = ageOn(answers.dateOfBirth, applicationDay);
  const failed: EligibilityRule[] = [];
  if (age < minimumAge) failed.push('age');
  if (!answers.migrantBackground) failed.push('migrant_background');
  if (answers.yearsOfExperience < minimumYearsOfExperience) failed.push('work_experience');
  if (answers.hasRecognisedQualification) failed.push('no_recognised_qualification');
  return { eligible: failed.length === 0, failed, ageOnApplication: age };
}
