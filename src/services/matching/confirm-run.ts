import type { ErrorCode } from '../../contracts/error-codes.js';
import { heldPartnershipOfMentee, markRunConfirmed } from '../../db/queries/matching.js';
import { findPerson } from '../../db/queries/people.js';
import { type ConfirmPair, checkConfirmation } from '../../domain/matching/check-confirmation.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { getRun } from './get-run.js';
import { proposePartnership } from './propose-partnership.js';
import { queueConfirmationEmails } from './queue-confirmation-emails.js';

/** A partnership as the confirmation answers it. */
export interface ConfirmedPartnership {
  id: string;
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  status: string;
  score: number | null;
  proposedAt: string;
}

class ConfirmAbort extends Error {
  constructor(readonly failure: { code: ErrorCode; message: string; details?: unknown }) {
    super(failure.message);
  }
}

/**
 * The coach confirms pairs of a run: each becomes a partnership in state "proposed", with who
 * confirmed and, where the coach chose otherwise than the engine, the reason. Load the run, let the
 * domain check the pairs (domain/matching/check-confirmation.ts), then in one transaction save each
 * pair, queue its emails in the outbox and audit it; the outbox is delivered after the commit. All
 * pairs or none.
 */
export async function confirmRun(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  runId: string,
  pairs: ConfirmPair[],
): Promise<Result<{ partnerships: ConfirmedPartnership[] }>> {
  const found = await getRun(deps, actor, runId, 'confirm');
  if (!found.ok) return found;
  const checked = checkConfirmation(found.value, pairs);
  if (!checked.ok) return checked;

  const now = deps.now();
  const at = now.toISOString();
  try {
    const created = await inTransaction(deps, async (trx) => {
      if (!(await markRunConfirmed(trx, runId)))
        throw new ConfirmAbort({
          code: 'matching.already_confirmed',
          message: 'This run has been confirmed already.',
        });
      const result: ConfirmedPartnership[] = [];
      for (const pair of checked.value) {
        const mentee = await findPerson(trx, pair.menteeId);
        const mentor = await findPerson(trx, pair.mentorId);
        if (
          !mentee ||
          !mentor ||
          mentee.status !== 'ready_to_match' ||
          (await heldPartnershipOfMentee(trx, mentee.id))
        ) {
          throw new ConfirmAbort({
            code: 'matching.person_not_in_run',
            message: 'Someone in this run is no longer free to match; start a new run.',
            details: { menteeId: pair.menteeId },
          });
        }
        const saved = await proposePartnership(trx, { pair, mentee, mentor, runId, actor, ctx, at });
        await queueConfirmationEmails(
          deps,
          trx,
          {
            mentee,
            mentor,
            coachName: actor.name,
            associationId: saved.associationId,
            mentorAssociationId: saved.mentorAssociationId,
          },
          now,
        );
        await recordAuditEvent(trx, ctx, now, {
          action: 'partnership.proposed',
          subjectType: 'partnership',
          subjectId: saved.id,
          details: {
            runId,
            menteeId: mentee.id,
            mentorId: mentor.id,
            override: pair.overrideReason ?? null,
            ...(saved.mentorAssociationId ? { mentorAssociationId: saved.mentorAssociationId } : {}),
          },
        });
        result.push({
          id: saved.id,
          menteeId: mentee.id,
          menteeName: `${mentee.first_name} ${mentee.last_name}`,
          mentorId: mentor.id,
          mentorName: `${mentor.first_name} ${mentor.last_name}`,
          status: 'proposed',
          score: pair.score,
          proposedAt: at,
        });
      }
      return result;
    });
    await deps.mailer.deliverQueued(deps.db, deps.now);
    return ok({ partnerships: created });
  } catch (error) {
    if (error instanceof ConfirmAbort)
      return fail(error.failure.code, error.failure.message, error.failure.details);
    throw error;
  }
}
