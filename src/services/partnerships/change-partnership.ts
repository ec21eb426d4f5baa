import { randomUUID } from 'node:crypto';
import type { Transaction, Updateable } from 'kysely';
import type { Side } from '../../contracts/partnership-vocabulary.js';
import type { PersonStatus } from '../../contracts/people-vocabulary.js';
import type { Engine } from '../../db/client.js';
import {
  insertPartnershipChange,
  lockPartnership,
  lockPerson,
  otherRunningOfPerson,
  type PartnershipRow,
  transitionPartnership,
} from '../../db/queries/partnerships.js';
import { findPerson } from '../../db/queries/people.js';
import type { Database } from '../../db/schema.js';
import type { PartnershipState } from '../../domain/partnerships/partnership-lifecycle.js';
import type { PersonStep } from '../../domain/people/person-lifecycle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { changePersonStatus } from '../people/change-person-status.js';
import { inTransaction } from '../transaction.js';
import { loadPartnershipFor, stateOf, type Viewer } from './load-partnership.js';
import { refreshPartnershipHealth } from './refresh-health.js';

/** What `afterwards` gets: the partnership before the step, its new state, and what `check` found. */
export interface StepOutcome<F> {
  row: PartnershipRow;
  next: PartnershipState;
  now: Date;
  engine: Engine;
  facts: F;
}

/**
 * One step of the lifecycle, as plain functions that share nothing but their arguments: what `check`
 * finds in the store (`facts`) is handed to `decide`, `patch` and `afterwards`, never kept in a
 * variable of the step.
 */
export interface Transition<F = undefined> {
  action: string;
  /** Who may take this step (staff, or a side of the pair). */
  allowed: (viewer: Viewer) => boolean;
  /** Facts the step needs from the store, read in the same transaction before deciding. */
  check?: (trx: Transaction<Database>, row: PartnershipRow, viewer: Viewer) => Promise<Result<F>>;
  decide: (state: PartnershipState, row: PartnershipRow, facts: F) => Result<PartnershipState>;
  /** Columns to save besides the status. */
  patch?: (
    next: PartnershipState,
    row: PartnershipRow,
    now: Date,
    facts: F,
  ) => Updateable<Database['partnerships']>;
  reasonText?: string | null;
  /** Further writes in the same transaction (people's statuses, a meeting, emails). */
  afterwards?: (trx: Transaction<Database>, outcome: StepOutcome<F>) => Promise<void>;
}

class Conflict extends Error {}

/**
 * One step of the lifecycle: load what the actor may see, let the domain decide, save the new state
 * only if nobody changed it meanwhile, record who, when and why, audit. All or nothing.
 */
export async function changePartnership<F = undefined>(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  step: Transition<F>,
): Promise<Result<{ id: string; status: string }>> {
  const now = deps.now();
  try {
    return await inTransaction(deps, async (trx) => {
      await lockPartnership(trx, deps.db.engine, id);
      const loaded = await loadPartnershipFor(trx, actor, id);
      if (!loaded.ok) return loaded;
      const { row, viewer } = loaded.value;
      if (!step.allowed(viewer))
        return fail('partnership.not_allowed', 'You cannot take this step in this partnership.');
      // A step without a check has no facts (F is undefined then).
      const checked = step.check ? await step.check(trx, row, viewer) : ok(undefined as F);
      if (!checked.ok) return checked;
      const facts = checked.value;
      const decided = step.decide(stateOf(row), row, facts);
      if (!decided.ok) return decided;
      const next = decided.value;
      const saved = await transitionPartnership(trx, id, row.status, {
        status: next.status,
        mentee_response: next.menteeResponse,
        mentor_response: next.mentorResponse,
        started_at: next.startedAt,
        planned_end_at: next.plannedEndAt,
        updated_at: now.toISOString(),
        ...(step.patch?.(next, row, now, facts) ?? {}),
      });
      if (!saved) throw new Conflict();
      if (next.status !== row.status || step.reasonText) {
        await insertPartnershipChange(trx, {
          id: randomUUID(),
          partnership_id: id,
          from_status: row.status,
          to_status: next.status,
          at: now.toISOString(),
          actor_id: actor.id,
          reason_text: step.reasonText ?? null,
        });
      }
      await step.afterwards?.(trx, { row, next, now, engine: deps.db.engine, facts });
      await refreshPartnershipHealth(trx, id, now);
      await recordAuditEvent(trx, ctx, now, {
        action: `partnership.${step.action}`,
        subjectType: 'partnership',
        subjectId: id,
        details: { from: row.status, to: next.status },
      });
      return ok({ id, status: next.status });
    });
  } catch (error) {
    if (error instanceof Conflict)
      return fail(
        'partnership.changed_meanwhile',
        'Someone changed this partnership meanwhile; reload and try again.',
      );
    throw error;
  }
}

export const staffOnly = (viewer: Viewer) => viewer.kind === 'staff';

/**
 * After a partnership ends: the mentee returns to the pool with priority, or leaves with the given
 * status; the mentor becomes available again unless another partnership holds them.
 */
export async function releasePeople(
  trx: Transaction<Database>,
  ctx: RequestContext,
  row: PartnershipRow,
  mentee: { status: 'ready_to_match' | 'completed' | 'left_early'; priority: boolean },
  actorId: string,
  now: Date,
  engine: Engine,
  reason: string,
) {
  const iso = now.toISOString();
  // The mentor's status depends on their other partnerships: lock their row before looking.
  await lockPerson(trx, engine, row.mentor_id);
  const people: Array<{ side: Side; id: string; to: PersonStatus; step: PersonStep }> = [
    { side: 'mentee', id: row.mentee_id, to: mentee.status, step: menteeStepTo[mentee.status] },
  ];
  if (!(await otherRunningOfPerson(trx, 'mentor_id', row.mentor_id, row.id)))
    people.push({ side: 'mentor', id: row.mentor_id, to: 'accepted', step: 'release_mentor' });
  for (const { side, id, to, step } of people) {
    const person = await findPerson(trx, id);
    if (!person || person.status === to) continue;
    await changePersonStatus(trx, ctx, now, {
      person,
      step,
      to,
      actorId,
      reasonText: reason,
      alongside: side === 'mentee' && mentee.priority ? { match_priority_since: iso } : {},
    });
  }
}

/** The lifecycle step that takes the mentee to each status a partnership's end leaves them in. */
const menteeStepTo = {
  ready_to_match: 'return_to_pool',
  completed: 'complete',
  left_early: 'leave_early',
} as const satisfies Record<string, PersonStep>;
