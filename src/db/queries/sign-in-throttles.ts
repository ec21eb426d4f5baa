import type { Kysely } from 'kysely';
import type { ThrottleState } from '../../domain/auth/throttle.js';
import type { Database } from '../schema.js';

/** All SQL about sign-in throttling counters (per address, per account, per known device). */
export async function findThrottle(db: Kysely<Database>, key: string): Promise<ThrottleState | null> {
  const row = await db.selectFrom('sign_in_throttles').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  return {
    failures: row.failures,
    lastFailureAt: new Date(row.last_failure_at),
    blockedUntil: row.blocked_until ? new Date(row.blocked_until) : null,
  };
}

export async function saveThrottle(db: Kysely<Database>, key: string, state: ThrottleState): Promise<void> {
  const values = {
    failures: state.failures,
    last_failure_at: state.lastFailureAt.toISOString(),
    blocked_until: state.blockedUntil?.toISOString() ?? null,
  };
  await db
    .insertInto('sign_in_throttles')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttles').where('key', '=', key).execute();
}
