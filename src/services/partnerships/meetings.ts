import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { logMeetingRequest, Meeting, planMeetingRequest } from '../../contracts/partnerships.js';
import type { Engine } from '../../db/client.js';
import { findJobApplication } from '../../db/queries/job-applications.js';
import {
  findMeeting,
  insertMeeting,
  meetingTimes,
  pageMeetings,
  privateNotes,
  updateMeeting,
  upsertPrivateNote,
} from '../../db/queries/meetings.js';
import {
  insertPartnershipChange,
  lockPartnership,
  type PartnershipRow,
  transitionPartnership,
  updatePartnership,
} from '../../db/queries/partnerships.js';
import type { Database } from '../../db/schema.js';
import { localMonth } from '../../domain/cadence/calendar.js';
import { checkMeetingLog, checkPlannedMeeting } from '../../domain/partnerships/meeting.js';
import { isRunning, recordIntroduction } from '../../domain/partnerships/partnership-lifecycle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { loadPartnershipFor, mayDoWithPairMeetings, noteReaderOf, stateOf } from './load-partnership.js';
import { meetingInvite, meetingPlannedEmail, meetingTitle } from './meeting-emails.js';
import { presentMeeting } from './present-partnership.js';
import { refreshPartnershipHealth } from './refresh-health.js';

export type PlanMeetingInput = z.infer<typeof planMeetingRequest>;
export type LogMeetingInput = z.infer<typeof logMeetingRequest>;

/**
 * Rebuilds the partnership's meeting summary (held per Brussels month, last held, planned starts)
 * from its meetings, in the same transaction as the change: the health screen reads only this.
 */
export async function rebuildMeetingSummary(db: Kysely<Database>, partnershipId: string, now: Date) {
  const times = await meetingTimes(db, partnershipId);
  const heldByMonth: Record<string, number> = {};
  let lastHeldAt: string | null = null;
  const planned: string[] = [];
  for (const m of times) {
    if (m.status === 'held') {
      const month = localMonth(new Date(m.starts_at));
      heldByMonth[month] = (heldByMonth[month] ?? 0) + 1;
      if (!lastHeldAt || m.starts_at > lastHeldAt) lastHeldAt = m.starts_at;
    } else planned.push(m.starts_at);
  }
  await updatePartnership(db, partnershipId, {
    held_by_month: JSON.stringify(heldByMonth),
    last_held_at: lastHeldAt,
    planned_starts: JSON.stringify(planned.sort()),
    updated_at: now.toISOString(),
  });
  await refreshPartnershipHealth(db, partnershipId, now);
}

/** Saves a planned meeting and emails both sides the invitation (used by planning and closing). */
export async function insertPlannedMeeting(
  trx: Transaction<Database>,
  deps: Deps,
  row: PartnershipRow,
  input: PlanMeetingInput,
  actorId: string,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const iso = now.toISOString();
  const startsAt = new Date(input.startsAt);
  await insertMeeting(trx, {
    id,
    partnership_id: row.id,
    kind: input.kind,
    starts_at: startsAt.toISOString(),
    duration_minutes: input.durationMinutes,
    place: input.place ?? null,
    video_url: input.videoUrl ?? null,
    topic: input.topic ?? null,
    application_id: input.applicationId ?? null,
    status: 'planned',
    planned_by: actorId,
    planned_at: iso,
    topics: '[]',
    updated_at: iso,
  });
  await rebuildMeetingSummary(trx, row.id, now);
  const sides = [
    {
      email: row.mentee_email,
      locale: row.mentee_locale,
      first: row.mentee_first_name,
      other: `${row.mentor_first_name} ${row.mentor_last_name}`,
    },
    {
      email: row.mentor_email,
      locale: row.mentor_locale,
      first: row.mentor_first_name,
      other: `${row.mentee_first_name} ${row.mentee_last_name}`,
    },
  ];
  for (const side of sides) {
    const locale = side.locale;
    const message = meetingPlannedEmail(locale, {
      firstName: side.first,
      other: side.other,
      kind: input.kind,
      startsAt,
      place: input.place ?? null,
      videoUrl: input.videoUrl ?? null,
    });
    const invite = meetingInvite({
      id,
      title: meetingTitle(locale, input.kind, side.other),
      startsAt,
      durationMinutes: input.durationMinutes,
      place: input.place ?? null,
      videoUrl: input.videoUrl ?? null,
    });
    await deps.mailer.enqueue(trx, { to: side.email, ...message, attachments: [invite] }, now);
  }
  return id;
}

