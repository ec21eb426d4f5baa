import type { Insertable, Kysely, Updateable } from 'kysely';
import type { MeetingScope } from '../../domain/access/meeting-access.js';
import type { Database } from '../schema.js';
import { meetingScopeWhere } from '../scopes/meeting.js';

/** All SQL about meetings of a pair and the private notes on them. */
export async function insertMeeting(db: Kysely<Database>, row: Insertable<Database['meetings']>) {
  await db.insertInto('meetings').values(row).execute();
}

export async function findMeeting(db: Kysely<Database>, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateMeeting(
  db: Kysely<Database>,
  id: string,
  patch: Updateable<Database['meetings']>,
) {
  await db.updateTable('meetings').set(patch).where('id', '=', id).execute();
}

/** One page of a pair's meetings, newest first. */
export async function pageMeetings(
  db: Kysely<Database>,
  partnershipId: string,
  page: number,
  pageSize: number,
) {
  const base = db.selectFrom('meetings').where('partnership_id', '=', partnershipId);
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('starts_at', 'desc')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** What the partnership's meeting summary is rebuilt from. */
export async function meetingTimes(db: Kysely<Database>, partnershipId: string) {
  return db
    .selectFrom('meetings')
    .select(['starts_at', 'status'])
    .where('partnership_id', '=', partnershipId)
    .where('status', 'in', ['planned', 'held'])
    .execute();
}

/**
 * What a pair's story is told from (domain/partnerships/pair-story.ts): the planned meetings, and the
 * held evaluation, of these partnerships (served by meetings_partnership).
 */
export async function storyMeetings(db: Kysely<Database>, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('partnership_id', 'in', [...partnershipIds])
    .where((eb) =>
      eb.or([
        eb('status', '=', 'planned'),
        eb.and([eb('status', '=', 'held'), eb('kind', '=', 'evaluation')]),
      ]),
    )
    .orderBy('starts_at')
    .limit(200)
    .execute();
}

/** Planned meetings whose start has passed: they wait for a log (served by meetings_starts). */
export async function meetingsToLog(
  db: Kysely<Database>,
  partnershipIds: readonly string[],
  before: string,
  limit = 20,
) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('partnership_id', 'in', [...partnershipIds])
    .where('status', '=', 'planned')
    .where('starts_at', '<=', before)
    .orderBy('starts_at')
    .limit(limit)
    .execute();
}

/** Meetings in a time window for the calendar feed of these partnerships. */
export async function meetingsForCalendar(
  db: Kysely<Database>,
  partnershipIds: readonly string[],
  from: string,
) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('partnership_id', 'in', [...partnershipIds])
    .where('status', '!=', 'cancelled')
    .where('starts_at', '>=', from)
    .orderBy('starts_at')
    .limit(500)
    .execute();
}

export async function upsertPrivateNote(
  db: Kysely<Database>,
  row: { meeting_id: string; author_id: string; text: string; updated_at: string },
) {
  await db
    .insertInto('meeting_private_notes')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['meeting_id', 'author_id']).doUpdateSet({ text: row.text, updated_at: row.updated_at }),
    )
    .execute();
}

/** Who reads private notes: their own always, others' where the meeting scope admits the pair. */
export interface PrivateNoteReader {
  userId: string;
  scope: MeetingScope;
}

/** The private notes on these meetings that the reader may read (db/scopes/meeting.ts). */
export async function privateNotes(
  db: Kysely<Database>,
  meetingIds: readonly string[],
  reader: PrivateNoteReader,
) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_private_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_id')
    .innerJoin('meetings as m', 'm.id', 'n.meeting_id')
    .innerJoin('partnerships as p', 'p.id', 'm.partnership_id')
    .innerJoin('people as me', 'me.id', 'p.mentee_id')
    .innerJoin('people as mo', 'mo.id', 'p.mentor_id')
    .select(['n.meeting_id', 'n.author_id', 'n.text', 'n.updated_at', 'u.name as author_name'])
    .where('n.meeting_id', 'in', [...meetingIds])
    .where((eb) => eb.or([eb('n.author_id', '=', reader.userId), meetingScopeWhere(reader.scope)(eb)]))
    .execute();
}
