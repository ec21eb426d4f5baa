import { z } from 'zod';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { pageMissingRequired, pageModuleOverview } from '../../db/queries/training-overview.js';
import { personScopeOf } from '../../domain/access/person-access.js';
import { trainingRegistrationScopeOf } from '../../domain/access/training-registration-access.js';
import { fail, ok } from '../../domain/result.js';
import {
  activeMenteeStatuses,
  activeMentorStatuses,
  attendanceRate,
} from '../../domain/training/programme-statuses.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { regionOfActor } from '../people/load-person.js';

/** The start of a calendar day as an ISO instant (UTC); `to` days count inclusively. */
const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const nextDay = (day: string) => new Date(Date.parse(dayStart(day)) + 86_400_000).toISOString();

/**
 * Per module, for sessions starting in [from, to]: sessions, registrations with a place, attendance
 * and its rate, the waiting list. A coach counts their association's people; an admin everyone.
 */
export async function trainingOverview(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  query: { from: string; to: string; moduleId?: string | undefined; page: number; pageSize: number },
) {
  if (query.to < query.from)
    return fail('validation.failed', 'The period ends before it starts.', [
      { path: ['querystring', 'to'], code: 'training.period_reversed', message: 'before from' },
    ]);
  const viewer = { actor, actorRegion: await regionOfActor(deps.db.kysely, actor) };
  const { items, total } = await pageModuleOverview(
    deps.db.kysely,
    {
      from: dayStart(query.from),
      to: nextDay(query.to),
      moduleId: query.moduleId,
      scope: trainingRegistrationScopeOf(viewer, 'read'),
    },
    query.page,
    query.pageSize,
  );
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'training.overview_read',
    details: { from: query.from, to: query.to, page: query.page },
  });
  return ok({
    from: query.from,
    to: query.to,
    items: items.map((row) => {
      const attended = Number(row.attended ?? 0);
      const absent = Number(row.absent ?? 0);
      return {
        moduleId: row.id,
        code: row.code,
        title: parseStoredJson(z.record(z.string(), z.string()), row.title, 'module title'),
        sessions: Number(row.sessions),
        registrations: Number(row.registrations ?? 0),
        attended,
        absent,
        attendanceRate: attendanceRate(attended, absent),
        waiting: Number(row.waiting ?? 0),
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  });
}

/** Who still lacks a required module (coach: own association; admin: all), by name. Audited. */
export async function missingRequiredTraining(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  page: number,
  pageSize: number,
) {
  const viewer = { actor, actorRegion: await regionOfActor(deps.db.kysely, actor) };
  const { items, total } = await pageMissingRequired(
    deps.db.kysely,
    {
      scope: personScopeOf(viewer, 'list'),
      menteeStatuses: activeMenteeStatuses,
      mentorStatuses: activeMentorStatuses,
    },
    page,
    pageSize,
  );
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'training.missing_read',
    details: { page, count: items.length },
  });
  return {
    items: items.map((row) => ({
      personId: row.person_id,
      name: `${row.first_name} ${row.last_name}`,
      kind: row.kind,
      status: row.status,
      associationName: row.association_name,
      moduleId: row.module_id,
      moduleCode: row.module_code,
      moduleTitle: parseStoredJson(z.record(z.string(), z.string()), row.module_title, 'module title'),
    })),
    total,
    page,
    pageSize,
  };
}
