import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { contactRequest, followUpSchema, todoItemSchema } from '../../contracts/partnerships.js';
import {
  contactsOf,
  findHelpRequest,
  handleHelpRequest,
  helpRequestsOf,
  insertContact,
  insertHelpRequest,
  openHelpRequests,
  openReportsForTodo,
} from '../../db/queries/follow-up.js';
import { meetingsToLog } from '../../db/queries/meetings.js';
import { healthPageDetails, listRunningForHealth } from '../../db/queries/partnerships.js';
import { intakePipelineForTodo } from '../../db/queries/people.js';
import { staffAssociationScope } from '../../domain/access/partnership-access.js';
import { contactsDue } from '../../domain/cadence/coach-follow-up.js';
import { isRunning } from '../../domain/partnerships/partnership-lifecycle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { caseloadScopeOf } from '../caseload/list-caseload.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { loadPartnershipFor } from './load-partnership.js';
import { refreshStaleHealth } from './refresh-health.js';

type TodoItem = z.infer<typeof todoItemSchema>;

/** The coach's follow-up of one pair: contacts made, contacts due per side, help requests. */
export async function getFollowUp(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<Result<z.infer<typeof followUpSchema>>> {
  const db = deps.db.kysely;
  const loaded = await loadPartnershipFor(db, actor, id);
  if (!loaded.ok) return loaded;
  if (loaded.value.viewer.kind !== 'staff') return fail('partnership.not_found', 'No such partnership.');
  const { row } = loaded.value;
  const contacts = await contactsOf(db, [id]);
  const requests = await helpRequestsOf(db, id);
  const now = deps.now();
  await recordAuditEvent(db, ctx, now, {
    action: 'partnership.follow_up_read',
    subjectType: 'partnership',
    subjectId: id,
  });
  return ok({
    contacts: contacts.map((c) => ({
      id: c.id,
      side: c.side,
      channel: c.channel,
      at: c.at,
      note: c.note,
      coachName: c.coach_name,
    })),
    due:
      row.status === 'active' && row.started_at
        ? contactsDue(
            row.started_at,
            contacts.map((c) => ({ side: c.side, at: c.at })),
            now,
          )
        : [],
    helpRequests: requests.map((h) => ({
      id: h.id,
      side: h.side,
      message: h.message,
      createdAt: h.created_at,
      handledAt: h.handled_at,
      handledNote: h.handled_note,
    })),
  });
}

/** The coach logs a call, visit or message with one side. */
export async function addContact(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof contactRequest>,
): Promise<Result<{ id: string }>> {
  const now = deps.now();
  if (new Date(input.at).getTime() > now.getTime())
    return fail('contact.in_future', 'A contact is logged after it happened.', { field: 'at' });
  return inTransaction(deps, async (trx) => {
    const loaded = await loadPartnershipFor(trx, actor, id);
    if (!loaded.ok) return loaded;
    if (loaded.value.viewer.kind !== 'staff') return fail('partnership.not_found', 'No such partnership.');
    const contactId = randomUUID();
    await insertContact(trx, {
      id: contactId,
      partnership_id: id,
      side: input.side,
      channel: input.channel,
      at: new Date(input.at).toISOString(),
      note: input.note || null,
      coach_id: actor.id,
      created_at: now.toISOString(),
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'partnership.contact',
      subjectType: 'partnership',
      subjectId: id,
      details: { side: input.side },
    });
    return ok({ id: contactId });
  });
}

/** A mentee or mentor asks their coach for help from their own page. */
export async function askForHelp(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  message: string,
): Promise<Result<{ id: string }>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const loaded = await loadPartnershipFor(trx, actor, id);
    if (!loaded.ok) return loaded;
    const { viewer, row } = loaded.value;
    if (viewer.kind !== 'participant')
      return fail('partnership.not_allowed', 'Only the mentee or mentor asks for help here.');
    if (!isRunning(row.status)) return fail('partnership.not_running', 'This partnership has ended.');
    const requestId = randomUUID();
    await insertHelpRequest(trx, {
      id: requestId,
      partnership_id: id,
      side: viewer.side,
      requested_by: actor.id,
      message,
      created_at: now.toISOString(),
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'partnership.help_request',
      subjectType: 'partnership',
      subjectId: id,
    });
    return ok({ id: requestId });
  });
}

