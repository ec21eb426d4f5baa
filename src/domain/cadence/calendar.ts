/**
 * Calendar arithmetic for the programme, which counts in Belgian calendar months and days
 * (Europe/Brussels). Pure: the time comes in as an argument; Intl only formats.
 */
export const programmeTimeZone = 'Europe/Brussels';

/**
 * Brussels is UTC+1, and UTC+2 from the last Sunday of March to the last Sunday of October (both at
 * 01:00 UTC, the EU rule since 1996). Computed rather than asked of Intl for each date: the health
 * screen evaluates this tens of thousands of times per request. A test compares it with Intl.
 */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 86_400_000;
}

export function brusselsOffsetMs(at: Date): number {
  const year = at.getUTCFullYear();
  const t = at.getTime();
  return t >= lastSundayUtc(year, 2) && t < lastSundayUtc(year, 9) ? 2 * 3_600_000 : 3_600_000;
}

/** The Brussels calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + brusselsOffsetMs(at)).toISOString().slice(0, 10);
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

/** A Brussels calendar month as one number (year * 12 + month - 1), for fast month arithmetic. */
export function localMonthIndex(at: Date | number): number {
  const t = typeof at === 'number' ? at : at.getTime();
  const local = new Date(t + brusselsOffsetMs(new Date(t)));
  return local.getUTCFullYear() * 12 + local.getUTCMonth();
}

/** The Brussels day of the month (1..31) of an instant. */
export function localDayOfMonth(at: Date): number {
  return new Date(at.getTime() + brusselsOffsetMs(at)).getUTCDate();
}

const monthKeys = new Map<number, string>();
/** YYYY-MM of a month index. */
export function monthKey(index: number): string {
  let key = monthKeys.get(index);
  if (key === undefined) {
    key = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    monthKeys.set(index, key);
  }
  return key;
}
