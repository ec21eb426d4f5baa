import type { Kysely } from 'kysely';
import type { PersonStatus } from '../../contracts/people-vocabulary.js';
import type { Database } from '../schema.js';

/** All SQL about the directory of mentors (opt-in rows). */
export async function findListing(db: Kysely<Database>, personId: string) {
  return db.selectFrom('mentor_directory').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function upsertListing(db: Kysely<Database>, personId: string, line: string, at: string) {
  await db
    .insertInto('mentor_directory')
    .values({ person_id: personId, line, listed_at: at, updated_at: at })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ line, updated_at: at }))
    .execute();
}

export async function deleteListing(db: Kysely<Database>, personId: string) {
  await db.deleteFrom('mentor_directory').where('person_id', '=', personId).execute();
}

/** One page of listed mentors who are still in the programme, by name. */
export async function pageListings(
  db: Kysely<Database>,
  activeStatuses: readonly PersonStatus[],
  page: number,
  pageSize: number,
) {
  const base = db
    .selectFrom('mentor_directory')
    .innerJoin('people', 'people.id', 'mentor_directory.person_id')
    .where('people.kind', '=', 'mentor')
    .where('people.status', 'in', [...activeStatuses]);
  const [items, total] = await Promise.all([
    base
      .leftJoin('ref_sectors', 'ref_sectors.code', 'people.sector_code')
      .select([
        'people.id',
        'people.first_name',
        'people.last_name',
        'people.sector_code',
        'ref_sectors.label_nl',
        'ref_sectors.label_fr',
        'ref_sectors.label_en',
        'mentor_directory.line',
        'mentor_directory.listed_at',
      ])
      .orderBy('people.search_name')
      .orderBy('people.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
