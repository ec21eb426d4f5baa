import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The reads of a person's data export (right of access, GDPR art. 15 and 20; docs/privacy.md): every
 * record about one person, and no column that names someone else (the other side of a pair, the
 * other side's private notes, a staff member's id). Read-only; one function per kind of record.
 */

export async function personRow(db: Kysely<Database>, personId: string) {
  return db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
}

export async function accountOf(db: Kysely<Database>, userId: string) {
  const account = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'locale', 'phone', 'created_at', 'disabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  const sessions = await db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  // A passkey's name and dates; its public key is not personal data about the person, and is left out.
  const passkeys = await db
    .selectFrom('passkeys')
    .select(['name', 'created_at', 'last_used_at', 'backed_up'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const calendarFeed = await db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { account, sessions, passkeys, calendarFeed: calendarFeed ?? null };
}

export async function recordsOfPerson(db: Kysely<Database>, personId: string) {
  const [languages, statusChanges, consents, applications, facts, directory] = await Promise.all([
    db.selectFrom('person_languages').selectAll().where('person_id', '=', personId).execute(),
    db
      .selectFrom('person_status_changes')
      .select(['seq', 'from_status', 'to_status', 'at', 'reason_code', 'reason_text'])
      .where('person_id', '=', personId)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('consents')
      .select(['kind', 'version', 'locale', 'given_at', 'withdrawn_at'])
      .where('person_id', '=', personId)
      .orderBy('given_at')
      .execute(),
    db
      .selectFrom('applications')
      .select(['id', 'kind', 'submitted_at', 'payload'])
      .where('person_id', '=', personId)
      .orderBy('submitted_at')
      .execute(),
    db
      .selectFrom('participant_facts')
      .select([
        'gender',
        'labour_market_status',
        'long_term_unemployed',
        'education',
        'entry_date',
        'exit_date',
        'disability',
        'third_country_national',
        'housing_exclusion',
        'updated_at',
      ])
      .where('person_id', '=', personId)
      .executeTakeFirst(),
    db
      .selectFrom('mentor_directory')
      .select(['line', 'listed_at', 'updated_at'])
      .where('person_id', '=', personId)
      .executeTakeFirst(),
  ]);
  return {
    languages,
    statusChanges,
    consents,
    applications,
    facts: facts ?? null,
    directory: directory ?? null,
  };
}

/** The person's partnerships, as mentee or as mentor, with their own side's answers only. */
export async function partnershipsOf(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('partnerships')
    .select([
      'id',
      'mentee_id',
      'status',
      'proposed_at',
      'introduced_at',
      'mentee_response',
      'mentee_response_reason',
      'mentee_responded_at',
      'mentor_response',
      'mentor_response_reason',
      'mentor_responded_at',
      'started_at',
      'planned_end_at',
      'ended_at',
      'end_reason',
      'end_reason_text',
      'outcome',
      'outcome_details',
    ])
    .where((eb) => eb.or([eb('mentee_id', '=', personId), eb('mentor_id', '=', personId)]))
    .orderBy('proposed_at')
    .execute();
}

export async function partnershipHistory(db: Kysely<Database>, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('partnership_status_changes')
    .select(['partnership_id', 'from_status', 'to_status', 'at', 'reason_text'])
    .where('partnership_id', 'in', partnershipIds)
    .orderBy('at')
    .execute();
}

/** The meetings of the person's partnerships, with the notes both sides share. */
export async function meetingsOf(db: Kysely<Database>, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('meetings')
    .select([
      'id',
      'partnership_id',
      'kind',
      'starts_at',
      'duration_minutes',
      'place',
      'video_url',
      'topic',
      'status',
      'held_minutes',
      'topics',
      'shared_notes',
      'logged_at',
    ])
    .where('partnership_id', 'in', partnershipIds)
    .orderBy('starts_at')
    .execute();
}

/** Private notes the person wrote themselves (never the other side's). */
export async function privateNotesBy(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('meeting_private_notes')
    .select(['meeting_id', 'text', 'updated_at'])
    .where('author_id', '=', userId)
    .orderBy('updated_at')
    .execute();
}

/** Help requests and coach contacts of the person's own side of each partnership. */
export async function sideRecords(
  db: Kysely<Database>,
  sides: ReadonlyArray<{ id: string; side: 'mentee' | 'mentor' }>,
) {
  if (sides.length === 0) return { helpRequests: [], coachContacts: [] };
  const match = <T extends { partnership_id: string; side: string }>(rows: T[]) =>
    rows.filter((r) => sides.some((s) => s.id === r.partnership_id && s.side === r.side));
  const ids = sides.map((s) => s.id);
  const [helpRequests, coachContacts] = await Promise.all([
    db
      .selectFrom('help_requests')
      .select(['partnership_id', 'side', 'message', 'created_at', 'handled_at', 'handled_note'])
      .where('partnership_id', 'in', ids)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('coach_contacts')
      .select(['partnership_id', 'side', 'channel', 'at', 'note'])
      .where('partnership_id', 'in', ids)
      .orderBy('at')
      .execute(),
  ]);
  return { helpRequests: match(helpRequests), coachContacts: match(coachContacts) };
}

export async function questionnaireAnswersOf(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('questionnaire_responses')
    .innerJoin('questionnaires', 'questionnaires.id', 'questionnaire_responses.questionnaire_id')
    .select([
      'questionnaires.code',
      'questionnaires.version',
      'questionnaire_responses.partnership_id',
      'questionnaire_responses.side',
      'questionnaire_responses.locale',
      'questionnaire_responses.answers',
      'questionnaire_responses.submitted_at',
    ])
    .where('questionnaire_responses.person_id', '=', personId)
    .orderBy('questionnaire_responses.submitted_at')
    .execute();
}

export async function trainingOf(db: Kysely<Database>, personId: string) {
  const [registrations, assignments, pagesRead] = await Promise.all([
    db
      .selectFrom('training_registrations')
      .innerJoin('training_sessions', 'training_sessions.id', 'training_registrations.session_id')
      .innerJoin('training_modules', 'training_modules.id', 'training_sessions.module_id')
      .select([
        'training_modules.code',
        'training_modules.title',
        'training_sessions.starts_at',
        'training_sessions.ends_at',
        'training_registrations.status',
        'training_registrations.registered_at',
        'training_registrations.updated_at',
      ])
      .where('training_registrations.person_id', '=', personId)
      .orderBy('training_sessions.starts_at')
      .execute(),
    db
      .selectFrom('training_assignments')
      .innerJoin('training_modules', 'training_modules.id', 'training_assignments.module_id')
      .select(['training_modules.code', 'training_modules.title', 'training_assignments.assigned_at'])
      .where('training_assignments.person_id', '=', personId)
      .orderBy('training_assignments.assigned_at')
      .execute(),
    db
      .selectFrom('training_page_reads')
      .innerJoin('training_pages', 'training_pages.id', 'training_page_reads.page_id')
      .innerJoin('training_modules', 'training_modules.id', 'training_pages.module_id')
      .select(['training_modules.code', 'training_pages.title', 'training_page_reads.read_at'])
      .where('training_page_reads.person_id', '=', personId)
      .orderBy('training_page_reads.read_at')
      .execute(),
  ]);
  return { registrations, assignments, pagesRead };
}

export async function careerOf(db: Kysely<Database>, personId: string) {
  const [cvVersions, cvComments, cvAttachments, jobApplications, reports] = await Promise.all([
    db
      .selectFrom('cv_versions')
      .select(['id', 'number', 'content', 'created_at'])
      .where('person_id', '=', personId)
      .orderBy('number')
      .execute(),
    db
      .selectFrom('cv_comments')
      .select(['cv_version_id', 'section', 'item_index', 'body', 'author_role', 'created_at', 'done_at'])
      .where('person_id', '=', personId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('cv_attachments')
      .select(['id', 'cv_version_id', 'file_name', 'content_type', 'size', 'uploaded_at'])
      .where('person_id', '=', personId)
      .orderBy('uploaded_at')
      .execute(),
    db
      .selectFrom('job_applications')
      .select([
        'id',
        'employer',
        'role',
        'applied_on',
        'channel',
        'stage',
        'next_step',
        'next_step_on',
        'cv_version_number',
        'notes',
        'created_at',
        'updated_at',
      ])
      .where('person_id', '=', personId)
      .orderBy('applied_on')
      .execute(),
    db
      .selectFrom('discrimination_reports')
      .select([
        'id',
        'application_id',
        'occurred_on',
        'sealed',
        'status',
        'created_at',
        'handled_at',
        'handled_note_sealed',
      ])
      .where('person_id', '=', personId)
      .orderBy('created_at')
      .execute(),
  ]);
  const applicationIds = jobApplications.map((a) => a.id);
  const [stageChanges, feedback] =
    applicationIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('job_application_stage_changes')
            .select(['application_id', 'seq', 'from_stage', 'to_stage', 'at'])
            .where('application_id', 'in', applicationIds)
            .orderBy('at')
            .execute(),
          db
            .selectFrom('job_application_feedback')
            .select(['application_id', 'body', 'author_role', 'created_at'])
            .where('application_id', 'in', applicationIds)
            .orderBy('created_at')
            .execute(),
        ]);
  return { cvVersions, cvComments, cvAttachments, jobApplications, stageChanges, feedback, reports };
}

/** Audit events about the person or their account: who read or changed their record, and when. */
export async function auditEventsAbout(db: Kysely<Database>, subjectIds: readonly string[]) {
  return db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .select([
      'audit_events.at',
      'audit_events.action',
      'audit_events.outcome',
      'audit_events.actor_role',
      'audit_events.actor_id',
      'users.name as actor_name',
    ])
    .where('audit_events.subject_id', 'in', subjectIds)
    .orderBy('audit_events.id')
    .execute();
}

/** Emails the platform stored for the person's address. */
export async function emailsTo(db: Kysely<Database>, address: string) {
  return db
    .selectFrom('outbox_emails')
    .select(['subject', 'text_body', 'status', 'created_at', 'sent_at'])
    .where('to_address', '=', address)
    .orderBy('created_at')
    .execute();
}

/** The person record of an account (a mentee's or mentor's own sign-in), or null for staff. */
export async function personIdOfUser(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db.selectFrom('people').select('id').where('user_id', '=', userId).executeTakeFirst();
  return row?.id ?? null;
}
