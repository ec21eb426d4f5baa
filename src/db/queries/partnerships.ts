import {
  type Insertable,
  type Kysely,
  type NotNull,
  type SelectQueryBuilder,
  sql,
  type Updateable,
} from 'kysely';
import type { PartnershipStatus } from '../../contracts/partnership-vocabulary.js';
import { partnershipStatuses, runningStatuses } from '../../contracts/partnership-vocabulary.js';
import type { Engine } from '../client.js';
import type { Database } from '../schema.js';

/** All SQL about a partnership and its status history (meetings live in queries/meetings.ts). */
function withPeople(db: Kysely<Database>) {
  return db
    .selectFrom('partnerships as p')
    .innerJoin('people as me', 'me.id', 'p.mentee_id')
    .innerJoin('people as mo', 'mo.id', 'p.mentor_id')
    .leftJoin('users as c', 'c.id', 'p.coach_id');
}

const partnershipColumns = [
  'p.id',
  'p.status',
  'p.association_id',
  'p.coach_id',
  'p.score',
  'p.run_id',
  'p.proposed_at',
  'p.introduced_at',
  'p.mentee_response',
  'p.mentee_response_reason',
  'p.mentee_responded_at',
  'p.mentor_response',
  'p.mentor_response_reason',
  'p.mentor_responded_at',
  'p.started_at',
  'p.planned_end_at',
  'p.ended_at',
  'p.end_reason',
  'p.end_reason_text',
  'p.outcome',
  'p.outcome_details',
  'p.evaluation_skipped_reason',
  'p.held_by_month',
  'p.last_held_at',
  'p.planned_starts',
  'p.alerted_health',
  'p.mentee_id',
  'me.first_name as mentee_first_name',
  'me.last_name as mentee_last_name',
  'me.user_id as mentee_user_id',
  'me.email as mentee_email',
  'me.phone as mentee_phone',
  'me.locale as mentee_locale',
  'me.status as mentee_status',
  'me.sector_section as mentee_sector_section',
  'p.mentor_id',
  'mo.first_name as mentor_first_name',
  'mo.last_name as mentor_last_name',
  'mo.user_id as mentor_user_id',
  'mo.email as mentor_email',
  'mo.phone as mentor_phone',
  'mo.locale as mentor_locale',
  'mo.status as mentor_status',
  'c.name as coach_name',
  'c.email as coach_email',
  'c.phone as coach_phone',
] as const;

export type PartnershipRow = NonNullable<Awaited<ReturnType<typeof findPartnership>>>;

export async function findPartnership(db: Kysely<Database>, id: string) {
  return withPeople(db).select(partnershipColumns).where('p.id', '=', id).executeTakeFirst();
}

/** The partnerships a participant account is part of, newest first. */
export async function partnershipsOfUser(db: Kysely<Database>, userId: string, limit = 20) {
  // The account's person records first (index on people.user_id), then their partnerships through
  // the mentee and mentor indexes: no scan of every partnership.
  const people = await db.selectFrom('people').select('id').where('user_id', '=', userId).execute();
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  return withPeople(db)
    .select(partnershipColumns)
    .where((eb) => eb.or([eb('p.mentee_id', 'in', ids), eb('p.mentor_id', 'in', ids)]))
    .orderBy('p.proposed_at', 'desc')
    .limit(limit)
    .execute();
}

export async function updatePartnership(
  db: Kysely<Database>,
  id: string,
  patch: Updateable<Database['partnerships']>,
) {
  await db.updateTable('partnerships').set(patch).where('id', '=', id).execute();
}

