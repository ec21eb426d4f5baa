/**
 * Calendar arithmetic for the programme, which counts in Belgian calendar months and days
 * (Europe/Brussels). Pure: the time comes in as an argument; Intl only formats.
 */
export const programmeTimeZone = 'Europe/Brussels';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: programmeTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Brussels calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return dayFormat.format(at);
}

/** The Brussels calendar month of an instant, as YYYY-MM. */
export function localMonth(at: Date): string {
  return localDay(at).slice(0, 7);
}

/** The month after (or `n` months after) a YYYY-MM month. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Days in a YYYY-MM month. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The same day-of-month `n` months later (clamped to the month's last day), same time of day. */
export function addMonths(at: Date, n: number): Date {
  const result = new Date(at.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + n);
  const last = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, last));
  return result;
}

export const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / dayMs);
}
