import type { Kysely } from 'kysely';
import type { ReportStatus } from '../../contracts/career-vocabulary.js';
import type { CareerScope } from '../../domain/career/career-access.js';
import type { Database } from '../schema.js';
import { careerScopeWhere } from '../scopes/career.js';

/** All SQL about discrimination reports (their account is sealed; this module never opens it). */
export async function insertReport(db: Kysely<Database>, row: Database['discrimination_reports']) {
  await db.insertInto('discrimination_reports').values(row).execute();
}

function withMentee(db: Kysely<Database>) {
  return db
    .selectFrom('discrimination_reports')
    .innerJoin('people', 'people.id', 'discrimination_reports.person_id')
    .selectAll('discrimination_reports')
    .select(['people.first_name', 'people.last_name', 'people.association_id']);
}

export async function findReport(db: Kysely<Database>, id: string) {
  return withMentee(db).where('discrimination_reports.id', '=', id).executeTakeFirst();
}

export async function markReportHandled(
  db: Kysely<Database>,
  id: string,
  changes: { handled_at: string; handled_by: string; handled_note_sealed: string },
) {
  await db
    .updateTable('discrimination_reports')
    .set({ ...changes, status: 'handled' })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .execute();
}

/**
 * The reports the career scope admits (db/scopes/career.ts), of one status, oldest first (a to-do
 * list), or of one person, newest first.
 */
export async function pageReports(
  db: Kysely<Database>,
  filter: { status?: ReportStatus; scope: CareerScope; personId?: string },
  page: number,
  pageSize: number,
) {
  let query = db
    .selectFrom('discrimination_reports')
    .innerJoin('people', 'people.id', 'discrimination_reports.person_id')
    .where(careerScopeWhere(filter.scope));
  if (filter.status) query = query.where('discrimination_reports.status', '=', filter.status);
  if (filter.personId) query = query.where('discrimination_reports.person_id', '=', filter.personId);
  const [items, total] = await Promise.all([
    query
      .selectAll('discrimination_reports')
      .select(['people.first_name', 'people.last_name'])
      .orderBy('discrimination_reports.created_at', filter.personId ? 'desc' : 'asc')
      .orderBy('discrimination_reports.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
