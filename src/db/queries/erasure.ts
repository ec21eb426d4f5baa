import { type Kysely, sql } from 'kysely';
import type { Engine } from '../client.js';
import type { Database } from '../schema.js';

/**
 * The writes of an erasure (docs/privacy.md, "Erasure"): every row about one person removed or made
 * anonymous, in one transaction. The person's row stays as a stub without personal data, so that
 * partnerships, the status history and the figures stay whole; `keepEvidence` keeps the ESF+ record
 * and the date of birth while a legal hold lasts.
 */
export interface ErasureTarget {
  personId: string;
  userId: string | null;
  addresses: readonly string[];
  keepEvidence: boolean;
  erasedAt: string;
  heldUntil: string | null;
}

/** The address an erased person's row and account get: unique, and nobody's. */
export function erasedAddress(id: string): string {
  return `erased-${id}@erased.invalid`;
}

export async function partnershipSidesOf(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('partnerships')
    .select(['id', 'status', 'mentee_id'])
    .where((eb) => eb.or([eb('mentee_id', '=', personId), eb('mentor_id', '=', personId)]))
    .execute();
}

export async function eraseRows(
  db: Kysely<Database>,
  target: ErasureTarget,
  sides: ReadonlyArray<{ id: string; side: 'mentee' | 'mentor' }>,
): Promise<Record<string, number>> {
  const { personId, userId } = target;
  const counts: Record<string, number> = {};
  const count = (
    name: string,
    result: ReadonlyArray<{ numDeletedRows?: bigint; numUpdatedRows?: bigint }>,
  ) => {
    const n = result.reduce((sum, r) => sum + Number(r.numDeletedRows ?? r.numUpdatedRows ?? 0n), 0);
    if (n > 0) counts[name] = (counts[name] ?? 0) + n;
  };

  // The other side keeps the pair, its meetings and its own notes; what this person wrote goes.
  for (const { id, side } of sides) {
    const own = side === 'mentee' ? 'mentee' : 'mentor';
    count(
      'partnerships',
      await db
        .updateTable('partnerships')
        .set({ [`${own}_response_reason`]: null, end_reason_text: null })
        .where('id', '=', id)
        .execute(),
    );
    count(
      'partnership_status_changes',
      await db
        .updateTable('partnership_status_changes')
        .set({ reason_text: null })
        .where('partnership_id', '=', id)
        .where('reason_text', 'is not', null)
        .execute(),
    );
    count(
      'help_requests',
      await db
        .deleteFrom('help_requests')
        .where('partnership_id', '=', id)
        .where('side', '=', side)
        .execute(),
    );
    count(
      'coach_contacts',
      await db
        .updateTable('coach_contacts')
        .set({ note: null })
        .where('partnership_id', '=', id)
        .where('side', '=', side)
        .where('note', 'is not', null)
        .execute(),
    );
    if (userId)
      count(
        'meetings',
        await db
          .updateTable('meetings')
          .set({ shared_notes: null })
          .where('partnership_id', '=', id)
          .where('logged_by', '=', userId)
          .where('shared_notes', 'is not', null)
          .execute(),
      );
  }

  const byPerson = [
    'person_languages',
    'person_name_grams',
    'consents',
    'applications',
    'training_page_reads',
    'training_assignments',
    'mentor_directory',
    'cv_comments',
    'cv_attachments',
  ] as const;
  // CV comments and attachments point at the versions; job-application stages and feedback at the
  // applications: children first.
  const applicationIds = db.selectFrom('job_applications').select('id').where('person_id', '=', personId);
  count(
    'job_application_stage_changes',
    await db
      .deleteFrom('job_application_stage_changes')
      .where('application_id', 'in', applicationIds)
      .execute(),
  );
  count(
    'job_application_feedback',
    await db.deleteFrom('job_application_feedback').where('application_id', 'in', applicationIds).execute(),
  );
  await db
    .updateTable('discrimination_reports')
    .set({ application_id: null })
    .where('person_id', '=', personId)
    .execute();
  await db
    .updateTable('meetings')
    .set({ application_id: null })
    .where('application_id', 'in', applicationIds)
    .execute();
  count(
    'job_applications',
    await db.deleteFrom('job_applications').where('person_id', '=', personId).execute(),
  );
  for (const table of byPerson)
    count(table, await db.deleteFrom(table).where('person_id', '=', personId).execute());
  count('cv_versions', await db.deleteFrom('cv_versions').where('person_id', '=', personId).execute());
  count(
    'discrimination_reports',
    await db.deleteFrom('discrimination_reports').where('person_id', '=', personId).execute(),
  );
  count(
    'person_status_changes',
    await db
      .updateTable('person_status_changes')
      .set({ reason_text: null })
      .where('person_id', '=', personId)
      .where('reason_text', 'is not', null)
      .execute(),
  );
  if (!target.keepEvidence)
    count(
      'participant_facts',
      await db.deleteFrom('participant_facts').where('person_id', '=', personId).execute(),
    );

  if (userId) {
    const me = meetingNotesOf(db, userId);
    count('meeting_private_notes', await me);
    for (const table of [
      'sessions',
      'recovery_codes',
      'passkeys',
      'webauthn_challenges',
      'known_devices',
      'password_resets',
      'calendar_feeds',
      'privacy_acceptances',
    ] as const)
      count(table, await db.deleteFrom(table).where('user_id', '=', userId).execute());
    count(
      'users',
      await db
        .updateTable('users')
        .set({
          email: erasedAddress(userId),
          name: '',
          phone: null,
          password_hash: null,
          totp_key: null,
          totp_last_counter: null,
          disabled_at: target.erasedAt,
          updated_at: target.erasedAt,
        })
        .where('id', '=', userId)
        .execute(),
    );
  }
  if (target.addresses.length > 0) {
    count(
      'outbox_emails',
      await db.deleteFrom('outbox_emails').where('to_address', 'in', target.addresses).execute(),
    );
    count('invitations', await db.deleteFrom('invitations').where('email', 'in', target.addresses).execute());
    count(
      'sign_in_throttles',
      await db
        .deleteFrom('sign_in_throttles')
        .where(
          'key',
          'in',
          target.addresses.map((a) => `account:${a}`),
        )
        .execute(),
    );
  }

  count(
    'people',
    await db
      .updateTable('people')
      .set({
        first_name: '',
        last_name: '',
        search_name: '',
        email: erasedAddress(personId),
        phone: null,
        phone_key: null,
        postcode: null,
        ...(target.keepEvidence ? {} : { date_of_birth: null }),
        application: '{}',
        assessment: null,
        intake: null,
        sensitive: null,
        user_id: null,
        erased_at: target.erasedAt,
        held_until: target.heldUntil,
        updated_at: target.erasedAt,
      })
      .where('id', '=', personId)
      .execute(),
  );
  return counts;
}

