import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Meeting, recordMeetingRequest } from '../../contracts/partnerships.js';
import { findJobApplication } from '../../db/queries/job-applications.js';
import { findMeeting, insertMeeting, privateNotes, upsertPrivateNote } from '../../db/queries/meetings.js';
import { lockPartnership } from '../../db/queries/partnerships.js';
import { daysBetween } from '../../domain/cadence/calendar.js';
import { checkRecordedMeeting } from '../../domain/partnerships/meeting.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { loadPartnershipFor, mayDoWithPairMeetings, noteReaderOf } from './load-partnership.js';
import { introductionHeld, rebuildMeetingSummary } from './meetings.js';
import { presentMeeting } from './present-partnership.js';

export type RecordMeetingInput = z.infer<typeof recordMeetingRequest>;

/**
 * Either side of a pair, or its coach, records a meeting that already took place, in one step: the
 * meeting is saved as held on the date it happened (that date is what health and cadence count),
 * with who entered it and when, so a late entry stays visible as late. The introduction and the
 * evaluation are the coach's; a recorded introduction moves a proposed pair to "introduced".
 */
export async function recordMeeting(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  partnershipId: string,
  input: RecordMeetingInput,
): Promise<Result<Meeting>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    await lockPartnership(trx, deps.db.engine, partnershipId);
    const loaded = await loadPartnershipFor(trx, actor, partnershipId);
    if (!loaded.ok) return loaded;
    const { row } = loaded.value;
    if (row.status === 'declined') return fail('partnership.not_running', 'This partnership has ended.');
    if (!mayDoWithPairMeetings(actor, row, input.kind === 'regular' ? 'write_regular' : 'write_coach_kinds'))
      return fail('meeting.kind_for_coach', 'The coach records the introduction and the evaluation.', {
        field: 'kind',
      });
    if (input.kind === 'regular' && row.status === 'proposed')
      return fail('meeting.before_introduction', 'Record the introduction with the coach first.', {
        field: 'kind',
      });
    const checked = checkRecordedMeeting(input, { proposedAt: row.proposed_at, endedAt: row.ended_at }, now);
    if (!checked.ok) return checked;
    if (input.applicationId) {
      const application = await findJobApplication(trx, input.applicationId);
      if (application?.person_id !== row.mentee_id)
        return fail('meeting.application_not_found', "This is not one of the mentee's applications.", {
          field: 'applicationId',
        });
    }
    const id = randomUUID();
    const iso = now.toISOString();
    const startsAt = new Date(input.startsAt).toISOString();
    await insertMeeting(trx, {
      id,
      partnership_id: row.id,
      kind: input.kind,
      starts_at: startsAt,
      duration_minutes: input.durationMinutes,
      place: input.place ?? null,
      video_url: null,
      topic: input.topic ?? null,
      application_id: input.applicationId ?? null,
      status: 'held',
      origin: 'recorded',
      planned_by: actor.id,
      planned_at: iso,
      logged_by: actor.id,
      logged_at: iso,
      held_minutes: input.durationMinutes,
      topics: JSON.stringify(input.topics),
      shared_notes: input.sharedNotes || null,
      updated_at: iso,
    });
    if (input.privateNote)
      await upsertPrivateNote(trx, {
        meeting_id: id,
        author_id: actor.id,
        text: input.privateNote,
        updated_at: iso,
      });
    await rebuildMeetingSummary(trx, row.id, now);
    if (input.kind === 'introduction') await introductionHeld(trx, row, actor.id, startsAt, now);
    await recordAuditEvent(trx, ctx, now, {
      action: 'meeting.record',
      subjectType: 'partnership',
      subjectId: row.id,
      details: {
        meetingId: id,
        kind: input.kind,
        heldAt: startsAt,
        daysLate: daysBetween(new Date(startsAt), now),
      },
    });
    const saved = await findMeeting(trx, id);
    const notes = await privateNotes(trx, [id], noteReaderOf(actor));
    return ok(
      presentMeeting(
        saved!,
        { userId: actor.id, staff: mayDoWithPairMeetings(actor, row, 'read_private_notes') },
        notes,
      ),
    );
  });
}
