import type { Kysely } from 'kysely';

/**
 * The ESF+ participant record of a mentee (docs/participant-facts.md): gender, labour-market status
 * and education at entry, entry and exit dates, and the optional special-category answers, kept only
 * with their own consent. One row per person; the date of birth stays on `people`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('participant_facts')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('gender', 'text')
    .addColumn('labour_market_status', 'text')
    .addColumn('long_term_unemployed', 'integer')
    .addColumn('education', 'text')
    .addColumn('entry_date', 'text')
    .addColumn('exit_date', 'text')
    .addColumn('disability', 'text')
    .addColumn('third_country_national', 'text')
    .addColumn('housing_exclusion', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
