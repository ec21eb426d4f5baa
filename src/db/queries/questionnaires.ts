import type { Insertable, Kysely } from 'kysely';
import type { QuestionnaireMoment, RespondentRole } from '../../contracts/questionnaire-vocabulary.js';
import type { Database } from '../schema.js';

/** All SQL of questionnaire instruments: instruments, versions, the schedule and the answers. */
type Db = Kysely<Database>;

/** Inserts an instrument unless its code exists; true when it was inserted. */
export async function insertInstrument(db: Db, row: Insertable<Database['instruments']>): Promise<boolean> {
  const result = await db
    .insertInto('instruments')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findInstrument(db: Db, id: string) {
  return db.selectFrom('instruments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findInstrumentByCode(db: Db, code: string) {
  return db.selectFrom('instruments').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function countInstruments(db: Db): Promise<number> {
  const row = await db
    .selectFrom('instruments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A page of instruments, oldest first (the built-ins lead), with their newest published number and draft. */
export async function listInstruments(db: Db, offset: number, limit: number) {
  const rows = await db
    .selectFrom('instruments')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .offset(offset)
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const versions = await db
    .selectFrom('instrument_versions')
    .select(['instrument_id', 'status', (eb) => eb.fn.max('version').as('version')])
    .where(
      'instrument_id',
      'in',
      rows.map((r) => r.id),
    )
    .groupBy(['instrument_id', 'status'])
    .execute();
  return rows.map((r) => ({
    ...r,
    published_version:
      versions.find((v) => v.instrument_id === r.id && v.status === 'published')?.version ?? null,
    has_draft: versions.some((v) => v.instrument_id === r.id && v.status === 'draft'),
  }));
}

export async function insertVersion(db: Db, row: Insertable<Database['instrument_versions']>) {
  await db.insertInto('instrument_versions').values(row).execute();
}

export async function findVersion(db: Db, id: string) {
  return db.selectFrom('instrument_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDraft(db: Db, instrumentId: string) {
  return db
    .selectFrom('instrument_versions')
    .selectAll()
    .where('instrument_id', '=', instrumentId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

export async function highestVersionNumber(db: Db, instrumentId: string): Promise<number> {
  const row = await db
    .selectFrom('instrument_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('instrument_id', '=', instrumentId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** Changes a draft; a published version is never touched (the condition on the status). */
export async function updateDraft(
  db: Db,
  id: string,
  patch: { languages: string; items: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('instrument_versions')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function publishDraft(db: Db, id: string, at: string, by: string | null): Promise<boolean> {
  const result = await db
    .updateTable('instrument_versions')
    .set({ status: 'published', published_at: at, published_by: by, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listVersions(db: Db, instrumentId: string, offset: number, limit: number) {
  return db
    .selectFrom('instrument_versions')
    .selectAll()
    .where('instrument_id', '=', instrumentId)
    .orderBy('version', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function countVersions(db: Db, instrumentId: string): Promise<number> {
  const row = await db
    .selectFrom('instrument_versions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('instrument_id', '=', instrumentId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

const scheduleColumns = [
  's.id',
  's.moment',
  's.respondent_role',
  's.instrument_id',
  's.instrument_version_id',
  'i.code',
  'i.title',
  'v.version',
] as const;

/** The programme's whole schedule (moments x roles x instruments: a few dozen rows). */
export async function scheduleOf(db: Db, programme: string) {
  return db
    .selectFrom('questionnaire_schedule as s')
    .innerJoin('instruments as i', 'i.id', 's.instrument_id')
    .innerJoin('instrument_versions as v', 'v.id', 's.instrument_version_id')
    .select(scheduleColumns)
    .where('s.programme', '=', programme)
    .orderBy('s.moment')
    .orderBy('s.respondent_role')
    .orderBy('i.code')
    .limit(1000)
    .execute();
}

/** Puts a version in the schedule for a moment and role, in place of another version of its instrument. */
export async function putScheduleEntry(db: Db, row: Insertable<Database['questionnaire_schedule']>) {
  await db
    .deleteFrom('questionnaire_schedule')
    .where('programme', '=', row.programme)
    .where('moment', '=', row.moment)
    .where('respondent_role', '=', row.respondent_role)
    .where('instrument_id', '=', row.instrument_id)
    .execute();
  await db.insertInto('questionnaire_schedule').values(row).execute();
}

export async function findScheduleEntry(db: Db, id: string) {
  return db.selectFrom('questionnaire_schedule').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function removeScheduleEntry(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('questionnaire_schedule').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Inserts answers unless the respondent answered this instrument for this occasion; true when inserted. */
export async function insertAnswer(
  db: Db,
  row: Insertable<Database['questionnaire_answers']>,
): Promise<boolean> {
  const result = await db
    .insertInto('questionnaire_answers')
    .values(row)
    .onConflict((oc) => oc.columns(['respondent_user_id', 'instrument_id', 'occasion']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** What a respondent answered already (instrument, moment, partnership), for the due list. */
export async function answeredBy(db: Db, respondentUserId: string) {
  return db
    .selectFrom('questionnaire_answers')
    .select(['instrument_id', 'moment', 'concerns_partnership_id'])
    .where('respondent_user_id', '=', respondentUserId)
    .limit(2000)
    .execute();
}

/** A page of the answers that concern a person, newest first, with the version's items. */
export async function answersConcerning(db: Db, personId: string, offset: number, limit: number) {
  return db
    .selectFrom('questionnaire_answers as a')
    .innerJoin('instruments as i', 'i.id', 'a.instrument_id')
    .innerJoin('instrument_versions as v', 'v.id', 'a.instrument_version_id')
    .innerJoin('users as u', 'u.id', 'a.respondent_user_id')
    .select([
      'a.id',
      'a.version',
      'a.moment',
      'a.locale',
      'a.respondent_role',
      'a.concerns_partnership_id',
      'a.submitted_at',
      'a.answers',
      'i.code',
      'i.title',
      'v.items',
      'u.name as respondent_name',
    ])
    .where('a.concerns_person_id', '=', personId)
    .orderBy('a.submitted_at', 'desc')
    .orderBy('a.id')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function countAnswersConcerning(db: Db, personId: string): Promise<number> {
  const row = await db
    .selectFrom('questionnaire_answers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('concerns_person_id', '=', personId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** When the person's intake was done: the first time the status became "assessed". */
export async function intakeDoneAt(db: Db, personId: string): Promise<string | null> {
  const row = await db
    .selectFrom('person_status_changes')
    .select('at')
    .where('person_id', '=', personId)
    .where('to_status', '=', 'assessed')
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}

/**
 * The partnerships a respondent is a side of (a person) or coaches (a user) that can still have a
 * questionnaire due: running, or ended on or after `endedSince` (the last follow-up closes 15 months on).
 */
export async function partnershipsForQuestionnaires(
  db: Db,
  who: { role: RespondentRole; personId: string | null; userId: string },
  endedSince: string,
) {
  let query = db
    .selectFrom('partnerships as p')
    .select(['p.id', 'p.status', 'p.started_at', 'p.ended_at', 'p.mentee_id', 'p.mentor_id'])
    .where((eb) => eb.or([eb('p.ended_at', 'is', null), eb('p.ended_at', '>=', endedSince)]))
    .where('p.status', 'not in', ['proposed', 'declined']);
  if (who.role === 'coach') query = query.where('p.coach_id', '=', who.userId);
  else if (who.role === 'mentee') query = query.where('p.mentee_id', '=', who.personId ?? '');
  else query = query.where('p.mentor_id', '=', who.personId ?? '');
  const rows = await query.orderBy('p.proposed_at').limit(500).execute();
  if (rows.length === 0) return [];
  const closings = await db
    .selectFrom('partnership_status_changes')
    .select(['partnership_id', (eb) => eb.fn.min('at').as('at')])
    .where(
      'partnership_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('to_status', '=', 'closing')
    .groupBy('partnership_id')
    .execute();
  return rows.map((r) => ({ ...r, closing_at: closings.find((c) => c.partnership_id === r.id)?.at ?? null }));
}

export type AnsweredRow = {
  instrument_id: string;
  moment: QuestionnaireMoment;
  concerns_partnership_id: string | null;
};

/**
 * The partnerships whose end-of-cycle evaluation (the partnership page's form, migration 0007) this
 * person filled in: that counts as the end-of-cycle questionnaire (docs/decisions/012).
 */
export async function evaluatedPartnerships(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .select('partnership_id')
    .where('person_id', '=', personId)
    .limit(500)
    .execute();
  return rows.map((r) => r.partnership_id);
}
