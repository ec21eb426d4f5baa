import type { Kysely } from 'kysely';
import type { PartnershipStatus } from '../../contracts/partnership-vocabulary.js';
import type { Database } from '../schema.js';

/** All SQL about CVs: versions, comments per section, uploaded documents, and who may read them. */

/** Whether a mentee and a mentor work together now (introduced, active or closing). */
/** The accounts of the mentors a mentee works with now (the facts of the career access rule). */
export async function runningMentorUserIds(
  db: Kysely<Database>,
  menteeId: string,
  statuses: readonly PartnershipStatus[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('partnerships')
    .innerJoin('people as mo', 'mo.id', 'partnerships.mentor_id')
    .select('mo.user_id')
    .where('partnerships.mentee_id', '=', menteeId)
    .where('partnerships.status', 'in', [...statuses])
    .limit(50)
    .execute();
  return rows.flatMap((r) => (r.user_id === null ? [] : [r.user_id]));
}

/** The mentees a mentor works with now. */
export async function runningMenteesOf(
  db: Kysely<Database>,
  mentorId: string,
  statuses: readonly PartnershipStatus[],
) {
  return db
    .selectFrom('partnerships')
    .innerJoin('people', 'people.id', 'partnerships.mentee_id')
    .select(['people.id', 'people.first_name', 'people.last_name'])
    .where('partnerships.mentor_id', '=', mentorId)
    .where('partnerships.status', 'in', [...statuses])
    .orderBy('people.first_name')
    .limit(50)
    .execute();
}

export async function latestVersionNumber(db: Kysely<Database>, personId: string): Promise<number | null> {
  const row = await db
    .selectFrom('cv_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.n === null || row?.n === undefined ? null : Number(row.n);
}

export async function insertVersion(db: Kysely<Database>, row: Database['cv_versions']) {
  await db.insertInto('cv_versions').values(row).execute();
}

function versions(db: Kysely<Database>) {
  return db
    .selectFrom('cv_versions')
    .leftJoin('users', 'users.id', 'cv_versions.created_by')
    .select([
      'cv_versions.id',
      'cv_versions.person_id',
      'cv_versions.number',
      'cv_versions.created_at',
      'users.name as created_by_name',
    ]);
}

export async function findVersion(db: Kysely<Database>, personId: string, number: number) {
  return versions(db)
    .select('cv_versions.content')
    .where('cv_versions.person_id', '=', personId)
    .where('cv_versions.number', '=', number)
    .executeTakeFirst();
}

export async function pageVersions(db: Kysely<Database>, personId: string, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    versions(db)
      .where('cv_versions.person_id', '=', personId)
      .orderBy('cv_versions.number', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('cv_versions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function insertComment(db: Kysely<Database>, row: Database['cv_comments']) {
  await db.insertInto('cv_comments').values(row).execute();
}

/** A comment with its version's number and its author's name. */
export async function findComment(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('cv_comments')
    .innerJoin('cv_versions', 'cv_versions.id', 'cv_comments.cv_version_id')
    .leftJoin('users', 'users.id', 'cv_comments.author_id')
    .selectAll('cv_comments')
    .select(['cv_versions.number as version_number', 'users.name as author_name'])
    .where('cv_comments.id', '=', id)
    .executeTakeFirst();
}

export async function setCommentDone(
  db: Kysely<Database>,
  id: string,
  doneAt: string | null,
  by: string | null,
) {
  await db.updateTable('cv_comments').set({ done_at: doneAt, done_by: by }).where('id', '=', id).execute();
}

/** Comments on every version of a mentee's CV, newest first, with the version's number. */
export async function pageComments(db: Kysely<Database>, personId: string, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    db
      .selectFrom('cv_comments')
      .innerJoin('cv_versions', 'cv_versions.id', 'cv_comments.cv_version_id')
      .leftJoin('users', 'users.id', 'cv_comments.author_id')
      .selectAll('cv_comments')
      .select(['cv_versions.number as version_number', 'users.name as author_name'])
      .where('cv_comments.person_id', '=', personId)
      .orderBy('cv_comments.created_at', 'desc')
      .orderBy('cv_comments.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('cv_comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function insertAttachment(db: Kysely<Database>, row: Database['cv_attachments']) {
  await db.insertInto('cv_attachments').values(row).execute();
}

/** The document with its bytes, for a download. */
export async function findAttachment(db: Kysely<Database>, id: string) {
  return db.selectFrom('cv_attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAttachmentMeta(db: Kysely<Database>, id: string) {
  return db.selectFrom('cv_attachments').select(['id', 'person_id']).where('id', '=', id).executeTakeFirst();
}

/** A mentee's uploaded documents without their bytes, newest first. */
export async function pageAttachments(
  db: Kysely<Database>,
  personId: string,
  page: number,
  pageSize: number,
) {
  const [items, total] = await Promise.all([
    db
      .selectFrom('cv_attachments')
      .innerJoin('cv_versions', 'cv_versions.id', 'cv_attachments.cv_version_id')
      .select([
        'cv_attachments.id',
        'cv_versions.number as version_number',
        'cv_attachments.file_name',
        'cv_attachments.content_type',
        'cv_attachments.size',
        'cv_attachments.uploaded_at',
      ])
      .where('cv_attachments.person_id', '=', personId)
      .orderBy('cv_attachments.uploaded_at', 'desc')
      .orderBy('cv_attachments.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('cv_attachments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Labels of ESCO skills in one language. */
export async function skillLabels(db: Kysely<Database>, uris: readonly string[], lang: 'nl' | 'fr' | 'en') {
  if (uris.length === 0) return {};
  const column = `label_${lang}` as const;
  const rows = await db
    .selectFrom('ref_skills')
    .select(['uri', column])
    .where('uri', 'in', [...uris])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.uri, (r as Record<string, string>)[column] ?? r.uri]));
}

/** The mentee's current CV version and whether this author already commented on it (a mentor's to-do). */
export async function latestVersionCommentedBy(db: Kysely<Database>, personId: string, authorId: string) {
  const latest = await db
    .selectFrom('cv_versions')
    .select(['id', 'number', 'created_at'])
    .where('person_id', '=', personId)
    .orderBy('number', 'desc')
    .executeTakeFirst();
  if (!latest) return null;
  const comment = await db
    .selectFrom('cv_comments')
    .select('id')
    .where('cv_version_id', '=', latest.id)
    .where('author_id', '=', authorId)
    .executeTakeFirst();
  return { ...latest, commented: comment !== undefined };
}
