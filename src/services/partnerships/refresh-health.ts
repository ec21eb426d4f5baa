import type { Kysely } from 'kysely';
import { findHealthInput, listStaleHealth, saveHealth } from '../../db/queries/partnerships.js';
import type { Database } from '../../db/schema.js';
import { healthRank, healthValidUntil, partnershipHealth } from '../../domain/cadence/partnership-health.js';
import type { Deps } from '../context.js';
import { inTransaction } from '../transaction.js';
import { cadenceInputOf } from './load-partnership.js';

/** Far future: the stored health of a closing or ended partnership does not change with time. */
const never = '9999-12-31T00:00:00.000Z';

type SummaryRow = NonNullable<Awaited<ReturnType<typeof findHealthInput>>>;

/** Computes and stores one partnership's health with the instant until which it stays exact. */
async function storeHealth(db: Kysely<Database>, row: SummaryRow, now: Date, onlyIfStale = false) {
  const input = cadenceInputOf(row);
  const health = partnershipHealth(input, now);
  await saveHealth(
    db,
    row.id,
    {
      health_state: health?.state ?? null,
      health_rule: health?.rule ?? null,
      health_details: health ? JSON.stringify(health.details) : null,
      health_rank: healthRank(health),
      // Longest silent first: the last meeting as an active pair (never before the start), else the start
      // or the proposal.
      health_sort:
        row.started_at && (!row.last_held_at || row.last_held_at < row.started_at)
          ? row.started_at
          : (row.last_held_at ?? row.proposed_at),
      health_until: healthValidUntil(input, now)?.toISOString() ?? never,
    },
    onlyIfStale ? now.toISOString() : undefined,
  );
}

/** After a meeting or a step of the lifecycle changed a partnership (in the same transaction). */
export async function refreshPartnershipHealth(db: Kysely<Database>, id: string, now: Date) {
  const row = await findHealthInput(db, id);
  if (row) await storeHealth(db, row, now);
}

/** Which partnerships' stored health to bring up to date (none given: all). */
export interface HealthScope {
  associationId?: string | undefined;
  coachId?: string | undefined;
}

/**
 * Brings every stored health in scope up to date: only rows whose health was never computed or
 * whose validity has passed are recomputed (after local midnight that is most active pairs, which
 * the jobs refresh first), in one transaction of the use case's own (services/transaction.ts). A
 * partnership that is over gets rank 3 and never expires. Returns how many were recomputed.
 */
export async function refreshStaleHealth(deps: Deps, scope: HealthScope, now: Date): Promise<number> {
  const stale = await listStaleHealth(deps.db.kysely, scope, now.toISOString());
  if (stale.length === 0) return 0;
  await inTransaction(deps, async (trx) => {
    // Read each one again inside the transaction: a meeting logged since the list was read counts.
    for (const { id } of stale) {
      const row = await findHealthInput(trx, id);
      if (row) await storeHealth(trx, row, now, true);
    }
  });
  return stale.length;
}
