import type { TFunction } from '../../translator';

/** Today in the browser's calendar, as an <input type="date"> holds it (YYYY-MM-DD). */
export function todayAsDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The form's own check of an application's dates, the same rule the server holds
 * (domain/career/application-dates.ts): sent today or earlier, the next step not before it.
 */
export function checkApplicationDays(
  appliedOn: string,
  nextStepOn: string,
  today: string,
  t: TFunction,
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (appliedOn && appliedOn > today) fields.appliedOn = t('errors.job_application.applied_in_future');
  if (appliedOn && nextStepOn && nextStepOn < appliedOn)
    fields.nextStepOn = t('errors.job_application.next_step_before_application');
  return fields;
}
