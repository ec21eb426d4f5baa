import type { Kysely } from 'kysely';
import type { ApplicationStage } from '../../contracts/career-vocabulary.js';
import type { Database } from '../schema.js';

export type JobApplicationRow = Database['job_applications'];

/** All SQL about the job applications a mentee tracks, their stage history and feedback. */
export async function insertJobApplication(db: Kysely<Database>, row: JobApplicationRow) {
  await db.insertInto('job_applications').values(row).execute();
}

export async function findJobApplication(db: Kysely<Database>, id: string) {
  return db.selectFrom('job_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateJobApplication(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<JobApplicationRow, 'id' | 'person_id'>>,
) {
  await db.updateTable('job_applications').set(changes).where('id', '=', id).execute();
}

/** Moves the stage only if nobody moved it in between; false when someone did. */
export async function moveStage(
  db: Kysely<Database>,
  id: string,
  from: ApplicationStage,
  to: ApplicationStage,
  at: string,
) {
  const result = await db
    .updateTable('job_applications')
    .set({ stage: to, updated_at: at })
    .where('id', '=', id)
    .where('stage', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function pageJobApplications(
  db: Kysely<Database>,
  personId: string,
  page: number,
  pageSize: number,
) {
  const [items, total] = await Promise.all([
    db
      .selectFrom('job_applications')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('applied_on', 'desc')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('job_applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function insertStageChange(
  db: Kysely<Database>,
  row: Omit<Database['job_application_stage_changes'], 'seq'>,
) {
  const last = await db
    .selectFrom('job_application_stage_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('application_id', '=', row.application_id)
    .executeTakeFirst();
  await db
    .insertInto('job_application_stage_changes')
    .values({ ...row, seq: Number(last?.seq ?? 0) + 1 })
    .execute();
}

export async function listStageChanges(db: Kysely<Database>, applicationId: string) {
  return db
    .selectFrom('job_application_stage_changes')
    .leftJoin('users', 'users.id', 'job_application_stage_changes.actor_id')
    .selectAll('job_application_stage_changes')
    .select('users.name as actor_name')
    .where('application_id', '=', applicationId)
    .orderBy('seq')
    .limit(500)
    .execute();
}

export async function insertFeedback(db: Kysely<Database>, row: Database['job_application_feedback']) {
  await db.insertInto('job_application_feedback').values(row).execute();
}

export async function listFeedback(db: Kysely<Database>, applicationId: string) {
  return db
    .selectFrom('job_application_feedback')
    .leftJoin('users', 'users.id', 'job_application_feedback.author_id')
    .selectAll('job_application_feedback')
    .select('users.name as author_name')
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(500)
    .execute();
}
