import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { AssociationsTable, Database } from '../schema.js';
import { likeText } from './text-match.js';

export type AssociationRow = Selectable<AssociationsTable>;

/** All SQL about associations. */
export async function insertAssociation(
  db: Kysely<Database>,
  row: Insertable<AssociationsTable>,
): Promise<void> {
  await db.insertInto('associations').values(row).execute();
}

export async function updateAssociation(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<AssociationRow, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('associations').set(changes).where('id', '=', id).execute();
}

export async function findAssociationByNameKey(db: Kysely<Database>, nameKey: string) {
  return db.selectFrom('associations').select(['id']).where('name_key', '=', nameKey).executeTakeFirst();
}

function withStaffCount(db: Kysely<Database>) {
  return db
    .selectFrom('associations')
    .selectAll('associations')
    .select((eb) =>
      eb
        .selectFrom('users')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('users.association_id', '=', 'associations.id')
        .where('users.role', '=', 'coach')
        .as('staff_count'),
    );
}

export async function findAssociation(db: Kysely<Database>, id: string) {
  return withStaffCount(db).where('associations.id', '=', id).executeTakeFirst();
}

export async function pageAssociations(
  db: Kysely<Database>,
  filter: { q?: string | undefined; onlyId?: string | null },
  page: number,
  pageSize: number,
) {
  let rows = withStaffCount(db);
  let count = db.selectFrom('associations').select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.q) {
    const text = filter.q.toLowerCase();
    rows = rows.where(likeText(sql.ref('associations.name_key'), text, 'contains'));
    count = count.where(likeText(sql.ref('associations.name_key'), text, 'contains'));
  }
  if (filter.onlyId !== undefined) {
    rows = rows.where('associations.id', '=', filter.onlyId ?? '');
    count = count.where('associations.id', '=', filter.onlyId ?? '');
  }
  const [items, total] = await Promise.all([
    rows
      .orderBy('associations.name_key')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows: items, total: Number(total.n) };
}

/** Name, region and city of every association (at most 500), for the public application form. */
export async function listAssociationNames(db: Kysely<Database>) {
  return db
    .selectFrom('associations')
    .select(['id', 'name', 'region', 'city'])
    .orderBy('name_key')
    .limit(500)
    .execute();
}

/** Id, region and mentor sharing of every association (at most 500): what the pool rule needs. */
export async function listPoolAssociations(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('associations')
    .select(['id', 'region', 'shares_mentors'])
    .orderBy('name_key')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, region: r.region, sharesMentors: Number(r.shares_mentors) === 1 }));
}
