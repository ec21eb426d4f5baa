import type { Kysely } from 'kysely';

/**
 * Request rate limits counted in the database (issue 15), so that servers sharing one PostgreSQL
 * database count a client's requests together: one row per limit and client, with the start of its
 * window (milliseconds since 1970) and the requests in it. Old rows are pruned by `window_start`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_hits_window')
    .on('rate_limit_hits')
    .column('window_start')
    .execute();
}
