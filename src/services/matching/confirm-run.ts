import { randomUUID } from 'node:crypto';
import type { Locale } from '../../contracts/common.js';
import type { MatchRun } from '../../contracts/matching.js';
import { heldPartnershipOfMentee, markRunConfirmed } from '../../db/queries/matching.js';
import { insertPartnershipChange, insertPartnershipRow } from '../../db/queries/partnerships.js';
import { findPerson, insertStatusChange, updatePerson } from '../../db/queries/people.js';
import { findAssociationName, listAssociationCoaches } from '../../db/queries/users.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { getRun } from './get-run.js';
import { introductionEmail } from './introduction-email.js';
import { sharedMentorEmail } from './shared-mentor-email.js';

export interface ConfirmPair {
  menteeId: string;
  mentorId: string;
  overrideReason?: string | undefined;
}

class ConfirmAbort extends Error {
  constructor(readonly failure: { code: string; message: string; details?: unknown }) {
    super(failure.message);
  }
}

/**
 * The coach confirms pairs of a run: each becomes a partnership in state "proposed", with who
 * confirmed and, where the coach chose otherwise than the engine, the reason. Both people are
 * emailed an introduction; with a mentor shared by a sister association, the partnership records
 * both associations and the mentor's coaches are told. All pairs or none.
 */
export async function confirmRun(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  runId: string,
  pairs: ConfirmPair[],
): Promise<
  Result<{
    partnerships: Array<{
      id: string;
      menteeId: string;
      menteeName: string;
      mentorId: string;
      mentorName: string;
      status: string;
      score: number | null;
      proposedAt: string;
    }>;
  }>
> {
  const found = await getRun(deps, actor, runId);
  if (!found.ok) return found;
  const run: MatchRun = found.value;
  if (run.status !== 'proposed')
    return fail('matching.already_confirmed', 'This run has been confirmed already; start a new run.');
  const problems: Array<{ path: Array<string | number>; code: string; message: string }> = [];
  const proposedFor = new Map(run.pairs.map((p) => [p.mentee.id, p]));
  const mentorsInRun = new Map<string, { name: string; score: number | null }>();
  for (const p of run.pairs) {
    mentorsInRun.set(p.mentor.id, { name: p.mentor.name, score: null });
    for (const a of p.alternatives) mentorsInRun.set(a.mentor.id, { name: a.mentor.name, score: null });
  }
  const seenMentees = new Set<string>();
  for (const [index, pair] of pairs.entries()) {
    const proposal = proposedFor.get(pair.menteeId);
    if (!proposal || !mentorsInRun.has(pair.mentorId) || seenMentees.has(pair.menteeId)) {
      problems.push({
        path: ['pairs', index],
        code: 'matching.person_not_in_run',
        message: 'This pair is not part of the run.',
      });
      continue;
    }
    seenMentees.add(pair.menteeId);
    if (proposal.mentor.id !== pair.mentorId && !pair.overrideReason) {
      problems.push({
        path: ['pairs', index, 'overrideReason'],
        code: 'matching.override_reason_required',
        message: 'Say why you choose another mentor than the engine.',
      });
    }
  }
  if (problems.length) return fail(problems[0]!.code, problems[0]!.message, problems);

  const now = deps.now();
  const iso = now.toISOString();
  try {
    const created = await inTransaction(deps, async (trx) => {
      if (!(await markRunConfirmed(trx, runId)))
        throw new ConfirmAbort({
          code: 'matching.already_confirmed',
          message: 'This run has been confirmed already.',
        });
      const result = [];
      for (const pair of pairs) {
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
        const proposal = proposedFor.get(pair.menteeId)!;
        const score =
          proposal.mentor.id === pair.mentorId
            ? proposal.score
            : (proposal.alternatives.find((a) => a.mentor.id === pair.mentorId)?.score ?? null);
        const id = randomUUID();
        const associationId = mentee.association_id ?? actor.associationId;
        // A shared mentor of a sister association: the partnership records both associations.
        const mentorAssociationId =
          mentor.association_id && mentor.association_id !== associationId ? mentor.association_id : null;
        await insertPartnershipRow(trx, {
          id,
          mentee_id: mentee.id,
          mentor_id: mentor.id,
          association_id: associationId,
          mentor_association_id: mentorAssociationId,
          run_id: runId,
          status: 'proposed',
          score,
          override_reason: pair.overrideReason ?? null,
          proposed_by: actor.id,
          coach_id: actor.role === 'coach' ? actor.id : null,
          proposed_at: iso,
          updated_at: iso,
        });
        await insertPartnershipChange(trx, {
          id: randomUUID(),
          partnership_id: id,
          from_status: null,
          to_status: 'proposed',
          at: iso,
          actor_id: actor.id,
          reason_text: pair.overrideReason ?? null,
        });
        await updatePerson(trx, mentee.id, {
          status: 'in_partnership',
          status_changed_at: iso,
          updated_at: iso,
        });
        await insertStatusChange(trx, {
          id: randomUUID(),
          personId: mentee.id,
          from: mentee.status,
          to: 'in_partnership',
          at: iso,
          actorId: actor.id,
          reasonText: `Matched with ${mentor.first_name} ${mentor.last_name}`,
        });
        if (mentor.status !== 'in_partnership') {
          await updatePerson(trx, mentor.id, {
            status: 'in_partnership',
            status_changed_at: iso,
            updated_at: iso,
          });
          await insertStatusChange(trx, {
            id: randomUUID(),
            personId: mentor.id,
            from: mentor.status,
            to: 'in_partnership',
            at: iso,
            actorId: actor.id,
          });
        }
        for (const [person, other, role] of [
          [mentee, mentor, 'mentee'],
          [mentor, mentee, 'mentor'],
        ] as const) {
          const message = introductionEmail(person.locale as Locale, {
            firstName: person.first_name,
            other: `${other.first_name} ${other.last_name}`,
            role,
            coach: actor.name,
          });
          await deps.mailer.enqueue(trx, { to: person.email, ...message }, now);
        }
        if (mentorAssociationId) {
          const menteeAssociation = (await findAssociationName(trx, associationId)) ?? '';
          for (const coach of await listAssociationCoaches(trx, mentorAssociationId)) {
            const message = sharedMentorEmail(coach.locale as Locale, {
              mentor: `${mentor.first_name} ${mentor.last_name}`,
              mentee: `${mentee.first_name} ${mentee.last_name}`,
              menteeAssociation,
              coach: actor.name,
            });
            await deps.mailer.enqueue(trx, { to: coach.email, ...message }, now);
          }
        }
        await recordAuditEvent(trx, ctx, now, {
          action: 'partnership.proposed',
          subjectType: 'partnership',
          subjectId: id,
          details: {
            runId,
            menteeId: mentee.id,
            mentorId: mentor.id,
            override: pair.overrideReason ?? null,
            ...(mentorAssociationId ? { mentorAssociationId } : {}),
          },
        });
        result.push({
          id,
          menteeId: mentee.id,
          menteeName: `${mentee.first_name} ${mentee.last_name}`,
          mentorId: mentor.id,
          mentorName: `${mentor.first_name} ${mentor.last_name}`,
          status: 'proposed',
          score,
          proposedAt: iso,
        });
      }
      return result;
    });
    await deps.mailer.deliverQueued(deps.db.kysely, deps.now);
    return ok({ partnerships: created });
  } catch (error) {
    if (error instanceof ConfirmAbort)
      return fail(error.failure.code, error.failure.message, error.failure.details);
    throw error;
  }
}