export async function markHelpHandled(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  requestId: string,
  note: string | undefined,
): Promise<Result<{ id: string }>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const request = await findHelpRequest(trx, requestId);
    const loaded = request ? await loadPartnershipFor(trx, actor, request.partnership_id) : null;
    if (!request || !loaded?.ok || loaded.value.viewer.kind !== 'staff')
      return fail('help_request.not_found', 'No such help request.');
    if (
      !(await handleHelpRequest(trx, requestId, {
        handled_at: now.toISOString(),
        handled_by: actor.id,
        handled_note: note ?? null,
      }))
    )
      return fail('help_request.already_handled', 'This request was handled already.');
    await recordAuditEvent(trx, ctx, now, {
      action: 'partnership.help_handled',
      subjectType: 'partnership',
      subjectId: request.partnership_id,
    });
    return ok({ id: requestId });
  });
}

/** The start of a planned intake, from the person's stored intake (null when it has none). */
function intakeStart(intake: string | null): string | null {
  if (!intake) return null;
  const parsed = z.object({ startsAt: z.string() }).safeParse(JSON.parse(intake));
  return parsed.success ? parsed.data.startsAt : null;
}

/** The intake pipeline's items: intakes past their date without a record, new applications, long waits. */
async function pipelineItems(deps: Deps, actor: Actor, now: Date) {
  const scope = await caseloadScopeOf(deps, actor);
  const readySince = new Date(now.getTime() - deps.config.readyWaitingDays * 86_400_000).toISOString();
  const { applied, planned, waiting } = await intakePipelineForTodo(deps.db.kysely, scope, readySince, 200);
  const item = (
    kind: 'intake_overdue' | 'new_application' | 'waiting_long',
    p: (typeof applied)[number],
    since: string | null,
  ): TodoItem => ({
    kind,
    partnershipId: null,
    personId: p.id,
    menteeName: p.kind === 'mentee' ? `${p.first_name} ${p.last_name}` : '',
    mentorName: p.kind === 'mentor' ? `${p.first_name} ${p.last_name}` : '',
    subject: p.kind,
    text: null,
    since,
  });
  const overdue = planned
    .map((p) => ({ p, startsAt: intakeStart(p.intake) }))
    .filter((x) => x.startsAt !== null && x.startsAt < now.toISOString())
    .map((x) => item('intake_overdue', x.p, x.startsAt));
  return {
    overdue,
    applied: applied.map((p) => item('new_application', p, p.applied_at)),
    waiting: waiting.map((p) => item('waiting_long', p, p.status_changed_at)),
  };
}

/**
 * What the coach has to do, most urgent first: discrimination reports, help requests, pairs off track,
 * intakes past their date without a record, contacts due and meetings whose time passed (to log), new applications, mentees ready but waiting
 * long, introductions to hold and answers awaited, pairs at risk.
 */
