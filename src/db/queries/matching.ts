import type { Kysely } from 'kysely';
import { runningStatuses } from '../../contracts/partnership-vocabulary.js';
import type { PersonStatus } from '../../contracts/people-vocabulary.js';
import type { MatchingRunScope } from '../../domain/access/matching-run-access.js';
import type { Database } from '../schema.js';
import { matchingRunScopeWhere } from '../scopes/matching-run.js';

/** All SQL about matching: pools, blocks, runs, weights and partnerships. */
export async function loadPoolPeople(
  db: Kysely<Database>,
  kind: 'mentee' | 'mentor',
  statuses: readonly PersonStatus[],
  /** The associations whose people enter, or null for every association. */
  associationIds: readonly string[] | null,
) {
  let query = db
    .selectFrom('people')
    .where('people.erased_at', 'is', null)
    .leftJoin('associations', 'associations.id', 'people.association_id')
    .leftJoin('ref_postcodes', (join) => join.onRef('ref_postcodes.postal_code', '=', 'people.postcode'))
    .select([
      'people.id',
      'people.first_name',
      'people.last_name',
      'people.association_id',
      'associations.name as association_name',
      'people.sector_code',
      'people.sector_section',
      'people.postcode',
      'people.assessment',
      'people.application',
      'people.applied_at',
      'people.email',
      'ref_postcodes.latitude',
      'ref_postcodes.longitude',
    ])
    .where('people.kind', '=', kind)
    .where('people.status', 'in', [...statuses]);
  // '' matches nobody and keeps the list from being empty.
  if (associationIds) query = query.where('people.association_id', 'in', ['', ...associationIds]);
  const rows = await query
    .orderBy('people.applied_at')
    .orderBy('people.id')
    .orderBy('ref_postcodes.place_name')
    .execute();
  // A postcode can name several places: keep one row per person.
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
}

export async function countHeldPlaces(db: Kysely<Database>, mentorIds: readonly string[]) {
  if (mentorIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('partnerships')
    .select(['mentor_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mentor_id', 'in', [...mentorIds])
    .where('status', 'in', [...runningStatuses])
    .groupBy('mentor_id')
    .execute();
  return new Map(rows.map((r) => [r.mentor_id, Number(r.n)]));
}

export async function listBlocks(db: Kysely<Database>) {
  return db.selectFrom('match_blocks').select(['mentee_id', 'mentor_id']).execute();
}

export async function insertBlock(
  db: Kysely<Database>,
  block: { menteeId: string; mentorId: string; reason: string; by: string | null; at: string },
) {
  await db
    .insertInto('match_blocks')
    .values({
      mentee_id: block.menteeId,
      mentor_id: block.mentorId,
      reason: block.reason,
      blocked_by: block.by,
      blocked_at: block.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['mentee_id', 'mentor_id'])
        .doUpdateSet({ reason: block.reason, blocked_by: block.by, blocked_at: block.at }),
    )
    .execute();
}

export async function findWeights(db: Kysely<Database>) {
  return db
    .selectFrom('matching_settings')
    .select('weights')
    .where('id', '=', 'programme')
    .executeTakeFirst();
}

export async function saveWeights(db: Kysely<Database>, weights: string, by: string | null, at: string) {
  await db
    .insertInto('matching_settings')
    .values({ id: 'programme', weights, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ weights, updated_by: by, updated_at: at }))
    .execute();
}

export async function insertRun(db: Kysely<Database>, run: Database['match_runs']) {
  await db.insertInto('match_runs').values(run).execute();
}

export async function findRun(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('match_runs')
    .leftJoin('associations', 'associations.id', 'match_runs.association_id')
    .leftJoin('users', 'users.id', 'match_runs.created_by')
    .selectAll('match_runs')
    .select(['associations.name as association_name', 'users.name as creator_name'])
    .where('match_runs.id', '=', id)
    .executeTakeFirst();
}

export async function markRunConfirmed(db: Kysely<Database>, id: string) {
  const result = await db
    .updateTable('match_runs')
    .set({ status: 'confirmed' })
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One page of the runs the scope admits (db/scopes/matching-run.ts), newest first. */
export async function pageRuns(
  db: Kysely<Database>,
  scope: MatchingRunScope,
  page: number,
  pageSize: number,
) {
  const query = db
    .selectFrom('match_runs')
    .leftJoin('associations', 'associations.id', 'match_runs.association_id')
    .where(matchingRunScopeWhere(scope));
  const [items, total] = await Promise.all([
    query
      .select([
        'match_runs.id',
        'match_runs.created_at',
        'associations.name as association_name',
        'match_runs.matched',
        'match_runs.mentees_in_pool',
        'match_runs.status',
      ])
      .orderBy('match_runs.created_at', 'desc')
      .orderBy('match_runs.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function heldPartnershipOfMentee(db: Kysely<Database>, menteeId: string) {
  return db
    .selectFrom('partnerships')
    .select('id')
    .where('mentee_id', '=', menteeId)
    .where('status', 'in', [...runningStatuses])
    .executeTakeFirst();
}
