/**
 * The day-before reminder counts in Belgian calendar days (Europe/Brussels), whatever the server's
 * time zone. Pure: the time comes in as an argument; Intl only reads the time-zone rules.
 */
const timeZone = 'Europe/Brussels';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(at: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    asUtc: Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  };
}

/** The instant Brussels midnight begins on a calendar day (handles the summer-time changes). */
function brusselsMidnight(year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day);
  let instant = guess - (wallClock(new Date(guess)).asUtc - guess);
  instant = guess - (wallClock(new Date(instant)).asUtc - instant);
  return new Date(instant);
}

/** The Brussels calendar day `offsetDays` after the one `now` falls on: [from, to) and its date. */
export function brusselsDay(now: Date, offsetDays: number): { day: string; from: Date; to: Date } {
  const today = wallClock(now);
  const target = new Date(Date.UTC(today.year, today.month - 1, today.day + offsetDays));
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + offsetDays + 1));
  return {
    day: target.toISOString().slice(0, 10),
    from: brusselsMidnight(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate()),
    to: brusselsMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
  };
}
