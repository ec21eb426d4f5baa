import type { Kysely } from 'kysely';
import { insertClaim } from '../../db/queries/job-claims.js';
import type { Database } from '../../db/schema.js';

/**
 * True for the first caller of a key, false for every later one, on both engines and across several
 * app servers: the key is the primary key of job_claims and a second insert does nothing. Call it in
 * the same transaction as the action it guards (the email), so a claim exists exactly when the action
 * was committed.
 */
export async function claimOnce(db: Kysely<Database>, key: string, now: Date): Promise<boolean> {
  return insertClaim(db, key, now.toISOString());
}