/** Either side or the coach plans a meeting; the introduction and the evaluation are the coach's. */
export async function planMeeting(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  partnershipId: string,
  input: PlanMeetingInput,
): Promise<Result<Meeting>> {
  const now = deps.now();
  const checked = checkPlannedMeeting(input, now);
  if (!checked.ok) return checked;
  return inTransaction(deps, async (trx) => {
    await lockPartnership(trx, deps.db.engine, partnershipId);
    const loaded = await loadPartnershipFor(trx, actor, partnershipId);
    if (!loaded.ok) return loaded;
    const { row } = loaded.value;
    if (!isRunning(row.status)) return fail('partnership.not_running', 'This partnership has ended.');
    if (!mayDoWithPairMeetings(actor, row, input.kind === 'regular' ? 'write_regular' : 'write_coach_kinds'))
      return fail('meeting.kind_for_coach', 'The coach plans the introduction and the evaluation.', {
        field: 'kind',
      });
    if (input.applicationId) {
      // An interview practice names one of the mentee's own applications.
      const application = await findJobApplication(trx, input.applicationId);
      if (application?.person_id !== row.mentee_id)
        return fail('meeting.application_not_found', "This is not one of the mentee's applications.", {
          field: 'applicationId',
        });
    }
    if (input.kind === 'regular' && row.status === 'proposed')
      return fail('meeting.before_introduction', 'Plan the introduction with the coach first.', {
        field: 'kind',
      });
    const id = await insertPlannedMeeting(trx, deps, row, input, actor.id, now);
    await recordAuditEvent(trx, ctx, now, {
      action: 'meeting.plan',
      subjectType: 'partnership',
      subjectId: row.id,
      details: { meetingId: id },
    });
    const saved = await findMeeting(trx, id);
    return ok(
      presentMeeting(
        saved!,
        { userId: actor.id, staff: mayDoWithPairMeetings(actor, row, 'read_private_notes') },
        [],
      ),
    );
  });
}

/**
 * The coach's introduction meeting was held (logged or recorded): a proposed partnership is now
 * introduced, as of the day the meeting took place.
 */
export async function introductionHeld(
  trx: Transaction<Database>,
  row: PartnershipRow,
  actorId: string,
  heldAt: string,
  now: Date,
) {
  if (row.status !== 'proposed') return;
  const next = recordIntroduction(stateOf(row));
  const iso = now.toISOString();
  if (
    next.ok &&
    (await transitionPartnership(trx, row.id, 'proposed', {
      status: 'introduced',
      introduced_at: heldAt,
      updated_at: iso,
    }))
  ) {
    await insertPartnershipChange(trx, {
      id: randomUUID(),
      partnership_id: row.id,
      from_status: 'proposed',
      to_status: 'introduced',
      at: iso,
      actor_id: actorId,
      reason_text: null,
    });
    await refreshPartnershipHealth(trx, row.id, now);
  }
}

/** Loads a meeting through its partnership, so a meeting of someone else's pair is "not found". */
async function loadMeeting(db: Kysely<Database>, engine: Engine, actor: Actor, meetingId: string) {
  const found = await findMeeting(db, meetingId);
  if (!found) return fail('meeting.not_found', 'No such meeting.');
  // Lock the pair's row, then read the meeting again: a concurrent log or cancel has finished by now.
  await lockPartnership(db, engine, found.partnership_id);
  const meeting = (await findMeeting(db, meetingId))!;
  const loaded = await loadPartnershipFor(db, actor, meeting.partnership_id);
  if (!loaded.ok) return fail('meeting.not_found', 'No such meeting.');
  return ok({ meeting, ...loaded.value });
}

/**
 * Either side (or the coach) logs a meeting: held or not, duration, topics, shared notes, and a
 * private note that only its writer and the coach read. Logging the introduction as held moves a
 * proposed partnership to "introduced".
 */
