const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

/**
 * A day and time typed in the browser (local time) as an ISO 8601 timestamp with the local offset,
 * e.g. "2025-03-04" + "14:30" -> "2025-03-04T14:30:00+01:00". Null when the input is not a real moment.
 */
export function localToIsoWithOffset(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const moment = new Date(`${day}T${time}:00`);
  if (Number.isNaN(moment.getTime())) return null;
  const offset = -moment.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const date = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  const clock = `${pad(moment.getHours())}:${pad(moment.getMinutes())}:00`;
  return `${date}T${clock}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
