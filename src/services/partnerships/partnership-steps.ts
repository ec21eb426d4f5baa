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
import { loadPartnershipFor, readsPrivateNotes } from './load-partnership.js';
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
  const notes = next ? await privateNotes(db, [next.id]) : [];
  const history = viewer.kind === 'staff' ? await listPartnershipChanges(db, id) : [];
  const answered = (await responsesOf(db, id)).map((r) => r.side as Side);
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
        ? presentMeeting(next, { userId: actor.id, staff: readsPrivateNotes(actor, viewer, row) }, notes)
        : null,
    }),
  );
}

type Ctx = [deps: Deps, ctx: RequestContext, actor: Actor, id: string];

/** The coach records that the introduction took place (also done by logging the introduction meeting). */
export function markIntroduced(...[deps, ctx, actor, id]: Ctx) {
  return changePartnership(deps, ctx, actor, id, {
    action: 'introduce',
    allowed: staffOnly,
    decide: (state) => recordIntroduction(state),
    patch: (_next, _row, now) => ({ introduced_at: now.toISOString() }),
    // The introduction took place: a planned introduction meeting is not to come any more. One that
    // has started is held; one still ahead was overtaken (it happened earlier, elsewhere).
    afterwards: async (trx, row, _next, now) => {
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
  ...[deps, ctx, actor, id, input]: [...Ctx, z.infer<typeof respondRequest>]
) {
  let side: 'mentee' | 'mentor' | null = null;
  return changePartnership(deps, ctx, actor, id, {
    action: 'answer',
    allowed: (viewer) => {
      side = viewer.kind === 'participant' ? viewer.side : (input.side ?? null);
      return side !== null;
    },
    decide: (state) => respond(state, side!, input.answer, input.reason, deps.now()),
    patch: (_next, _row, now) =>
      side === 'mentee'
        ? { mentee_responded_at: now.toISOString(), mentee_response_reason: input.reason ?? null }
        : { mentor_responded_at: now.toISOString(), mentor_response_reason: input.reason ?? null },
    reasonText: input.answer === 'declined' ? (input.reason ?? null) : null,
    afterwards: async (trx, row, next, now, engine) => {
      if (next.status === 'declined')
        await releasePeople(
          trx,
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

export function extendPartnership(...[deps, ctx, actor, id, input]: [...Ctx, z.infer<typeof extendRequest>]) {
  return changePartnership(deps, ctx, actor, id, {
    action: 'extend',
    allowed: staffOnly,
    decide: (state) => extend(state, new Date(input.plannedEndAt)),
    reasonText: input.reason,
  });
}

/** The coach plans the evaluation meeting: the partnership is closing and both sides are invited. */
export async function closePartnership(
  ...[deps, ctx, actor, id, input]: [...Ctx, z.infer<typeof closingRequest>]
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
    afterwards: async (trx, row, _next, now) => {
      await insertPlannedMeeting(trx, deps, row, meeting, actor.id, now);
    },
  });
}

/**
 * The coach records the outcome and completes the cycle: the evaluation meeting held (or a reason
 * why not); a job with its contract, hours and sector, and whether that is the mentoring's sector.
 * A planned evaluation that never took place is cancelled, so a completed pair has nothing ahead.
 */
export function completePartnership(
  ...[deps, ctx, actor, id, input]: [...Ctx, z.infer<typeof completeRequest>]
) {
  let evaluation = { meetingHeld: false, missing: [] as Side[] };
  let details: string | null = null;
  return changePartnership(deps, ctx, actor, id, {
    action: 'complete',
    allowed: staffOnly,
    check: async (trx, row) => {
      const meetings = await storyMeetings(trx, [row.id]);
      const answered = (await responsesOf(trx, row.id)).map((r) => r.side);
      evaluation = {
        meetingHeld: meetings.some((m) => m.kind === 'evaluation' && m.status === 'held'),
        missing: sides.filter((s) => !answered.includes(s)),
      };
      if (!input.job || input.outcome !== 'job') return ok(true);
      const checked = await checkReferenceCodes(trx, {
        sector: { path: ['job', 'sectorCode'], value: input.job.sectorCode },
      });
      if (checked.problems.length)
        return fail('validation.failed', 'Some answers need another look.', checked.problems);
      const section = await sectionOfSector(trx, input.job.sectorCode);
      details = JSON.stringify({
        ...input.job,
        inMentoringSector:
          section && row.mentee_sector_section ? section === row.mentee_sector_section : null,
      });
      return ok(true);
    },
    decide: (state) => complete(state, { ...evaluation, skippedReason: input.evaluationSkippedReason }),
    patch: (_next, _row, now) => ({
      outcome: input.outcome,
      outcome_details: details,
      evaluation_skipped_reason: evaluation.meetingHeld ? null : (input.evaluationSkippedReason ?? null),
      ended_at: now.toISOString(),
    }),
    reasonText: input.note ?? `Outcome: ${input.outcome}`,
    afterwards: async (trx, row, _next, now, engine) => {
      for (const m of await storyMeetings(trx, [row.id]))
        if (m.status === 'planned')
          await updateMeeting(trx, m.id, { status: 'cancelled', updated_at: now.toISOString() });
      await rebuildMeetingSummary(trx, row.id, now);
      await releasePeople(
        trx,
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
  ...[deps, ctx, actor, id, input]: [...Ctx, z.infer<typeof endEarlyRequest>]
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
    afterwards: (trx, row, _next, now, engine) =>
      releasePeople(
        trx,
        row,
        { status: rematch ? 'ready_to_match' : 'left_early', priority: rematch },
        actor.id,
        now,
        engine,
        `Partnership ended early (${input.reason})`,
      ),
  });
}
