import type { z } from 'zod';
import { type Side, sides } from '../../contracts/partnership-vocabulary.js';
import type {
  closingRequest,
  completeRequest,
  endEarlyRequest,
  extendRequest,
  Partnership,
  respondRequest,
} from '../../contracts/partnerships.js';
import { responsesOf } from '../../db/queries/follow-up.js';
import { privateNotes, storyMeetings, updateMeeting } from '../../db/queries/meetings.js';
import { listPartnershipChanges } from '../../db/queries/partnerships.js';
import { sectionOfSector } from '../../db/queries/reference.js';
import { checkPlannedMeeting } from '../../domain/partnerships/meeting.js';
import {
  complete,
  endEarly,
  extend,
  offersRematch,
  recordIntroduction,
  respond,
  startClosing,
} from '../../domain/partnerships/partnership-lifecycle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { checkReferenceCodes } from '../reference/check-codes.js';
import { changePartnership, releasePeople, staffOnly } from './change-partnership.js';
import { loadPartnershipFor, mayDoWithPairMeetings, noteReaderOf, type Viewer } from './load-partnership.js';
import { insertPlannedMeeting, rebuildMeetingSummary } from './meetings.js';
import { pairStoryOf, presentMeeting, presentPartnership } from './present-partnership.js';

/** The partnership as the actor may see it, with its health and next meeting; staff reads are audited. */
export async function getPartnership(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<Result<Partnership>> {
  const db = deps.db.kysely;
  const now = deps.now();
  const loaded = await loadPartnershipFor(db, actor, id);
  if (!loaded.ok) return loaded;
  const { row, viewer } = loaded.value;
  const meetings = await storyMeetings(db, [id]);
  const story = pairStoryOf(row, meetings, now);
  const next = meetings.find((m) => m.id === story.nextMeetingId);
  const notes = next ? await privateNotes(db, [next.id], noteReaderOf(actor)) : [];
  const history = viewer.kind === 'staff' ? await listPartnershipChanges(db, id) : [];
  const answered = (await responsesOf(db, id)).map((r) => r.side);
  if (viewer.kind === 'staff')
    await recordAuditEvent(db, ctx, now, {
      action: 'partnership.read',
      subjectType: 'partnership',
      subjectId: id,
    });
  return ok(
    presentPartnership(row, viewer, {
      now,
      story,
      answered,
      history,
      nextMeeting: next
        ? presentMeeting(
            next,
            { userId: actor.id, staff: mayDoWithPairMeetings(actor, row, 'read_private_notes') },
            notes,
          )
        : null,
    }),
  );
}

/** Answering after the introduction: accepted or declined, with the side when staff records it. */
export type AnswerPartnershipInput = z.infer<typeof respondRequest>;
/** Extending an active partnership: the new planned end and why. */
export type ExtendPartnershipInput = z.infer<typeof extendRequest>;
/** Starting to close: the evaluation meeting to plan. */
export type ClosePartnershipInput = z.infer<typeof closingRequest>;
/** Completing the cycle: the outcome, the job found (if any), why the evaluation was skipped. */
export type CompletePartnershipInput = z.infer<typeof completeRequest>;
/** Ending early: the reason code, its text, and whether the mentee is offered a rematch. */
export type EndPartnershipEarlyInput = z.infer<typeof endEarlyRequest>;

/** The coach records that the introduction took place (also done by logging the introduction meeting). */
export function markIntroduced(deps: Deps, ctx: RequestContext, actor: Actor, id: string) {
  return changePartnership(deps, ctx, actor, id, {
    action: 'introduce',
    allowed: staffOnly,
    decide: (state) => recordIntroduction(state),
    patch: (_next, _row, now) => ({ introduced_at: now.toISOString() }),
    // The introduction took place: a planned introduction meeting is not to come any more. One that
    // has started is held; one still ahead was overtaken (it happened earlier, elsewhere).
    afterwards: async (trx, { row, now }) => {
      const iso = now.toISOString();
      for (const m of await storyMeetings(trx, [row.id])) {
        if (m.kind !== 'introduction' || m.status !== 'planned') continue;
        const started = m.starts_at <= iso;
        await updateMeeting(trx, m.id, {
          status: started ? 'held' : 'cancelled',
          ...(started
            ? { logged_by: actor.id, logged_at: iso, held_minutes: m.duration_minutes, topics: '[]' }
            : {}),
          updated_at: iso,
        });
      }
      await rebuildMeetingSummary(trx, row.id, now);
    },
  });
}

/** A side accepts or declines after the introduction; staff may record an answer given by phone. */
export function answerPartnership(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: AnswerPartnershipInput,
) {
  // A side of the pair answers for itself; staff names the side that answered by phone.
  const sideOf = (viewer: Viewer): Side | null =>
    viewer.kind === 'participant' ? viewer.side : (input.side ?? null);
  return changePartnership<Side>(deps, ctx, actor, id, {
    action: 'answer',
    allowed: (viewer) => sideOf(viewer) !== null,
    check: async (_trx, _row, viewer) => {
      const side = sideOf(viewer);
      return side
        ? ok(side)
        : fail('partnership.not_allowed', 'You cannot take this step in this partnership.');
    },
    decide: (state, _row, side) => respond(state, side, input.answer, input.reason, deps.now()),
    patch: (_next, _row, now, side) =>
      side === 'mentee'
        ? { mentee_responded_at: now.toISOString(), mentee_response_reason: input.reason ?? null }
        : { mentor_responded_at: now.toISOString(), mentor_response_reason: input.reason ?? null },
    reasonText: input.answer === 'declined' ? (input.reason ?? null) : null,
    afterwards: async (trx, { row, next, now, engine }) => {
      if (next.status === 'declined')
        await releasePeople(
          trx,
          ctx,
          row,
          { status: 'ready_to_match', priority: true },
          actor.id,
          now,
          engine,
          'Partnership declined after the introduction',
        );
    },
  });
}

/** The coach extends an active partnership (up to eight months in all). */
export function extendPartnership(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: ExtendPartnershipInput,
) {
  return changePartnership(deps, ctx, actor, id, {
    action: 'extend',
    allowed: staffOnly,
    decide: (state) => extend(state, new Date(input.plannedEndAt)),
    reasonText: input.reason,
  });
}

/** The coach plans the evaluation meeting: the partnership is closing and both sides are invited. */
export async function closePartnership(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: ClosePartnershipInput,
): Promise<Result<{ id: string; status: string }>> {
  const meeting = { ...input.evaluationMeeting, kind: 'evaluation' as const };
  const checked = checkPlannedMeeting(meeting, deps.now());
  if (!checked.ok)
    return fail(checked.error.code, checked.error.message, {
      field: `evaluationMeeting.${(checked.error.details as { field: string }).field}`,
    });
  return changePartnership(deps, ctx, actor, id, {
    action: 'start_closing',
    allowed: staffOnly,
    decide: (state) => startClosing(state),
    afterwards: async (trx, { row, now }) => {
      await insertPlannedMeeting(trx, deps, row, meeting, actor.id, now);
    },
  });
}

/** What completing reads in the store: the evaluation's state and the job's stored details. */
interface CompletionFacts {
  evaluation: { meetingHeld: boolean; missing: Side[] };
  details: string | null;
}

/**
 * The coach records the outcome and completes the cycle: the evaluation meeting held (or a reason
 * why not); a job with its contract, hours and sector, and whether that is the mentoring's sector.
 * A planned evaluation that never took place is cancelled, so a completed pair has nothing ahead.
 */
export function completePartnership(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: CompletePartnershipInput,
) {
  return changePartnership<CompletionFacts>(deps, ctx, actor, id, {
    action: 'complete',
    allowed: staffOnly,
    check: async (trx, row) => {
      const meetings = await storyMeetings(trx, [row.id]);
      const answered = (await responsesOf(trx, row.id)).map((r) => r.side);
      const evaluation = {
        meetingHeld: meetings.some((m) => m.kind === 'evaluation' && m.status === 'held'),
        missing: sides.filter((s) => !answered.includes(s)),
      };
      if (!input.job || input.outcome !== 'job') return ok({ evaluation, details: null });
      const checked = await checkReferenceCodes(trx, {
        sector: { path: ['job', 'sectorCode'], value: input.job.sectorCode },
      });
      if (checked.problems.length)
        return fail('validation.failed', 'Some answers need another look.', checked.problems);
      const section = await sectionOfSector(trx, input.job.sectorCode);
      const details = JSON.stringify({
        ...input.job,
        inMentoringSector:
          section && row.mentee_sector_section ? section === row.mentee_sector_section : null,
      });
      return ok({ evaluation, details });
    },
    decide: (state, _row, { evaluation }) =>
      complete(state, { ...evaluation, skippedReason: input.evaluationSkippedReason }),
    patch: (_next, _row, now, { evaluation, details }) => ({
      outcome: input.outcome,
      outcome_details: details,
      evaluation_skipped_reason: evaluation.meetingHeld ? null : (input.evaluationSkippedReason ?? null),
      ended_at: now.toISOString(),
    }),
    reasonText: input.note ?? `Outcome: ${input.outcome}`,
    afterwards: async (trx, { row, now, engine }) => {
      for (const m of await storyMeetings(trx, [row.id]))
        if (m.status === 'planned')
          await updateMeeting(trx, m.id, { status: 'cancelled', updated_at: now.toISOString() });
      await rebuildMeetingSummary(trx, row.id, now);
      await releasePeople(
        trx,
        ctx,
        row,
        { status: 'completed', priority: false },
        actor.id,
        now,
        engine,
        'Partnership completed',
      );
    },
  });
}

/** The coach ends a running partnership early; the mentee is offered a rematch where it makes sense. */
export function endPartnershipEarly(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: EndPartnershipEarlyInput,
) {
  const rematch = input.offerRematch ?? offersRematch(input.reason);
  return changePartnership(deps, ctx, actor, id, {
    action: 'end_early',
    allowed: staffOnly,
    decide: (state) => endEarly(state, input.reason, input.reasonText),
    patch: (_next, _row, now) => ({
      end_reason: input.reason,
      end_reason_text: input.reasonText ?? null,
      ended_at: now.toISOString(),
    }),
    reasonText: input.reasonText ?? input.reason,
    afterwards: (trx, { row, now, engine }) =>
      releasePeople(
        trx,
        ctx,
        row,
        { status: rematch ? 'ready_to_match' : 'left_early', priority: rematch },
        actor.id,
        now,
        engine,
        `Partnership ended early (${input.reason})`,
      ),
  });
}
