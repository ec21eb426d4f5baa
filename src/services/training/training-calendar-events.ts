import { z } from 'zod';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { sessionsOfPerson } from '../../db/queries/training-sessions.js';
import type { CalendarEvent, CalendarSource } from '../calendar/calendar-event.js';

const waitingLabel = { nl: 'wachtlijst', fr: "liste d'attente", en: 'waiting list' } as const;
const trainerLabel = { nl: 'Trainer', fr: 'Formateur·rice', en: 'Trainer' } as const;

/**
 * The calendar source of training: the sessions a mentee or mentor holds a place in (confirmed) or
 * waits for (tentative), from thirty days ago on.
 */
export const trainingCalendarEvents: CalendarSource = async (deps, user) => {
  if (user.role !== 'mentee' && user.role !== 'mentor') return [];
  const person = await findPersonByUser(deps.db.kysely, user.id);
  if (!person) return [];
  const from = new Date(deps.now().getTime() - 30 * 86_400_000).toISOString();
  const rows = await sessionsOfPerson(deps.db.kysely, person.id, from);
  return rows.map((row): CalendarEvent => {
    const titles = parseStoredJson(z.record(z.string(), z.string()), row.module_title, 'module title');
    const title = titles[user.locale] || titles.nl || '';
    const waiting = row.status === 'waitlisted';
    return {
      uid: `training-session-${row.id}@mentor2work`,
      start: new Date(row.starts_at),
      end: new Date(row.ends_at),
      title: waiting ? `${title} (${waitingLabel[user.locale]})` : title,
      description: `${trainerLabel[user.locale]}: ${row.trainer}`,
      location: row.place ?? row.video_url,
      url: row.video_url,
      status: waiting ? 'tentative' : 'confirmed',
    };
  });
};
