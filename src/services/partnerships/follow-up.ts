import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
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
import { healthPageDetails, listRunningForHealth } from '../../db/queries/partnerships.js';
import { contactsDue } from '../../domain/cadence/coach-follow-up.js';
import { isRunning } from '../../domain/partnerships/partnership-lifecycle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
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
      side: c.side as 'mentee' | 'mentor',
      channel: c.channel as 'call',
      at: c.at,
      note: c.note,
      coachName: c.coach_name,
    })),
    due:
      row.status === 'active' && row.started_at
        ? contactsDue(
            row.started_at,
            contacts.map((c) => ({ side: c.side as 'mentee' | 'mentor', at: c.at })),
            now,
          )
        : [],
    helpRequests: requests.map((h) => ({
      id: h.id,
      side: h.side as 'mentee' | 'mentor',
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

/**
 * What the coach has to do, most urgent first: discrimination reports, help requests, pairs off track, contacts due,
 * introductions to hold and answers awaited, pairs at risk.
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
  const associationId = actor.role === 'admin' ? null : (actor.associationId ?? '');
  const items: TodoItem[] = [];
  for (const r of await openReportsForTodo(db, associationId, 200))
    items.push({
      kind: 'discrimination_report',
      partnershipId: null,
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
      menteeName: `${h.mentee_first_name} ${h.mentee_last_name}`,
      mentorName: `${h.mentor_first_name} ${h.mentor_last_name}`,
      subject: h.id,
      text: h.message,
      since: h.created_at,
    });
  // The stored health is exact once the expired ones are refreshed (as the health screen does).
  await refreshStaleHealth(db, { associationId: associationId ?? undefined }, now);
  const running = await listRunningForHealth(db, { associationId: associationId ?? undefined });
  // Contacts of the last two months decide what is due (the first month asks two, later months one).
  const since = new Date(now.getTime() - 62 * 86_400_000).toISOString();
  const contacts = await contactsOf(
    db,
    running.filter((r) => r.status === 'active').map((r) => r.id),
    since,
  );
  type Pending = Omit<TodoItem, 'menteeName' | 'mentorName' | 'partnershipId'> & { partnershipId: string };
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
      const own = contacts
        .filter((c) => c.partnership_id === r.id)
        .map((c) => ({ side: c.side as 'mentee' | 'mentor', at: c.at }));
      for (const due of contactsDue(r.started_at, own, now).filter((d) => d.due))
        urgent.push({ kind: 'contact_due', ...base, subject: due.side, since: due.lastContactAt });
    }
    if (r.health_state === 'at_risk')
      later.push({ kind: 'at_risk', ...base, subject: r.health_rule, since: r.last_held_at });
  }
  const pending = [...urgent, ...later];
  const all = items.length + pending.length;
  const start = (page - 1) * pageSize;
  const pageItems = items.slice(start, start + pageSize);
  const fromPending = pending.slice(
    Math.max(0, start - items.length),
    Math.max(0, start + pageSize - items.length),
  );
  const names = new Map(
    (await healthPageDetails(db, [...new Set(fromPending.map((p) => p.partnershipId))])).map((d) => [
      d.id,
      d,
    ]),
  );
  for (const p of fromPending) {
    const d = names.get(p.partnershipId);
    pageItems.push({
      ...p,
      menteeName: d ? `${d.mentee_first_name} ${d.mentee_last_name}` : '',
      mentorName: d ? `${d.mentor_first_name} ${d.mentor_last_name}` : '',
    });
  }
  // The list shows help requests and who reported discrimination: a sensitive read.
  await recordAuditEvent(db, ctx, now, { action: 'partnership.todo_read', details: { total: all, page } });
  return { items: pageItems, total: all, page, pageSize };
}
