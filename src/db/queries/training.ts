import { type Kysely, sql } from 'kysely';
import type { PersonKind } from '../../contracts/people-vocabulary.js';
import type { RegistrationStatus } from '../../contracts/training-vocabulary.js';
import type { TrainingRegistrationScope } from '../../domain/access/training-registration-access.js';
import type { Engine } from '../client.js';
import type { Database } from '../schema.js';
import { trainingRegistrationScopeWhere } from '../scopes/training-registration.js';

/** All SQL about training: modules, sessions, registrations, attendance. */
export async function insertModule(db: Kysely<Database>, row: Database['training_modules']) {
  await db.insertInto('training_modules').values(row).execute();
}

export async function findModuleByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('training_modules').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findModule(db: Kysely<Database>, id: string) {
  return db.selectFrom('training_modules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listModules(db: Kysely<Database>, audience?: PersonKind) {
  let query = db.selectFrom('training_modules').selectAll();
  if (audience)
    query = query.where((eb) => eb.or([eb('audience', '=', audience), eb('audience', '=', 'both')]));
  return query.orderBy('audience').orderBy('code').limit(200).execute();
}

export async function listRequiredModules(db: Kysely<Database>) {
  return db
    .selectFrom('training_modules')
    .select(['id', 'code', 'audience'])
    .where('required_for_matching', '=', 1)
    .execute();
}

export async function insertSession(db: Kysely<Database>, row: Database['training_sessions']) {
  await db.insertInto('training_sessions').values(row).execute();
}

export async function findSession(db: Kysely<Database>, id: string) {
  return db.selectFrom('training_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Takes the session's row lock on PostgreSQL so that two registrations at the same moment are
 * counted one after the other (SQLite's single writer already serialises them).
 */
export async function lockSession(db: Kysely<Database>, engine: Engine, id: string) {
  if (engine === 'postgres')
    await sql`SELECT id FROM training_sessions WHERE id = ${id} FOR UPDATE`.execute(db);
}

/** Sessions joined to their module, with places taken and the waiting list's length. */
export function sessionsWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('training_sessions')
    .innerJoin('training_modules', 'training_modules.id', 'training_sessions.module_id')
    .selectAll('training_sessions')
    .select(['training_modules.code as module_code', 'training_modules.title as module_title'])
    .select((eb) =>
      eb
        .selectFrom('training_registrations')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('training_registrations.session_id', '=', 'training_sessions.id')
        .where('training_registrations.status', 'in', ['registered', 'attended', 'absent'])
        .as('registered_count'),
    )
    .select((eb) =>
      eb
        .selectFrom('training_registrations')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('training_registrations.session_id', '=', 'training_sessions.id')
        .where('training_registrations.status', '=', 'waitlisted')
        .as('waitlisted_count'),
    );
}

export type SessionWithCounts = Awaited<ReturnType<ReturnType<typeof sessionsWithCounts>['execute']>>[number];

export async function listSessions(
  db: Kysely<Database>,
  moduleId: string | undefined,
  page: number,
  pageSize: number,
) {
  let items = sessionsWithCounts(db);
  let count = db.selectFrom('training_sessions');
  if (moduleId) {
    items = items.where('training_sessions.module_id', '=', moduleId);
    count = count.where('training_sessions.module_id', '=', moduleId);
  }
  const [rows, total] = await Promise.all([
    items
      .orderBy('training_sessions.starts_at')
      .orderBy('training_sessions.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    count.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows, total: Number(total.n) };
}

export async function countRegistrations(db: Kysely<Database>, sessionId: string) {
  const rows = await db
    .selectFrom('training_registrations')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('session_id', '=', sessionId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<Record<string, number>>;
}

export async function findRegistration(db: Kysely<Database>, id: string) {
  return db.selectFrom('training_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRegistrationOf(db: Kysely<Database>, sessionId: string, personId: string) {
  return db
    .selectFrom('training_registrations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function insertRegistration(db: Kysely<Database>, row: Database['training_registrations']) {
  await db.insertInto('training_registrations').values(row).execute();
}

export async function setRegistrationStatus(
  db: Kysely<Database>,
  id: string,
  status: RegistrationStatus,
  at: string,
  registeredAt?: string,
) {
  await db
    .updateTable('training_registrations')
    .set({ status, updated_at: at, ...(registeredAt ? { registered_at: registeredAt } : {}) })
    .where('id', '=', id)
    .execute();
}

/** The longest waiting first. */
export async function oldestWaitlisted(db: Kysely<Database>, sessionId: string, count: number) {
  return db
    .selectFrom('training_registrations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('registered_at')
    .orderBy('id')
    .limit(count)
    .execute();
}

/** A session's registrations of the people the scope admits (db/scopes/training-registration.ts). */
export async function listSessionRegistrations(
  db: Kysely<Database>,
  sessionId: string,
  scope: TrainingRegistrationScope,
) {
  return db
    .selectFrom('training_registrations')
    .innerJoin('people', 'people.id', 'training_registrations.person_id')
    .select([
      'training_registrations.id',
      'training_registrations.person_id',
      'training_registrations.status',
      'training_registrations.registered_at',
      'people.first_name',
      'people.last_name',
      'people.association_id',
    ])
    .where('training_registrations.session_id', '=', sessionId)
    .where(trainingRegistrationScopeWhere(scope))
    .orderBy('training_registrations.registered_at')
    .orderBy('training_registrations.id')
    .limit(1000)
    .execute();
}

/** Module ids each person attended (completed). */
export async function attendedModules(db: Kysely<Database>, personIds: readonly string[]) {
  if (personIds.length === 0) return new Map<string, Set<string>>();
  const rows = await db
    .selectFrom('training_registrations')
    .innerJoin('training_sessions', 'training_sessions.id', 'training_registrations.session_id')
    .select(['training_registrations.person_id', 'training_sessions.module_id'])
    .where('training_registrations.status', '=', 'attended')
    .where('training_registrations.person_id', 'in', [...personIds])
    .execute();
  const byPerson = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = byPerson.get(row.person_id) ?? new Set<string>();
    set.add(row.module_id);
    byPerson.set(row.person_id, set);
  }
  return byPerson;
}

/** A person's registrations by module: attended wins over registered, registered over waitlisted. */
export async function registrationsByModule(db: Kysely<Database>, personId: string) {
  const rows = await db
    .selectFrom('training_registrations')
    .innerJoin('training_sessions', 'training_sessions.id', 'training_registrations.session_id')
    .select(['training_sessions.module_id', 'training_registrations.status'])
    .where('training_registrations.person_id', '=', personId)
    .where('training_registrations.status', 'in', ['attended', 'registered', 'waitlisted'])
    .execute();
  const rank = { attended: 3, registered: 2, waitlisted: 1 } as const;
  const byModule = new Map<string, 'attended' | 'registered' | 'waitlisted'>();
  for (const row of rows) {
    const status = row.status as keyof typeof rank;
    const current = byModule.get(row.module_id);
    if (!current || rank[status] > rank[current]) byModule.set(row.module_id, status);
  }
  return byModule;
}

/** Assigns a module to a person once (a second assignment changes nothing). */
export async function insertAssignment(db: Kysely<Database>, row: Database['training_assignments']) {
  const result = await db
    .insertInto('training_assignments')
    .values(row)
    .onConflict((oc) => oc.columns(['person_id', 'module_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteAssignment(db: Kysely<Database>, personId: string, moduleId: string) {
  const result = await db
    .deleteFrom('training_assignments')
    .where('person_id', '=', personId)
    .where('module_id', '=', moduleId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The modules assigned to a person, with who assigned them. */
export async function assignmentsOf(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('training_assignments as a')
    .leftJoin('users as u', 'u.id', 'a.assigned_by')
    .select(['a.module_id', 'u.name as assigned_by_name'])
    .where('a.person_id', '=', personId)
    .limit(200)
    .execute();
}