export async function logMeeting(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  meetingId: string,
  input: LogMeetingInput,
): Promise<Result<Meeting>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const loaded = await loadMeeting(trx, deps.db.engine, actor, meetingId);
    if (!loaded.ok) return loaded;
    const { meeting, row } = loaded.value;
    const decided = checkMeetingLog(
      { status: meeting.status, startsAt: meeting.starts_at },
      { held: input.held, durationMinutes: input.durationMinutes, topics: input.topics },
      now,
    );
    if (!decided.ok) return decided;
    const iso = now.toISOString();
    await updateMeeting(trx, meeting.id, {
      status: decided.value,
      logged_by: actor.id,
      logged_at: iso,
      held_minutes: input.held ? (input.durationMinutes ?? null) : null,
      topics: JSON.stringify(input.held ? input.topics : []),
      shared_notes: input.sharedNotes ?? meeting.shared_notes,
      updated_at: iso,
    });
    if (input.privateNote)
      await upsertPrivateNote(trx, {
        meeting_id: meeting.id,
        author_id: actor.id,
        text: input.privateNote,
        updated_at: iso,
      });
    await rebuildMeetingSummary(trx, row.id, now);
    // The introduction is the coach's meeting: only their log of it moves the partnership on.
    if (
      meeting.kind === 'introduction' &&
      decided.value === 'held' &&
      mayDoWithPairMeetings(actor, row, 'write_coach_kinds')
    )
      await introductionHeld(trx, row, actor.id, meeting.starts_at, now);
    await recordAuditEvent(trx, ctx, now, {
      action: 'meeting.log',
      subjectType: 'partnership',
      subjectId: row.id,
      details: { meetingId, status: decided.value },
    });
    const saved = await findMeeting(trx, meeting.id);
    const notes = await privateNotes(trx, [meeting.id], noteReaderOf(actor));
    return ok(
      presentMeeting(
        saved!,
        { userId: actor.id, staff: mayDoWithPairMeetings(actor, row, 'read_private_notes') },
        notes,
      ),
    );
  });
}

/** Cancels a planned meeting (either side or the coach); a logged meeting stays as it was. */
export async function cancelMeeting(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  meetingId: string,
): Promise<Result<Meeting>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const loaded = await loadMeeting(trx, deps.db.engine, actor, meetingId);
    if (!loaded.ok) return loaded;
    const { meeting, row } = loaded.value;
    if (meeting.status !== 'planned')
      return fail('meeting.already_logged', 'Only a planned meeting can be cancelled.');
    if (
      !mayDoWithPairMeetings(actor, row, meeting.kind === 'regular' ? 'write_regular' : 'write_coach_kinds')
    )
      return fail('meeting.kind_for_coach', 'The coach cancels the introduction and the evaluation.', {
        field: 'meetingId',
      });
    await updateMeeting(trx, meeting.id, { status: 'cancelled', updated_at: now.toISOString() });
    await rebuildMeetingSummary(trx, row.id, now);
    await recordAuditEvent(trx, ctx, now, {
      action: 'meeting.cancel',
      subjectType: 'partnership',
      subjectId: row.id,
      details: { meetingId },
    });
    const saved = await findMeeting(trx, meeting.id);
    return ok(
      presentMeeting(
        saved!,
        { userId: actor.id, staff: mayDoWithPairMeetings(actor, row, 'read_private_notes') },
        [],
      ),
    );
  });
}

/** One page of a pair's meetings; the coach's read is audited (the private notes are in it). */
export async function listMeetings(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  partnershipId: string,
  page: number,
  pageSize: number,
): Promise<Result<{ items: Meeting[]; total: number; page: number; pageSize: number }>> {
  const loaded = await loadPartnershipFor(deps.db.kysely, actor, partnershipId);
  if (!loaded.ok) return loaded;
  const { items, total } = await pageMeetings(deps.db.kysely, partnershipId, page, pageSize);
  const notes = await privateNotes(
    deps.db.kysely,
    items.map((m) => m.id),
    noteReaderOf(actor),
  );
  const staff = loaded.value.viewer.kind === 'staff';
  const readsNotes = mayDoWithPairMeetings(actor, loaded.value.row, 'read_private_notes');
  if (staff)
    await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
      action: 'meeting.list',
      subjectType: 'partnership',
      subjectId: partnershipId,
    });
  return ok({
    items: items.map((m) => presentMeeting(m, { userId: actor.id, staff: readsNotes }, notes)),
    total,
    page,
    pageSize,
  });
}
