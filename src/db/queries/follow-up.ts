import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** All SQL about the coach's follow-up: contacts with each side, help requests, evaluations. */
export async function insertContact(db: Kysely<Database>, row: Insertable<Database['coach_contacts']>) {
  await db.insertInto('coach_contacts').values(row).execute();
}

/** Contacts of these partnerships, newest first; `since` keeps a list over many pairs to the recent ones. */
export async function contactsOf(db: Kysely<Database>, partnershipIds: readonly string[], since?: string) {
  if (partnershipIds.length === 0) return [];
  let query = db
    .selectFrom('coach_contacts as k')
    .leftJoin('users as u', 'u.id', 'k.coach_id')
    .select(['k.id', 'k.partnership_id', 'k.side', 'k.channel', 'k.at', 'k.note', 'u.name as coach_name'])
    .where('k.partnership_id', 'in', [...partnershipIds]);
  if (since) query = query.where('k.at', '>=', since);
  return query
    .orderBy('k.at', 'desc')
    .limit(since ? 50_000 : 500)
    .execute();
}

export async function insertHelpRequest(db: Kysely<Database>, row: Insertable<Database['help_requests']>) {
  await db.insertInto('help_requests').values(row).execute();
}

export async function findHelpRequest(db: Kysely<Database>, id: string) {
  return db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function handleHelpRequest(
  db: Kysely<Database>,
  id: string,
  patch: { handled_at: string; handled_by: string; handled_note: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('help_requests')
    .set(patch)
    .where('id', '=', id)
    .where('handled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open help requests of the partnerships in scope (an association, or all). */
export async function openHelpRequests(db: Kysely<Database>, associationId: string | null, limit: number) {
  let query = db
    .selectFrom('help_requests as h')
    .innerJoin('partnerships as p', 'p.id', 'h.partnership_id')
    .innerJoin('people as me', 'me.id', 'p.mentee_id')
    .innerJoin('people as mo', 'mo.id', 'p.mentor_id')
    .select([
      'h.id',
      'h.partnership_id',
      'h.side',
      'h.message',
      'h.created_at',
      'me.first_name as mentee_first_name',
      'me.last_name as mentee_last_name',
      'mo.first_name as mentor_first_name',
      'mo.last_name as mentor_last_name',
    ])
    .where('h.handled_at', 'is', null);
  if (associationId) query = query.where('p.association_id', '=', associationId);
  return query.orderBy('h.created_at').limit(limit).execute();
}

export async function helpRequestsOf(db: Kysely<Database>, partnershipId: string) {
  return db
    .selectFrom('help_requests')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

export async function latestQuestionnaire(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('questionnaires')
    .selectAll()
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

export async function insertQuestionnaire(db: Kysely<Database>, row: Database['questionnaires']) {
  await db
    .insertInto('questionnaires')
    .values(row)
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .execute();
}

export async function insertResponse(db: Kysely<Database>, row: Database['questionnaire_responses']) {
  await db.insertInto('questionnaire_responses').values(row).execute();
}

export async function responsesOf(db: Kysely<Database>, partnershipId: string) {
  return db
    .selectFrom('questionnaire_responses as r')
    .innerJoin('questionnaires as q', 'q.id', 'r.questionnaire_id')
    .select(['r.id', 'r.side', 'r.locale', 'r.answers', 'r.submitted_at', 'q.code', 'q.version'])
    .where('r.partnership_id', '=', partnershipId)
    .execute();
}

/**
 * Open discrimination reports in scope for the coach's to-do list: who and since when only (the
 * sealed account is read on the reports page, where each read is audited).
 */
export async function openReportsForTodo(db: Kysely<Database>, associationId: string | null, limit: number) {
  let query = db
    .selectFrom('discrimination_reports as r')
    .innerJoin('people as me', 'me.id', 'r.person_id')
    .select(['r.id', 'r.created_at', 'me.first_name', 'me.last_name'])
    .where('r.status', '=', 'open');
  if (associationId) query = query.where('me.association_id', '=', associationId);
  return query.orderBy('r.created_at').limit(limit).execute();
}
