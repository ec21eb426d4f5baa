import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { sessionsWithCounts } from './training.js';

/** SQL about sessions seen from one session or one person: detail, own registrations, calendar, reminders. */
export async function findSessionWithCounts(db: Kysely<Database>, id: string) {
  return sessionsWithCounts(db).where('training_sessions.id', '=', id).executeTakeFirst();
}

/** One page of a person's registrations (not cancelled), the latest session first. */
export async function pagePersonRegistrations(
  db: Kysely<Database>,
  personId: string,
  page: number,
  pageSize: number,
) {
  const base = db
    .selectFrom('training_registrations')
    .where('training_registrations.person_id', '=', personId)
    .where('training_registrations.status', '!=', 'cancelled');
  const [rows, total] = await Promise.all([
    base
      .select([
        'training_registrations.id as registration_id',
        'training_registrations.session_id',
        'training_registrations.status as registration_status',
        'training_registrations.registered_at as registration_at',
      ])
      .innerJoin('training_sessions', 'training_sessions.id', 'training_registrations.session_id')
      .orderBy('training_sessions.starts_at', 'desc')
      .orderBy('training_registrations.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const sessionIds = rows.map((r) => r.session_id);
  const sessions =
    sessionIds.length === 0
      ? []
      : await sessionsWithCounts(db).where('training_sessions.id', 'in', sessionIds).execute();
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return {
    items: rows.map((r) => ({ ...r, session: byId.get(r.session_id)! })),
    total: Number(total.n),
  };
}

/** Per module: its first session starting after `from` (for a person's path). */
export async function nextSessionsByModule(db: Kysely<Database>, moduleIds: readonly string[], from: string) {
  if (moduleIds.length === 0) return new Map<string, Awaited<ReturnType<typeof findSessionWithCounts>>>();
  const rows = await sessionsWithCounts(db)
    .where('training_sessions.module_id', 'in', [...moduleIds])
    .where('training_sessions.starts_at', '>', from)
    .orderBy('training_sessions.starts_at')
    .limit(500)
    .execute();
  const byModule = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!byModule.has(row.module_id)) byModule.set(row.module_id, row);
  return byModule;
}

/** A person's coming (or recent) sessions they hold a place in or wait for, for the path and the calendar. */
export async function sessionsOfPerson(db: Kysely<Database>, personId: string, from: string) {
  return db
    .selectFrom('training_registrations')
    .innerJoin('training_sessions', 'training_sessions.id', 'training_registrations.session_id')
    .innerJoin('training_modules', 'training_modules.id', 'training_sessions.module_id')
    .select([
      'training_registrations.id as registration_id',
      'training_registrations.status',
      'training_sessions.id',
      'training_sessions.module_id',
      'training_sessions.starts_at',
      'training_sessions.ends_at',
      'training_sessions.place',
      'training_sessions.video_url',
      'training_sessions.trainer',
      'training_modules.title as module_title',
    ])
    .where('training_registrations.person_id', '=', personId)
    .where('training_registrations.status', 'in', ['registered', 'attended', 'absent', 'waitlisted'])
    .where('training_sessions.ends_at', '>=', from)
    .orderBy('training_sessions.starts_at')
    .limit(500)
    .execute();
}

/** Registrations holding a place in sessions that start within [from, to), with whom to remind. */
export async function placesInSessionsStarting(db: Kysely<Database>, from: string, to: string) {
  return db
    .selectFrom('training_sessions')
    .innerJoin('training_registrations', 'training_registrations.session_id', 'training_sessions.id')
    .innerJoin('training_modules', 'training_modules.id', 'training_sessions.module_id')
    .innerJoin('people', 'people.id', 'training_registrations.person_id')
    .select([
      'training_registrations.id as registration_id',
      'training_sessions.starts_at',
      'training_sessions.ends_at',
      'training_sessions.place',
      'training_sessions.video_url',
      'training_sessions.trainer',
      'training_modules.title as module_title',
      'people.first_name',
      'people.email',
      'people.locale',
    ])
    .where('training_sessions.starts_at', '>=', from)
    .where('training_sessions.starts_at', '<', to)
    .where('training_registrations.status', '=', 'registered')
    .orderBy('training_sessions.starts_at')
    .orderBy('training_registrations.id')
    .execute();
}
