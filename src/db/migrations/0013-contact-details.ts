import { type Kysely, sql } from 'kysely';

/**
 * Contact details a participant needs before matching: a phone number on staff accounts (optional,
 * shown to the coach's own participants) and the coach who follows a person from the intake on
 * (people.coach_id: set when a coach takes the application or plans the intake). Existing people get
 * the coach who last moved their status; the index serves "the people this coach follows".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('phone', 'text').execute();
  await db.schema
    .alterTable('people')
    .addColumn('coach_id', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('people_coach').on('people').column('coach_id').execute();
  await sql`
    update people set coach_id = (
      select sc.actor_id from person_status_changes sc
      join users u on u.id = sc.actor_id
      where sc.person_id = people.id and u.role = 'coach'
      order by sc.seq desc
      limit 1
    )`.execute(db);
}
