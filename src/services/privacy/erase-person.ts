import fs from 'node:fs';
import path from 'node:path';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import {
  endHold,
  eraseRows,
  expiredHolds,
  flushDeletedContent,
  insertErasure,
  lockPersonForErasure,
  partnershipSidesOf,
} from '../../db/queries/erasure.js';
import { personRow } from '../../db/queries/person-export.js';
import type { Database } from '../../db/schema.js';
import { decideErasure } from '../../domain/privacy/erasure.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { brusselsDay } from '../../domain/training/reminder-window.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { cliContext, type Deps, type RequestContext } from '../context.js';
import { claimOnce } from '../jobs/claim-once.js';
import type { DailyJob } from '../jobs/daily-job.js';
import { inTransaction } from '../transaction.js';

export interface ErasureSummary {
  personId: string;
  erasedAt: string;
  /** Rows removed or made anonymous, per table. */
  erased: Record<string, number>;
  /** What stays, hidden, for a legal duty, and until when; null without a hold. */
  held: { until: string; kept: string[] } | null;
  /** SQLite: whether the write-ahead log was emptied at once (a reader may delay it to the next write). */
  logEmptied: boolean;
}

const heldColumns = [
  'participant_facts',
  'people.date_of_birth',
  'people.kind, status, region, sector',
] as const;

/**
 * Erases a person on request (GDPR art. 17; docs/privacy.md, "Erasure"): an admin, or the command line.
 * Every record about them is removed or made anonymous in one transaction with its audit event; the
 * other side of a pair keeps the pair and its own notes; the ESF+ evidence of a participant stays on
 * hold, hidden, until the hold ends. A tombstone without personal data is kept in the database and
 * appended to the erasure log outside it, so that `mentor2work restore` can re-apply it.
 */
export async function erasePerson(
  deps: Deps,
  ctx: RequestContext,
  input: { personId: string; reason: string },
): Promise<Result<ErasureSummary>> {
  const system = ctx.requestId === 'cli' && ctx.actor === null;
  if (!system && ctx.actor?.role !== 'admin') return fail('not_found', 'No such person.');
  const now = deps.now();
  const erasedAt = now.toISOString();
  const result = await inTransaction(deps, async (trx) => {
    await lockPersonForErasure(trx, deps.db.engine, input.personId);
    const person = await personRow(trx, input.personId);
    if (!person) return fail<ErasureSummary>('not_found', 'No such person.');
    const partnerships = await partnershipSidesOf(trx, person.id);
    const facts = await trx
      .selectFrom('participant_facts')
      .select('person_id')
      .where('person_id', '=', person.id)
      .executeTakeFirst();
    const decision = decideErasure({
      kind: person.kind,
      status: person.status,
      erasedAt: person.erased_at,
      hasParticipantFacts: facts !== undefined,
      partnershipStatuses: partnerships.map((p) => p.status),
      reason: input.reason,
      today: brusselsDay(now, 0).day,
      holdUntilSetting: deps.config.esfHoldUntil,
    });
    if (!decision.ok) return decision;
    const { keepEvidence, heldUntil } = decision.value;
    const account = person.user_id
      ? await trx.selectFrom('users').select('email').where('id', '=', person.user_id).executeTakeFirst()
      : undefined;
    const addresses = [...new Set([person.email, ...(account ? [account.email] : [])])];
    const erased = await eraseRows(
      trx,
      { personId: person.id, userId: person.user_id, addresses, keepEvidence, erasedAt, heldUntil },
      partnerships.map((p) => ({ id: p.id, side: p.mentee_id === person.id ? 'mentee' : 'mentor' })),
    );
    await insertErasure(trx, { personId: person.id, erasedAt, reason: input.reason.trim(), heldUntil });
    await recordAuditEvent(trx, ctx, now, {
      action: 'person.erased',
      subjectType: 'person',
      subjectId: person.id,
      details: { held: keepEvidence, heldUntil, tables: erased },
    });
    return ok<ErasureSummary>({
      personId: person.id,
      erasedAt,
      erased,
      held: keepEvidence && heldUntil ? { until: heldUntil, kept: [...heldColumns] } : null,
      logEmptied: false,
    });
  });
  if (!result.ok) return result;
  appendTombstone(deps.config.erasureLogFile, {
    personId: result.value.personId,
    erasedAt,
    heldUntil: result.value.held?.until ?? null,
  });
  const logEmptied = await flushDeletedContent(deps.db.kysely, deps.db.engine);
  return ok({ ...result.value, logEmptied });
}

