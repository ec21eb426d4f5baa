import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type DiscriminationReport, reportSchema } from '../../contracts/discrimination-reports.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import {
  findReport,
  insertReport,
  markReportHandled,
  pageReports,
} from '../../db/queries/discrimination-reports.js';
import { findJobApplication } from '../../db/queries/job-applications.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { careerScopeOf } from '../../domain/career/career-access.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { actorIn, loadCareerSubject } from './load-mentee.js';

/**
 * Discrimination a mentee met while applying for work. What happened and on which grounds is sealed
 * with the keyring; only the mentee, the coaches of their association and admins read it, never the
 * mentor, and every read by staff is audited.
 */
const sealedSchema = z.object({ whatHappened: z.string(), grounds: reportSchema.shape.grounds });

type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;
type ListRow = Awaited<ReturnType<typeof pageReports>>['items'][number];

function summary(row: ListRow) {
  return {
    id: row.id,
    menteeId: row.person_id,
    menteeName: `${row.first_name} ${row.last_name}`,
    occurredOn: row.occurred_on,
    status: row.status,
    createdAt: row.created_at,
    applicationId: row.application_id,
  };
}

async function present(deps: Deps, row: ReportRow): Promise<DiscriminationReport> {
  const sealed = parseStoredJson(sealedSchema, deps.keyring.decrypt(row.sealed), 'discrimination report');
  const application = row.application_id
    ? await findJobApplication(deps.db.kysely, row.application_id)
    : undefined;
  return {
    ...summary(row),
    whatHappened: sealed.whatHappened,
    grounds: sealed.grounds,
    applicationLabel: application ? `${application.role} · ${application.employer}` : null,
    handledAt: row.handled_at,
    handledNote: row.handled_note_sealed ? deps.keyring.decrypt(row.handled_note_sealed) : null,
  };
}

export interface ReportInput {
  applicationId?: string | null | undefined;
  occurredOn: string;
  whatHappened: string;
  grounds: z.infer<typeof sealedSchema>['grounds'];
}

/** A mentee reports discrimination, about one of their applications or none. */
export async function reportDiscrimination(
  deps: Deps,
  ctx: RequestContext,
  input: ReportInput,
): Promise<Result<DiscriminationReport>> {
  const actor = actorIn(ctx);
  const mentee = await findPersonByUser(deps.db.kysely, actor.id);
  if (mentee?.kind !== 'mentee') return fail('not_found', 'No mentee profile is linked to this account.');
  const today = deps.now().toISOString().slice(0, 10);
  const problems = [];
  if (input.occurredOn > today)
    problems.push({
      path: ['occurredOn'],
      code: 'discrimination_report.in_future',
      message: 'in the future',
    });
  if (input.applicationId) {
    const application = await findJobApplication(deps.db.kysely, input.applicationId);
    if (application?.person_id !== mentee.id)
      problems.push({
        path: ['applicationId'],
        code: 'job_application.unknown',
        message: 'no such application',
      });
  }
  if (problems.length) return fail('validation.failed', 'Some answers need another look.', problems);
  const now = deps.now().toISOString();
  const id = randomUUID();
  await inTransaction(deps, async (trx) => {
    await insertReport(trx, {
      id,
      person_id: mentee.id,
      application_id: input.applicationId ?? null,
      occurred_on: input.occurredOn,
      sealed: deps.keyring.encrypt(
        JSON.stringify({ whatHappened: input.whatHappened, grounds: input.grounds }),
      ),
      status: 'open',
      created_at: now,
      handled_at: null,
      handled_by: null,
      handled_note_sealed: null,
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'discrimination_report.created',
      subjectType: 'discrimination_report',
      subjectId: id,
    });
  });
  return ok(await present(deps, (await findReport(deps.db.kysely, id))!));
}

/** The mentee's own reports, newest first. */
export async function listOwnReports(deps: Deps, actor: Actor, page: number, pageSize: number) {
  const mentee = await findPersonByUser(deps.db.kysely, actor.id);
  if (!mentee) return ok({ items: [], total: 0, page, pageSize });
  const { items, total } = await pageReports(
    deps.db.kysely,
    { scope: careerScopeOf(actor, 'read_report'), personId: mentee.id },
    page,
    pageSize,
  );
  return ok({ items: items.map(summary), total, page, pageSize });
}

/**
 * The coach's to-do list: open reports of their association's mentees (an admin: all), oldest first.
 * The list shows no account of what happened; opening one is an audited read. The list itself is
 * audited too, since it names mentees who reported.
 */
export async function listOpenDiscriminationReports(
  deps: Deps,
  actor: Actor,
  page: { page: number; pageSize: number },
  ctx: RequestContext = { actor, requestId: null, ip: null },
) {
  if (actor.role !== 'coach' && actor.role !== 'admin')
    return fail('auth.forbidden', 'Only staff see reports.');
  const { items, total } = await pageReports(
    deps.db.kysely,
    { status: 'open', scope: careerScopeOf(actor, 'read_report') },
    page.page,
    page.pageSize,
  );
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'discrimination_report.list_read',
    subjectType: 'discrimination_report',
    details: { ids: items.map((r) => r.id) },
  });
  return ok({ items: items.map(summary), total, page: page.page, pageSize: page.pageSize });
}

/** One report for the mentee or staff; a mentor (or anyone else) gets 404. Staff reads are audited. */
export async function readDiscriminationReport(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<Result<DiscriminationReport>> {
  const row = await findReport(deps.db.kysely, id);
  if (!row) return fail('not_found', 'No such report.');
  const subject = await loadCareerSubject(deps, actorIn(ctx), row.person_id, 'read_report');
  if (!subject.ok) return fail('not_found', 'No such report.');
  if (subject.value.relation !== 'self')
    await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
      action: 'discrimination_report.read',
      subjectType: 'discrimination_report',
      subjectId: id,
      details: { personId: row.person_id },
    });
  return ok(await present(deps, row));
}

/** The coach marks a report handled, with a note of what was done. */
export async function handleDiscriminationReport(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  note: string,
): Promise<Result<DiscriminationReport>> {
  const actor = actorIn(ctx);
  const row = await findReport(deps.db.kysely, id);
  if (!row) return fail('not_found', 'No such report.');
  const subject = await loadCareerSubject(deps, actor, row.person_id, 'read_report');
  if (!subject.ok || subject.value.relation === 'self') return fail('not_found', 'No such report.');
  if (row.status !== 'open')
    return fail('discrimination_report.already_handled', 'This report was already handled.');
  const now = deps.now().toISOString();
  await inTransaction(deps, async (trx) => {
    await markReportHandled(trx, id, {
      handled_at: now,
      handled_by: actor.id,
      handled_note_sealed: deps.keyring.encrypt(note),
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'discrimination_report.handled',
      subjectType: 'discrimination_report',
      subjectId: id,
      details: { personId: row.person_id },
    });
  });
  return ok(await present(deps, (await findReport(deps.db.kysely, id))!));
}