/** Changes the status only if it is still the one the decision was made on (no lost update). */
export async function transitionPartnership(
  db: Kysely<Database>,
  id: string,
  fromStatus: PartnershipStatus,
  patch: Updateable<Database['partnerships']>,
): Promise<boolean> {
  const result = await db
    .updateTable('partnerships')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The status history in order. Steps taken within the same instant keep the lifecycle's order
 * (the statuses only move forward), so the history never shows "completed" before "closing".
 */
export async function listPartnershipChanges(db: Kysely<Database>, id: string) {
  const rows = await db
    .selectFrom('partnership_status_changes as s')
    .leftJoin('users as u', 'u.id', 's.actor_id')
    .select(['s.id', 's.from_status', 's.to_status', 's.at', 's.reason_text', 'u.name as actor_name'])
    .where('s.partnership_id', '=', id)
    .orderBy('s.at')
    .limit(200)
    .execute();
  const rank = (status: string) => (partnershipStatuses as readonly string[]).indexOf(status);
  return rows.sort((a, b) => a.at.localeCompare(b.at) || rank(a.to_status) - rank(b.to_status));
}

export interface HealthScreenFilter {
  associationId?: string | undefined;
  coachId?: string | undefined;
}

const summaryColumns = [
  'p.id',
  'p.status',
  'p.proposed_at',
  'p.introduced_at',
  'p.started_at',
  'p.planned_end_at',
  'p.held_by_month',
  'p.last_held_at',
  'p.planned_starts',
] as const;

function inScope<T extends { where: (...args: never[]) => unknown }>(
  query: T,
  filter: HealthScreenFilter,
): T {
  let q = query as unknown as SelectQueryBuilder<Database & { p: Database['partnerships'] }, 'p', object>;
  if (filter.associationId) q = q.where('p.association_id', '=', filter.associationId);
  if (filter.coachId) q = q.where('p.coach_id', '=', filter.coachId);
  return q as unknown as T;
}

/** Partnerships in scope whose stored health was never computed or may have changed by `now`. */
export async function listStaleHealth(db: Kysely<Database>, filter: HealthScreenFilter, now: string) {
  const query = db.selectFrom('partnerships as p').select(summaryColumns).where('p.health_until', '<=', now);
  return inScope(query, filter).execute();
}

/** One partnership's meeting summary, to recompute its health after a change. */
export async function findHealthInput(db: Kysely<Database>, id: string) {
  return db.selectFrom('partnerships as p').select(summaryColumns).where('p.id', '=', id).executeTakeFirst();
}

export async function saveHealth(
  db: Kysely<Database>,
  id: string,
  health: Updateable<Database['partnerships']>,
  /** Only if the stored health is still expired at this instant (a concurrent change wins). */
  staleAt?: string,
) {
  let query = db.updateTable('partnerships').set(health).where('id', '=', id);
  if (staleAt) query = query.where('health_until', '<=', staleAt);
  await query.execute();
}

/**
 * How many running partnerships in scope are in each health rank (0 off track, 1 at risk, 2 on
 * track; partnerships that are over have rank 3), counted from the covering health indexes.
 */
export async function countByHealth(db: Kysely<Database>, filter: HealthScreenFilter) {
  const query = db
    .selectFrom('partnerships as p')
    .select(['p.health_rank', (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.health_rank', '<', 3)
    .groupBy('p.health_rank');
  return inScope(query, filter).execute();
}

/** One page of the health screen in risk order, with the pair's names and coach. */
export async function pageByHealth(
  db: Kysely<Database>,
  filter: HealthScreenFilter & { rank?: number | undefined },
  page: number,
  pageSize: number,
) {
  let query = withPeople(db)
    .select([
      'p.id',
      'p.status',
      'p.association_id',
      'p.coach_id',
      'c.name as coach_name',
      'p.started_at',
      'p.planned_end_at',
      'p.last_held_at',
      'p.planned_starts',
      'p.health_state',
      'p.health_rule',
      'p.health_details',
      'me.first_name as mentee_first_name',
      'me.last_name as mentee_last_name',
      'mo.first_name as mentor_first_name',
      'mo.last_name as mentor_last_name',
    ])
    .where('p.health_rank', '<', 3)
    // Ranks 0..2 are the stored states; rank 3 (none) is left out, so state and rule are set.
    .$narrowType<{ health_state: NotNull; health_rule: NotNull }>();
  if (filter.associationId) query = query.where('p.association_id', '=', filter.associationId);
  if (filter.coachId) query = query.where('p.coach_id', '=', filter.coachId);
  if (filter.rank !== undefined) query = query.where('p.health_rank', '=', filter.rank);
  return query
    .orderBy('p.health_rank')
    .orderBy('p.health_sort')
    .orderBy('p.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}

/** The running partnerships in scope with their stored health, for the to-do list and the jobs. */
export async function listRunningForHealth(db: Kysely<Database>, filter: HealthScreenFilter) {
  const query = db
    .selectFrom('partnerships as p')
    .select([
      ...summaryColumns,
      'p.association_id',
      'p.coach_id',
      'p.alerted_health',
      'p.health_state',
      'p.health_rule',
    ])
    .where('p.status', 'in', [...runningStatuses]);
  return inScope(query, filter).execute();
}

/** Names, contacts and coach of the partnerships on one page of the health screen or a job's batch. */
export async function healthPageDetails(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return withPeople(db)
    .select([
      'p.id',
      'me.first_name as mentee_first_name',
      'me.last_name as mentee_last_name',
      'me.email as mentee_email',
      'me.locale as mentee_locale',
      'mo.first_name as mentor_first_name',
      'mo.last_name as mentor_last_name',
      'mo.email as mentor_email',
      'mo.locale as mentor_locale',
      'c.name as coach_name',
      'c.email as coach_email',
      'c.locale as coach_locale',
    ])
    .where('p.id', 'in', [...ids])
    .execute();
}

export async function insertPartnershipRow(db: Kysely<Database>, row: Insertable<Database['partnerships']>) {
  await db.insertInto('partnerships').values(row).execute();
}

/** One row of a partnership's status history: this module is the only writer of that table. */
export async function insertPartnershipChange(
  db: Kysely<Database>,
  row: Database['partnership_status_changes'],
) {
  await db.insertInto('partnership_status_changes').values(row).execute();
}

/** Whether a mentor still holds a place in another running partnership. */
export async function otherRunningOfPerson(
  db: Kysely<Database>,
  column: 'mentee_id' | 'mentor_id',
  personId: string,
  exceptId: string,
) {
  const row = await db
    .selectFrom('partnerships')
    .select('id')
    .where(column, '=', personId)
    .where('id', '!=', exceptId)
    .where('status', 'in', [...runningStatuses])
    .executeTakeFirst();
  return row !== undefined;
}

/** The active coaches of an association, to alert when a partnership has no coach of its own. */
export async function coachesOf(db: Kysely<Database>, associationId: string | null) {
  if (!associationId) return [];
  return db
    .selectFrom('users')
    .select(['email', 'name', 'locale'])
    .where('association_id', '=', associationId)
    .where('role', '=', 'coach')
    .where('disabled_at', 'is', null)
    .limit(20)
    .execute();
}

/** The running partnerships a coach follows, for their calendar feed. */
export async function partnershipsCoachedBy(db: Kysely<Database>, coachId: string) {
  return withPeople(db)
    .select([
      'p.id',
      'p.status',
      'me.first_name as mentee_first_name',
      'me.last_name as mentee_last_name',
      'mo.first_name as mentor_first_name',
      'mo.last_name as mentor_last_name',
    ])
    .where('p.coach_id', '=', coachId)
    .where('p.status', 'in', [...runningStatuses])
    .limit(500)
    .execute();
}

/**
 * Takes the partnership's row lock on PostgreSQL, so that two requests on one partnership (both
 * sides answering, two meeting logs) run one after the other and each reads what the other wrote.
 * SQLite's single writer serialises them already. Call it first in the transaction.
 */
export async function lockPartnership(db: Kysely<Database>, engine: Engine, id: string) {
  if (engine === 'postgres') await sql`SELECT id FROM partnerships WHERE id = ${id} FOR UPDATE`.execute(db);
}

/** Locks a person's row on PostgreSQL (their status depends on several partnerships). */
export async function lockPerson(db: Kysely<Database>, engine: Engine, id: string) {
  if (engine === 'postgres') await sql`SELECT id FROM people WHERE id = ${id} FOR UPDATE`.execute(db);
}