const tombstone = z.object({ personId: z.string(), erasedAt: z.string(), heldUntil: z.string().nullable() });
type Tombstone = z.output<typeof tombstone>;

/** One line per erasure, fsynced: ids and times only, no personal data. */
function appendTombstone(file: string, entry: Tombstone) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(entry)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function readTombstones(file: string): Tombstone[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = tombstone.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}, line ${i + 1}: not an erasure tombstone.`);
      return parsed.data;
    });
}

/**
 * After a restore from a backup older than some erasures: erases again every person of the erasure
 * log who is back in the database. Returns how many were erased again.
 */
export async function reapplyErasures(deps: Deps): Promise<{ reapplied: number; skipped: number }> {
  let reapplied = 0;
  let skipped = 0;
  for (const entry of readTombstones(deps.config.erasureLogFile)) {
    const person = await personRow(deps.db.kysely, entry.personId);
    if (!person || person.erased_at !== null) {
      skipped += 1;
      continue;
    }
    await inTransaction(deps, (trx) => eraseAgain(trx, deps, entry));
    reapplied += 1;
  }
  return { reapplied, skipped };
}

async function eraseAgain(trx: Transaction<Database>, deps: Deps, entry: Tombstone): Promise<void> {
  const person = await personRow(trx, entry.personId);
  if (!person) return;
  const partnerships = await partnershipSidesOf(trx, person.id);
  const account = person.user_id
    ? await trx.selectFrom('users').select('email').where('id', '=', person.user_id).executeTakeFirst()
    : undefined;
  const keepEvidence = entry.heldUntil !== null && entry.heldUntil > brusselsDay(deps.now(), 0).day;
  const erased = await eraseRows(
    trx,
    {
      personId: person.id,
      userId: person.user_id,
      addresses: [...new Set([person.email, ...(account ? [account.email] : [])])],
      keepEvidence,
      erasedAt: entry.erasedAt,
      heldUntil: keepEvidence ? entry.heldUntil : null,
    },
    partnerships.map((p) => ({ id: p.id, side: p.mentee_id === person.id ? 'mentee' : 'mentor' })),
  );
  await insertErasure(trx, {
    personId: person.id,
    erasedAt: entry.erasedAt,
    reason: 're-applied after a restore',
    heldUntil: keepEvidence ? entry.heldUntil : null,
  });
  await recordAuditEvent(trx, cliContext, deps.now(), {
    action: 'person.erasure_reapplied',
    subjectType: 'person',
    subjectId: person.id,
    details: { tables: erased },
  });
}

/** The daily job: holds whose end has come lose the evidence they kept, each once. */
export async function endExpiredHolds(deps: Deps): Promise<{ sent: number }> {
  const now = deps.now();
  const today = brusselsDay(now, 0).day;
  let ended = 0;
  for (const hold of await expiredHolds(deps.db.kysely, today, 500)) {
    const done = await inTransaction(deps, async (trx) => {
      if (!(await claimOnce(trx, `erasure-hold-end:${hold.person_id}`, now))) return false;
      await endHold(trx, hold.person_id, now.toISOString());
      await recordAuditEvent(trx, cliContext, now, {
        action: 'person.hold_ended',
        subjectType: 'person',
        subjectId: hold.person_id,
        details: { heldUntil: hold.held_until },
      });
      return true;
    });
    if (done) ended += 1;
  }
  if (ended > 0) await flushDeletedContent(deps.db.kysely, deps.db.engine);
  return { sent: ended };
}

export const erasureHoldJob: DailyJob = { name: 'erasure-holds', run: endExpiredHolds };
