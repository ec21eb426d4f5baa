import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** All SQL about personal calendar feeds: one per user, looked up by the hash of its token. */
export async function findFeedOfUser(db: Kysely<Database>, userId: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The feed and its user (disabled users' feeds are not served). */
export async function findFeedByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds')
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .select(['users.id', 'users.role', 'users.locale', 'users.association_id', 'users.name'])
    .where('calendar_feeds.token_hash', '=', tokenHash)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** Creates the user's feed unless one exists (two first calls at once keep the first). */
export async function insertFeedIfMissing(db: Kysely<Database>, row: Database['calendar_feeds']) {
  await db
    .insertInto('calendar_feeds')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
}

export async function replaceFeedToken(
  db: Kysely<Database>,
  userId: string,
  changes: Pick<Database['calendar_feeds'], 'token_hash' | 'token_sealed' | 'created_at'>,
) {
  await db.updateTable('calendar_feeds').set(changes).where('user_id', '=', userId).execute();
}
