import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** All SQL about sector tips (per NACE section). */
export async function insertTip(db: Kysely<Database>, row: Database['sector_tips']) {
  await db.insertInto('sector_tips').values(row).execute();
}

export async function findTip(db: Kysely<Database>, id: string) {
  return db.selectFrom('sector_tips').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateTip(
  db: Kysely<Database>,
  id: string,
  changes: { section: string; text: string; updated_at: string },
) {
  await db.updateTable('sector_tips').set(changes).where('id', '=', id).execute();
}

export async function deleteTip(db: Kysely<Database>, id: string) {
  await db.deleteFrom('sector_tips').where('id', '=', id).execute();
}

export async function pageTips(
  db: Kysely<Database>,
  section: string | undefined,
  page: number,
  pageSize: number,
) {
  let query = db.selectFrom('sector_tips');
  if (section) query = query.where('section', '=', section);
  const [items, total] = await Promise.all([
    query
      .selectAll()
      .orderBy('section')
      .orderBy('created_at')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
