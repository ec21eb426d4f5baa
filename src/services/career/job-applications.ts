import { randomUUID } from 'node:crypto';
import type { JobApplication, JobApplicationInput } from '../../contracts/job-applications.js';
import { findAttachmentMeta, findVersion } from '../../db/queries/cv.js';
import {
  findJobApplication,
  insertFeedback,
  insertJobApplication,
  insertStageChange,
  type JobApplicationRow,
  listFeedback,
  listStageChanges,
  moveStage,
  pageJobApplications,
  updateJobApplication,
} from '../../db/queries/job-applications.js';
import { localDay } from '../../domain/cadence/calendar.js';
import { checkApplicationDates } from '../../domain/career/application-dates.js';
import { changeStage, type Stage } from '../../domain/career/application-stage.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import type { FieldProblem } from '../reference/check-codes.js';
import { inTransaction } from '../transaction.js';
import { actorIn, auditCareerRead, loadCareerSubject } from './load-mentee.js';

function summary(row: JobApplicationRow) {
  return {
    id: row.id,
    menteeId: row.person_id,
    employer: row.employer,
    role: row.role,
    appliedOn: row.applied_on,
    channel: row.channel,
    stage: row.stage,
    nextStep: row.next_step,
    nextStepOn: row.next_step_on,
    updatedAt: row.updated_at,
  };
}

async function detail(deps: Deps, row: JobApplicationRow): Promise<JobApplication> {
  const [history, feedback] = await Promise.all([
    listStageChanges(deps.db.kysely, row.id),
    listFeedback(deps.db.kysely, row.id),
  ]);
  return {
    ...summary(row),
    cvVersionNumber: row.cv_version_number,
    attachmentId: row.attachment_id,
    notes: row.notes,
    history: history.map((h) => ({
      from: h.from_stage,
      to: h.to_stage,
      at: h.at,
      actorName: h.actor_name ?? null,
    })),
    feedback: feedback.map((f) => ({
      id: f.id,
      body: f.body,
      authorName: f.author_name ?? null,
      authorRole: f.author_role,
      createdAt: f.created_at,
    })),
  };
}

/** The documents an application refers to must be the mentee's own. */
async function checkDocuments(deps: Deps, menteeId: string, input: JobApplicationInput) {
  const problems: FieldProblem[] = [];
  if (input.cvVersionNumber && !(await findVersion(deps.db.kysely, menteeId, input.cvVersionNumber)))
    problems.push({
      path: ['cvVersionNumber'],
      code: 'job_application.unknown_cv_version',
      message: 'no such CV version',
    });
  if (input.attachmentId) {
    const attachment = await findAttachmentMeta(deps.db.kysely, input.attachmentId);
    if (attachment?.person_id !== menteeId)
      problems.push({
        path: ['attachmentId'],
        code: 'job_application.unknown_attachment',
        message: 'no such document',
      });
  }
  if (input.nextStepOn && !input.nextStep)
    problems.push({
      path: ['nextStep'],
      code: 'job_application.next_step_required',
      message: 'say what the next step is',
    });
  return problems;
}

const dateMessages = {
  'job_application.applied_in_future': 'the application date is in the future',
  'job_application.next_step_before_application': 'the next step is before the application date',
} as const;

/** An application date after today (Brussels) or a next step before the application, per field. */
function checkDates(
  deps: Deps,
  dates: { appliedOn: string; nextStepOn: string | null },
  appliedOnChanged: boolean,
): FieldProblem[] {
  const today = localDay(deps.now());
  return checkApplicationDates(dates, today, appliedOnChanged).map((problem) => ({
    path: [problem.field],
    code: problem.code,
    message: dateMessages[problem.code],
  }));
}

/** The application and the mentee it belongs to, for someone who may track it; else 404. */
async function loadApplication(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: 'track_application' | 'give_feedback',
) {
  const row = await findJobApplication(deps.db.kysely, id);
  if (!row) return fail<never>('not_found', 'No such application.');
  const subject = await loadCareerSubject(deps, actorIn(ctx), row.person_id, action);
  if (!subject.ok)
    return subject.error.code === 'not_found' ? fail<never>('not_found', 'No such application.') : subject;
  return ok({ row, subject: subject.value });
}

export async function listJobApplications(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  page: number,
  pageSize: number,
) {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'track_application');
  if (!subject.ok) return subject;
  const { items, total } = await pageJobApplications(deps.db.kysely, menteeId, page, pageSize);
  await auditCareerRead(deps, ctx, subject.value, 'job_application.list_read');
  return ok({ items: items.map(summary), total, page, pageSize });
}

export async function getJobApplication(deps: Deps, ctx: RequestContext, id: string) {
  const loaded = await loadApplication(deps, ctx, id, 'track_application');
  if (!loaded.ok) return loaded;
  await auditCareerRead(deps, ctx, loaded.value.subject, 'job_application.read', { applicationId: id });
  return ok(await detail(deps, loaded.value.row));
}

