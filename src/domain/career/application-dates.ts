/**
 * The dates of a job application must be possible: it was sent today or earlier, and its next step
 * (an interview, a call back) cannot come before it was sent. Days are YYYY-MM-DD, in Belgian time.
 */
export type ApplicationDateProblem =
  | { field: 'appliedOn'; code: 'job_application.applied_in_future' }
  | { field: 'nextStepOn'; code: 'job_application.next_step_before_application' };

export interface ApplicationDates {
  appliedOn: string;
  nextStepOn: string | null;
}

/**
 * The problems of an application's dates on `today`. `appliedOnChanged` is false when only other
 * facts change: an application stored before this rule is not refused for a date nobody touched.
 */
export function checkApplicationDates(
  dates: ApplicationDates,
  today: string,
  appliedOnChanged = true,
): ApplicationDateProblem[] {
  const problems: ApplicationDateProblem[] = [];
  if (appliedOnChanged && dates.appliedOn > today)
    problems.push({ field: 'appliedOn', code: 'job_application.applied_in_future' });
  if (dates.nextStepOn !== null && dates.nextStepOn < dates.appliedOn)
    problems.push({ field: 'nextStepOn', code: 'job_application.next_step_before_application' });
  return problems;
}
