import { brusselsOffsetMs } from '../../domain/cadence/calendar.js';
import { fail, ok, type Result } from '../../domain/result.js';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a Brussels calendar day starts. */
function brusselsMidnight(day: string): Date {
  const utc = new Date(`${day}T00:00:00.000Z`);
  return new Date(utc.getTime() - brusselsOffsetMs(utc));
}

function validDay(day: string): boolean {
  if (!isoDay.test(day)) return false;
  const at = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
}

/** A refused report parameter, named with its rule. */
export function invalidReportField(path: string, message: string) {
  return fail<never>('validation.failed', message, [{ path: [path], code: 'report.invalid', message }]);
}

/**
 * The period of a report, from and to as Brussels calendar days (both included), as the instants
 * [from, before). Each wrong day is named.
 */
export function reportPeriod(from: string, to: string): Result<{ from: Date; before: Date }> {
  if (!validDay(from)) return invalidReportField('from', 'from must be a day written YYYY-MM-DD');
  if (!validDay(to)) return invalidReportField('to', 'to must be a day written YYYY-MM-DD');
  if (to < from) return invalidReportField('to', 'to must be on or after from');
  const next = new Date(`${to}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return ok({ from: brusselsMidnight(from), before: brusselsMidnight(next.toISOString().slice(0, 10)) });
}
