import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Inserts the claim unless it exists; true when this call inserted it (the primary key decides). */
export async function insertClaim(db: Kysely<Database>, key: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('job_claims')
    .values({ key, claimed_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