function meetingNotesOf(db: Kysely<Database>, userId: string) {
  return db.deleteFrom('meeting_private_notes').where('author_id', '=', userId).execute();
}

export async function insertErasure(
  db: Kysely<Database>,
  row: { personId: string; erasedAt: string; reason: string; heldUntil: string | null },
) {
  await db
    .insertInto('erasures')
    .values({
      person_id: row.personId,
      erased_at: row.erasedAt,
      reason: row.reason,
      held_until: row.heldUntil,
      hold_ended_at: null,
    })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
}

export async function listErasures(db: Kysely<Database>) {
  return db.selectFrom('erasures').selectAll().orderBy('erased_at').execute();
}

/** Holds whose end has come and whose evidence is still kept. */
export async function expiredHolds(db: Kysely<Database>, today: string, limit: number) {
  return db
    .selectFrom('erasures')
    .select(['person_id', 'held_until'])
    .where('held_until', '<=', today)
    .where('hold_ended_at', 'is', null)
    .orderBy('held_until')
    .limit(limit)
    .execute();
}

/** A hold has ended: the evidence kept for it goes too. */
export async function endHold(db: Kysely<Database>, personId: string, at: string) {
  await db.deleteFrom('participant_facts').where('person_id', '=', personId).execute();
  await db
    .updateTable('people')
    .set({ date_of_birth: null, held_until: null })
    .where('id', '=', personId)
    .execute();
  await db.updateTable('erasures').set({ hold_ended_at: at }).where('person_id', '=', personId).execute();
}

/**
 * On SQLite, the deleted content must not survive in free pages or the write-ahead log: secure_delete
 * (on for every connection, db/client.ts) zeroes what a delete frees, and a TRUNCATE checkpoint
 * copies the pages back and empties the log. Returns false when a reader kept the log from emptying.
 */
export async function flushDeletedContent(db: Kysely<Database>, engine: Engine): Promise<boolean> {
  if (engine !== 'sqlite') return true;
  const result = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  return (result.rows[0]?.busy ?? 0) === 0;
}

/**
 * PostgreSQL: holds the person's row until the erasure commits, so that two erasures of one person at
 * once (the retention job on two servers, an admin at the same moment) erase once; the second then
 * reads the person as erased. SQLite has one writer at a time already.
 */
export async function lockPersonForErasure(db: Kysely<Database>, engine: Engine, personId: string) {
  if (engine === 'postgres') await sql`SELECT id FROM people WHERE id = ${personId} FOR UPDATE`.execute(db);
}