/** The mentee (or their mentor with them, or the coach) records an application; it starts as applied. */
export async function createJobApplication(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  input: JobApplicationInput & { employer: string; role: string; appliedOn: string; channel: string },
): Promise<Result<JobApplication>> {
  const actor = actorIn(ctx);
  const subject = await loadCareerSubject(deps, actor, menteeId, 'track_application');
  if (!subject.ok) return subject;
  const problems = [
    ...checkDates(deps, { appliedOn: input.appliedOn, nextStepOn: input.nextStepOn ?? null }, true),
    ...(await checkDocuments(deps, menteeId, input)),
  ];
  if (problems.length) return fail('validation.failed', 'Some answers need another look.', problems);
  const now = deps.now().toISOString();
  const row: JobApplicationRow = {
    id: randomUUID(),
    person_id: menteeId,
    employer: input.employer,
    role: input.role,
    applied_on: input.appliedOn,
    channel: input.channel,
    stage: 'applied',
    next_step: input.nextStep ?? null,
    next_step_on: input.nextStepOn ?? null,
    cv_version_number: input.cvVersionNumber ?? null,
    attachment_id: input.attachmentId ?? null,
    notes: input.notes ?? null,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await inTransaction(deps, async (trx) => {
    await insertJobApplication(trx, row);
    await insertStageChange(trx, {
      id: randomUUID(),
      application_id: row.id,
      from_stage: null,
      to_stage: 'applied',
      at: now,
      actor_id: actor.id,
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'job_application.created',
      subjectType: 'person',
      subjectId: menteeId,
      details: { applicationId: row.id },
    });
  });
  return ok(await detail(deps, row));
}

/** Corrects the facts of an application (not its stage: that has its own history). */
export async function updateJobApplicationFacts(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: JobApplicationInput,
) {
  const loaded = await loadApplication(deps, ctx, id, 'track_application');
  if (!loaded.ok) return loaded;
  const { row } = loaded.value;
  const dates = {
    appliedOn: input.appliedOn ?? row.applied_on,
    nextStepOn: input.nextStepOn !== undefined ? input.nextStepOn : row.next_step_on,
  };
  const touchesDates = input.appliedOn !== undefined || input.nextStepOn !== undefined;
  const problems = [
    ...(touchesDates ? checkDates(deps, dates, input.appliedOn !== undefined) : []),
    ...(await checkDocuments(deps, row.person_id, { nextStep: row.next_step, ...input })),
  ];
  if (problems.length) return fail('validation.failed', 'Some answers need another look.', problems);
  const changes = {
    ...(input.employer !== undefined ? { employer: input.employer } : {}),
    ...(input.role !== undefined ? { role: input.role } : {}),
    ...(input.appliedOn !== undefined ? { applied_on: input.appliedOn } : {}),
    ...(input.channel !== undefined ? { channel: input.channel } : {}),
    ...(input.nextStep !== undefined ? { next_step: input.nextStep } : {}),
    ...(input.nextStepOn !== undefined ? { next_step_on: input.nextStepOn } : {}),
    ...(input.cvVersionNumber !== undefined ? { cv_version_number: input.cvVersionNumber } : {}),
    ...(input.attachmentId !== undefined ? { attachment_id: input.attachmentId } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    updated_at: deps.now().toISOString(),
  };
  await inTransaction(deps, async (trx) => {
    await updateJobApplication(trx, id, changes);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'job_application.updated',
      subjectType: 'person',
      subjectId: row.person_id,
      details: { applicationId: id, fields: Object.keys(input) },
    });
  });
  return ok(await detail(deps, { ...row, ...changes }));
}

/** Moves an application to another stage; hired and rejected are final unless a coach reopens. */
export async function changeJobApplicationStage(deps: Deps, ctx: RequestContext, id: string, target: Stage) {
  const actor = actorIn(ctx);
  const loaded = await loadApplication(deps, ctx, id, 'track_application');
  if (!loaded.ok) return loaded;
  const { row } = loaded.value;
  const decision = changeStage(row.stage, target, actor.role === 'coach' || actor.role === 'admin');
  if (!decision.ok)
    return fail(decision.problem, `An application that is ${row.stage} cannot become ${target}.`, [
      { path: ['stage'], code: decision.problem, message: decision.problem },
    ]);
  const now = deps.now().toISOString();
  const moved = await inTransaction(deps, async (trx) => {
    if (!(await moveStage(trx, id, row.stage, decision.stage, now))) return false;
    await insertStageChange(trx, {
      id: randomUUID(),
      application_id: id,
      from_stage: row.stage,
      to_stage: decision.stage,
      at: now,
      actor_id: actor.id,
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: decision.reopened ? 'job_application.reopened' : 'job_application.stage_changed',
      subjectType: 'person',
      subjectId: row.person_id,
      details: { applicationId: id, from: row.stage, to: decision.stage },
    });
    return true;
  });
  if (!moved)
    return fail('job_application.invalid_stage_change', 'The stage was changed in the meantime; reload.', [
      { path: ['stage'], code: 'job_application.invalid_stage_change', message: 'changed in the meantime' },
    ]);
  return ok(await detail(deps, { ...row, stage: decision.stage, updated_at: now }));
}

/** The mentor (or coach) leaves feedback on an application. */
export async function addJobApplicationFeedback(deps: Deps, ctx: RequestContext, id: string, body: string) {
  const actor = actorIn(ctx);
  const loaded = await loadApplication(deps, ctx, id, 'give_feedback');
  if (!loaded.ok) return loaded;
  const { row } = loaded.value;
  await inTransaction(deps, async (trx) => {
    await insertFeedback(trx, {
      id: randomUUID(),
      application_id: id,
      body,
      author_id: actor.id,
      author_role: actor.role,
      created_at: deps.now().toISOString(),
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'job_application.feedback',
      subjectType: 'person',
      subjectId: row.person_id,
      details: { applicationId: id },
    });
  });
  return ok(await detail(deps, row));
}
