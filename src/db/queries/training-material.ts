import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** All SQL about self-study pages, who read them, and which modules a person completed. */
export async function insertPage(db: Kysely<Database>, row: Database['training_pages']) {
  await db.insertInto('training_pages').values(row).execute();
}

export async function updatePage(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Pick<Database['training_pages'], 'title' | 'body' | 'position' | 'updated_at'>>,
) {
  await db.updateTable('training_pages').set(changes).where('id', '=', id).execute();
}

export async function findPage(db: Kysely<Database>, id: string) {
  return db.selectFrom('training_pages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lastPagePosition(db: Kysely<Database>, moduleId: string) {
  const row = await db
    .selectFrom('training_pages')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('module_id', '=', moduleId)
    .executeTakeFirst();
  return Number(row?.position ?? 0);
}

/** One page of a module's pages in reading order, with whether the person read each. */
export async function pageModulePages(
  db: Kysely<Database>,
  moduleId: string,
  personId: string | null,
  page: number,
  pageSize: number,
) {
  const [items, total] = await Promise.all([
    db
      .selectFrom('training_pages')
      .leftJoin('training_page_reads', (join) =>
        join
          .onRef('training_page_reads.page_id', '=', 'training_pages.id')
          .on('training_page_reads.person_id', '=', personId ?? ''),
      )
      .selectAll('training_pages')
      .select('training_page_reads.read_at')
      .where('training_pages.module_id', '=', moduleId)
      .orderBy('training_pages.position')
      .orderBy('training_pages.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    countPages(db, moduleId),
  ]);
  return { items, total };
}

export async function countPages(db: Kysely<Database>, moduleId: string) {
  const row = await db
    .selectFrom('training_pages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('module_id', '=', moduleId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks a page read once; reading it again keeps the first time. */
export async function insertPageRead(db: Kysely<Database>, pageId: string, personId: string, at: string) {
  await db
    .insertInto('training_page_reads')
    .values({ page_id: pageId, person_id: personId, read_at: at })
    .onConflict((oc) => oc.columns(['page_id', 'person_id']).doNothing())
    .execute();
}

/** Per self-study module: how many pages it has (modules are few; bounded). */
export async function selfStudyPageCounts(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('training_pages')
    .innerJoin('training_modules', 'training_modules.id', 'training_pages.module_id')
    .select(['training_pages.module_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('training_modules.format', '=', 'self_study')
    .groupBy('training_pages.module_id')
    .execute();
  return new Map(rows.map((r) => [r.module_id, Number(r.n)]));
}

/** Per person and module: the pages they read. */
export async function pagesReadByModule(db: Kysely<Database>, personIds: readonly string[]) {
  const byPerson = new Map<string, Map<string, number>>();
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .selectFrom('training_page_reads')
    .innerJoin('training_pages', 'training_pages.id', 'training_page_reads.page_id')
    .select([
      'training_page_reads.person_id',
      'training_pages.module_id',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('training_page_reads.person_id', 'in', [...personIds])
    .groupBy(['training_page_reads.person_id', 'training_pages.module_id'])
    .execute();
  for (const row of rows) {
    const modules = byPerson.get(row.person_id) ?? new Map<string, number>();
    modules.set(row.module_id, Number(row.n));
    byPerson.set(row.person_id, modules);
  }
  return byPerson;
}

/** How many of a module's pages a person read. */
export async function pagesReadInModule(db: Kysely<Database>, personId: string, moduleId: string) {
  const row = await db
    .selectFrom('training_page_reads')
    .innerJoin('training_pages', 'training_pages.id', 'training_page_reads.page_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('training_page_reads.person_id', '=', personId)
    .where('training_pages.module_id', '=', moduleId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** When a person completed a module: their last attended session's end, or their last page read. */
export async function completionTime(db: Kysely<Database>, personId: string, moduleId: string) {
  const [attended, read] = await Promise.all([
    db
      .selectFrom('training_registrations')
      .innerJoin('training_sessions', 'training_sessions.id', 'training_registrations.session_id')
      .select((eb) => eb.fn.max('training_sessions.ends_at').as('at'))
      .where('training_registrations.person_id', '=', personId)
      .where('training_registrations.status', '=', 'attended')
      .where('training_sessions.module_id', '=', moduleId)
      .executeTakeFirst(),
    db
      .selectFrom('training_page_reads')
      .innerJoin('training_pages', 'training_pages.id', 'training_page_reads.page_id')
      .select((eb) => eb.fn.max('training_page_reads.read_at').as('at'))
      .where('training_page_reads.person_id', '=', personId)
      .where('training_pages.module_id', '=', moduleId)
      .executeTakeFirst(),
  ]);
  return (attended?.at as string | null | undefined) ?? (read?.at as string | null | undefined) ?? null;
}
