import type { Kysely } from 'kysely';
import { nameGrams } from '../../domain/people/name-search.js';

/**
 * Typo-tolerant name search: the trigrams of each person's name after the spelling key
 * (domain/people/name-search.ts), one row each. The primary key (gram, person_id) answers "who shares
 * these trigrams" from the index alone; person_grams replaces a person's rows when the name changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person_name_grams')
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addPrimaryKeyConstraint('person_name_grams_pk', ['gram', 'person_id'])
    .execute();
  await db.schema
    .createIndex('person_name_grams_person')
    .on('person_name_grams')
    .column('person_id')
    .execute();

  const typed = db as unknown as Kysely<{
    people: { id: string; first_name: string; last_name: string };
    person_name_grams: { gram: string; person_id: string };
  }>;
  const people = await typed.selectFrom('people').select(['id', 'first_name', 'last_name']).execute();
  const rows = people.flatMap((p) =>
    nameGrams(`${p.first_name} ${p.last_name}`).map((gram) => ({ gram, person_id: p.id })),
  );
  for (let i = 0; i < rows.length; i += 500)
    await typed
      .insertInto('person_name_grams')
      .values(rows.slice(i, i + 500))
      .execute();
}
