import type { Kysely } from 'kysely';

/**
 * The words people search reference lists by, one row per (list, word, language, code): a sector's
 * own label words, its synonyms and the labels (preferred, alternative, hidden) of the ESCO
 * occupations that work in it; an occupation's alternative and hidden labels. Rebuilt by the
 * reference loader. The primary key, word second, serves `list = ? and word >= ? and word < ?`
 * (a prefix as a range) on SQLite and on PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ref_search_terms')
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    /** 0: the item's own label or a synonym; 1 and 2: the first or another word of a linked occupation. */
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ref_search_terms_pk', ['list', 'word', 'lang', 'code'])
    .execute();
}
