import type { Kysely } from 'kysely';
import type { PersonStatus } from '../../contracts/people-vocabulary.js';
import type { Database } from '../schema.js';

/**
 * The reads and deletes of the retention job (docs/privacy.md, "Retention"): per data class, how many
 * records passed their period, and the delete itself. Every delete names its cutoff, so running it
 * twice, or on two servers at once, removes nothing more.
 */

const n = (rows: ReadonlyArray<{ numDeletedRows?: bigint; numUpdatedRows?: bigint }>) =>
  rows.reduce((sum, r) => sum + Number(r.numDeletedRows ?? r.numUpdatedRows ?? 0n), 0);

async function countOf(query: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }) {
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export const retentionQueries = {
  sessions: {
    count: (db: Kysely<Database>, cutoff: string) =>
      countOf(
        db
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('expires_at', '<', cutoff),
      ),
    remove: async (db: Kysely<Database>, cutoff: string) =>
      n(await db.deleteFrom('sessions').where('expires_at', '<', cutoff).execute()),
  },
  signInThrottles: {
    count: (db: Kysely<Database>, cutoff: string, now: string) =>
      countOf(
        db
          .selectFrom('sign_in_throttles')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('last_failure_at', '<', cutoff)
          .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)])),
      ),
    remove: async (db: Kysely<Database>, cutoff: string, now: string) =>
      n(
        await db
          .deleteFrom('sign_in_throttles')
          .where('last_failure_at', '<', cutoff)
          .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)]))
          .execute(),
      ),
  },
  jobClaims: {
    count: (db: Kysely<Database>, cutoff: string) =>
      countOf(
        db
          .selectFrom('job_claims')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('claimed_at', '<', cutoff),
      ),
    remove: async (db: Kysely<Database>, cutoff: string) =>
      n(await db.deleteFrom('job_claims').where('claimed_at', '<', cutoff).execute()),
  },
  /** Counted from sending (a failed email: from queuing); emails still waiting to be sent stay, however old. */
  outboxEmails: {
    count: (db: Kysely<Database>, cutoff: string) =>
      countOf(
        db
          .selectFrom('outbox_emails')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('status', '!=', 'queued')
          .where((eb) => eb(eb.fn.coalesce('sent_at', 'created_at'), '<', cutoff)),
      ),
    remove: async (db: Kysely<Database>, cutoff: string) =>
      n(
        await db
          .deleteFrom('outbox_emails')
          .where('status', '!=', 'queued')
          .where((eb) => eb(eb.fn.coalesce('sent_at', 'created_at'), '<', cutoff))
          .execute(),
      ),
  },
  auditEvents: {
    count: (db: Kysely<Database>, cutoff: string) =>
      countOf(
        db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('at', '<', cutoff),
      ),
  },
  /** Private notes and shared notes of partnerships that ended before the cutoff. */
  meetingNotes: {
    count: async (db: Kysely<Database>, cutoff: string) => {
      const ended = endedBefore(db, cutoff);
      const privateNotes = await countOf(
        db
          .selectFrom('meeting_private_notes')
          .innerJoin('meetings', 'meetings.id', 'meeting_private_notes.meeting_id')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('meetings.partnership_id', 'in', ended),
      );
      const shared = await countOf(
        db
          .selectFrom('meetings')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('partnership_id', 'in', ended)
          .where('shared_notes', 'is not', null),
      );
      return privateNotes + shared;
    },
    remove: async (db: Kysely<Database>, cutoff: string) => {
      const ended = endedBefore(db, cutoff);
      const meetings = db.selectFrom('meetings').select('id').where('partnership_id', 'in', ended);
      const removed = n(
        await db.deleteFrom('meeting_private_notes').where('meeting_id', 'in', meetings).execute(),
      );
      const emptied = n(
        await db
          .updateTable('meetings')
          .set({ shared_notes: null })
          .where('partnership_id', 'in', ended)
          .where('shared_notes', 'is not', null)
          .execute(),
      );
      return removed + emptied;
    },
  },
  /** Uploaded CV attachments of people whose part in the programme ended before the cutoff. */
  uploads: {
    count: (db: Kysely<Database>, cutoff: string, finished: readonly PersonStatus[]) =>
      countOf(
        db
          .selectFrom('cv_attachments')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('person_id', 'in', finishedBefore(db, cutoff, finished)),
      ),
    remove: async (db: Kysely<Database>, cutoff: string, finished: readonly PersonStatus[]) => {
      const people = finishedBefore(db, cutoff, finished);
      const attachments = db.selectFrom('cv_attachments').select('id').where('person_id', 'in', people);
      await db
        .updateTable('job_applications')
        .set({ attachment_id: null })
        .where('attachment_id', 'in', attachments)
        .execute();
      return n(await db.deleteFrom('cv_attachments').where('person_id', 'in', people).execute());
    },
  },
};

function endedBefore(db: Kysely<Database>, cutoff: string) {
  return db
    .selectFrom('partnerships')
    .select('id')
    .where('ended_at', 'is not', null)
    .where('ended_at', '<', cutoff);
}

function finishedBefore(db: Kysely<Database>, cutoff: string, statuses: readonly PersonStatus[]) {
  return db
    .selectFrom('people')
    .select('id')
    .where('status', 'in', statuses)
    .where('status_changed_at', '<', cutoff)
    .where('erased_at', 'is', null);
}

/** People in one of the statuses since before the cutoff, not erased yet: a page of ids, oldest first. */
export async function peopleDueForErasure(
  db: Kysely<Database>,
  statuses: readonly PersonStatus[],
  cutoff: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('status', 'in', statuses)
    .where('status_changed_at', '<', cutoff)
    .where('erased_at', 'is', null)
    .orderBy('status_changed_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function countPeopleDue(
  db: Kysely<Database>,
  statuses: readonly PersonStatus[],
  cutoff: string,
) {
  return countOf(
    db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', 'in', statuses)
      .where('status_changed_at', '<', cutoff)
      .where('erased_at', 'is', null),
  );
}
