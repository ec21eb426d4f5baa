import type { Kysely } from 'kysely';

/**
 * The mentoring cycle: the partnership's lifecycle fields, a summary of its meetings and its stored
 * health with the instant until which it is exact (so the health screen never scans meetings), meetings with private notes, the coach's contacts,
 * help requests, and versioned questionnaires with their answers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    'coach_id',
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
    'held_by_month',
    'last_held_at',
    'planned_starts',
    'alerted_health',
    'health_state',
    'health_rule',
    'health_details',
    'health_sort',
  ]) {
    await db.schema.alterTable('partnerships').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('partnerships').addColumn('health_rank', 'integer').execute();
  // '' sorts before every instant: a partnership whose health was never computed is stale at once.
  await db.schema
    .alterTable('partnerships')
    .addColumn('health_until', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('people').addColumn('match_priority_since', 'text').execute();
  // The health screen pages through stored health in risk order; stale rows are refreshed first.
  for (const [name, columns] of [
    ['partnerships_health', ['health_rank', 'health_sort', 'id']],
    ['partnerships_association_health', ['association_id', 'health_rank', 'health_sort', 'id']],
    ['partnerships_coach_health', ['coach_id', 'health_rank', 'health_sort', 'id']],
    ['partnerships_health_until', ['health_until']],
  ] as const)
    await db.schema
      .createIndex(name)
      .on('partnerships')
      .columns([...columns])
      .execute();
  await db.schema
    .createIndex('partnerships_coach')
    .on('partnerships')
    .columns(['coach_id', 'status'])
    .execute();
  await db.schema.createIndex('partnerships_status').on('partnerships').columns(['status']).execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('video_url', 'text')
    .addColumn('topic', 'text')
    .addColumn('application_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('planned_by', 'text', (c) => c.references('users.id'))
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .addColumn('logged_by', 'text', (c) => c.references('users.id'))
    .addColumn('logged_at', 'text')
    .addColumn('held_minutes', 'integer')
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('shared_notes', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meetings_partnership')
    .on('meetings')
    .columns(['partnership_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('meetings_starts').on('meetings').columns(['status', 'starts_at']).execute();

  await db.schema
    .createTable('meeting_private_notes')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_private_notes_pk', ['meeting_id', 'author_id'])
    .execute();

  await db.schema
    .createTable('coach_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('coach_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('coach_contacts_partnership')
    .on('coach_contacts')
    .columns(['partnership_id', 'at'])
    .execute();

  await db.schema
    .createTable('help_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.references('users.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .addColumn('handled_by', 'text', (c) => c.references('users.id'))
    .addColumn('handled_note', 'text')
    .execute();
  await db.schema
    .createIndex('help_requests_open')
    .on('help_requests')
    .columns(['handled_at', 'created_at'])
    .execute();
  await db.schema
    .createIndex('help_requests_partnership')
    .on('help_requests')
    .columns(['partnership_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('questionnaires')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('questionnaires_code_version', ['code', 'version'])
    .execute();
  await db.schema
    .createTable('questionnaire_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('questionnaire_id', 'text', (c) => c.notNull().references('questionnaires.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('questionnaire_responses_once', ['partnership_id', 'side', 'questionnaire_id'])
    .execute();
}