export async function coachTodo(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  page: number,
  pageSize: number,
): Promise<{ items: TodoItem[]; total: number; page: number; pageSize: number }> {
  const db = deps.db.kysely;
  const now = deps.now();
  // Deny by default: a caller who follows no association's pairs (a coach without one) has nothing to do.
  const staffScope = staffAssociationScope(actor);
  if (!staffScope) return { items: [], total: 0, page, pageSize };
  const associationId = staffScope.kind === 'all' ? null : staffScope.id;
  const items: TodoItem[] = [];
  for (const r of await openReportsForTodo(db, associationId, 200))
    items.push({
      kind: 'discrimination_report',
      partnershipId: null,
      personId: null,
      menteeName: `${r.first_name} ${r.last_name}`,
      mentorName: '',
      subject: r.id,
      text: null,
      since: r.created_at,
    });
  for (const h of await openHelpRequests(db, associationId, 500))
    items.push({
      kind: 'help_request',
      partnershipId: h.partnership_id,
      personId: null,
      menteeName: `${h.mentee_first_name} ${h.mentee_last_name}`,
      mentorName: `${h.mentor_first_name} ${h.mentor_last_name}`,
      subject: h.id,
      text: h.message,
      since: h.created_at,
    });
  // The stored health is exact once the expired ones are refreshed (as the health screen does).
  await refreshStaleHealth(deps, { associationId: associationId ?? undefined }, now);
  const running = await listRunningForHealth(db, { associationId: associationId ?? undefined });
  // Contacts of the last two months decide what is due (the first month asks two, later months one).
  const since = new Date(now.getTime() - 62 * 86_400_000).toISOString();
  const contacts = await contactsOf(
    db,
    running.filter((r) => r.status === 'active').map((r) => r.id),
    since,
  );
  // Planned meetings whose time has passed wait for their log: until then health does not count them.
  const toLog = await meetingsToLog(
    db,
    running.map((r) => r.id),
    now.toISOString(),
    500,
  );
  type Pending = Omit<TodoItem, 'menteeName' | 'mentorName' | 'partnershipId' | 'personId'> & {
    partnershipId: string;
  };
  const urgent: Pending[] = [];
  const later: Pending[] = [];
  for (const r of running) {
    const base = { partnershipId: r.id, text: null };
    if (r.health_state === 'off_track')
      urgent.push({ kind: 'off_track', ...base, subject: r.health_rule, since: r.last_held_at });
    if (r.status === 'proposed')
      later.push({ kind: 'introduction', ...base, subject: null, since: r.proposed_at });
    if (r.status === 'introduced')
      later.push({ kind: 'answers_pending', ...base, subject: null, since: r.proposed_at });
    if (r.status === 'active' && r.started_at) {
      const own = contacts.filter((c) => c.partnership_id === r.id).map((c) => ({ side: c.side, at: c.at }));
      for (const due of contactsDue(r.started_at, own, now).filter((d) => d.due))
        urgent.push({ kind: 'contact_due', ...base, subject: due.side, since: due.lastContactAt });
    }
    for (const m of toLog.filter((m) => m.partnership_id === r.id))
      urgent.push({ kind: 'meeting_to_log', ...base, subject: m.kind, since: m.starts_at });
    if (r.health_state === 'at_risk')
      later.push({ kind: 'at_risk', ...base, subject: r.health_rule, since: r.last_held_at });
  }
  // Off-track pairs first, then the intake pipeline's overdue intakes, contacts due, new applications
  // and long waits, then what can wait a little. Pair items get their names only when on the page.
  const pipeline = await pipelineItems(deps, actor, now);
  type Entry = { item: TodoItem } | { pending: Pending };
  const ordered: Entry[] = [
    ...items.map((item) => ({ item })),
    ...urgent.filter((p) => p.kind === 'off_track').map((pending) => ({ pending })),
    ...pipeline.overdue.map((item) => ({ item })),
    ...urgent.filter((p) => p.kind !== 'off_track').map((pending) => ({ pending })),
    ...pipeline.applied.map((item) => ({ item })),
    ...pipeline.waiting.map((item) => ({ item })),
    ...later.map((pending) => ({ pending })),
  ];
  const all = ordered.length;
  const start = (page - 1) * pageSize;
  const onPage = ordered.slice(start, start + pageSize);
  const names = new Map(
    (
      await healthPageDetails(db, [
        ...new Set(onPage.flatMap((e) => ('pending' in e ? [e.pending.partnershipId] : []))),
      ])
    ).map((d) => [d.id, d]),
  );
  const pageItems = onPage.map((e): TodoItem => {
    if ('item' in e) return e.item;
    const d = names.get(e.pending.partnershipId);
    return {
      ...e.pending,
      personId: null,
      menteeName: d ? `${d.mentee_first_name} ${d.mentee_last_name}` : '',
      mentorName: d ? `${d.mentor_first_name} ${d.mentor_last_name}` : '',
    };
  });
  // The list shows help requests and who reported discrimination: a sensitive read.
  await recordAuditEvent(db, ctx, now, { action: 'partnership.todo_read', details: { total: all, page } });
  return { items: pageItems, total: all, page, pageSize };
}
