import { sides } from '../../contracts/partnership-vocabulary.js';
import type { Side } from '../partnerships/partnership-lifecycle.js';
import { addMonths } from './calendar.js';

/**
 * The coach's own rhythm: contact with each side twice in the first month of an active
 * partnership, and once in every month after that. Pure: contacts and time come in.
 */
export interface ContactDue {
  side: Side;
  /** Contacts asked for in the current period, and those made. */
  required: number;
  done: number;
  periodStart: string;
  periodEnd: string;
  due: boolean;
  lastContactAt: string | null;
}

export function contactsDue(
  startedAt: string,
  contacts: ReadonlyArray<{ side: Side; at: string }>,
  now: Date,
): ContactDue[] {
  const start = new Date(startedAt);
  let month = 0;
  while (addMonths(start, month + 1).getTime() <= now.getTime()) month += 1;
  const periodStart = addMonths(start, month);
  const periodEnd = addMonths(start, month + 1);
  const required = month === 0 ? 2 : 1;
  return sides.map((side) => {
    const own = contacts.filter((c) => c.side === side);
    const done = own.filter((c) => {
      const at = new Date(c.at).getTime();
      return at >= periodStart.getTime() && at < periodEnd.getTime();
    }).length;
    const last =
      own
        .map((c) => c.at)
        .sort()
        .at(-1) ?? null;
    return {
      side,
      required,
      done,
      periodStart: periodStart.toISOString(),
      periodEnd: periodEnd.toISOString(),
      due: done < required,
      lastContactAt: last,
    };
  });
}
