/**
 * The programme runs in Belgium: meetings are planned, shown and counted in Brussels time, whatever
 * the clock of the phone says (a mentee on holiday still sees 14:00 for a 14:00 meeting in Gent).
 */
export const programmeTimeZone = 'Europe/Brussels';

const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: programmeTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Brussels wall-clock parts of a moment. */
function brusselsParts(moment: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(moment).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes Brussels is ahead of UTC at a moment (60 in winter, 120 in summer). */
export function brusselsOffsetMinutes(moment: Date): number {
  const p = brusselsParts(moment);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

/**
 * A day and time typed as Brussels time, as an ISO 8601 timestamp with the Brussels offset:
 * "2026-03-04" + "14:30" -> "2026-03-04T14:30:00+01:00". Null when it is not a real moment.
 */
export function brusselsToIso(day: string, time: string): string | null {
  const dayMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dayMatch || !timeMatch) return null;
  const [year, month, date] = [Number(dayMatch[1]), Number(dayMatch[2]), Number(dayMatch[3])];
  const [hour, minute] = [Number(timeMatch[1]), Number(timeMatch[2])];
  if (month < 1 || month > 12 || date < 1 || date > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  if (new Date(wall).getUTCDate() !== date) return null;
  // The offset at the wall time read as UTC is right except within hours of a change; check once more.
  let offset = brusselsOffsetMinutes(new Date(wall - 60 * 60_000));
  offset = brusselsOffsetMinutes(new Date(wall - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  return `${day}T${time}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Today (or `days` from now) in Brussels as the value of an <input type="date">. */
export function brusselsDay(now: Date, days = 0): string {
  const p = brusselsParts(new Date(now.getTime() + days * 86_400_000));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** A "YYYY-MM" month (as the health rules name them) in words: "november 2026". */
export function formatMonth(month: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const moment = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(moment);
}
