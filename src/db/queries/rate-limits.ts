import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Counts one request against a limit's window and returns the count and the window's rest (ms). One
 * statement (an upsert), so two servers counting the same client at once never lose a hit: a window
 * that has run out starts again at this request.
 */
export async function hitRateLimit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  nowMs: number,
): Promise<{ current: number; ttl: number }> {
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ key, window_start: nowMs, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const expired = eb(eb('rate_limit_hits.window_start', '+', windowMs), '<=', nowMs);
        return {
          hits: eb
            .case()
            .when(expired)
            .then(1)
            .else(eb('rate_limit_hits.hits', '+', 1))
            .end(),
          window_start: eb
            .case()
            .when(expired)
            .then(nowMs)
            .else(eb.ref('rate_limit_hits.window_start'))
            .end(),
        };
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { current: Number(row.hits), ttl: Math.max(0, Number(row.window_start) + windowMs - nowMs) };
}

/** The current count of a limit's window without counting (the plugin's `read`). */
export async function readRateLimit(db: Kysely<Database>, key: string, windowMs: number, nowMs: number) {
  const row = await db
    .selectFrom('rate_limit_hits')
    .select(['hits', 'window_start'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || Number(row.window_start) + windowMs <= nowMs) return { current: 0, ttl: 0 };
  return { current: Number(row.hits), ttl: Number(row.window_start) + windowMs - nowMs };
}

/** Removes windows that started before the cutoff (they have all run out). */
export async function pruneRateLimits(db: Kysely<Database>, beforeMs: number) {
  await db.deleteFrom('rate_limit_hits').where('window_start', '<', beforeMs).execute();
}
