import type { z } from 'zod';
import type { healthRowSchema, healthScreenResponse } from '../../contracts/partnerships.js';
import { listRunningForHealth } from '../../db/queries/partnerships.js';
import { healthRank, partnershipHealth } from '../../domain/cadence/partnership-health.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { cadenceInputOf } from './load-partnership.js';

type HealthRow = z.infer<typeof healthRowSchema>;

/**
 * The coach's one screen: every running partnership in scope with its health, off track first,
 * then at risk, then on track (the longest-silent first within a state). Health is computed from
 * each partnership's stored meeting summary and the clock, so it is right on the day it is read.
 */
export async function healthScreen(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  query: {
    associationId?: string | undefined;
    coachId?: string | undefined;
    state?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Result<z.infer<typeof healthScreenResponse>>> {
  if (actor.role === 'coach' && query.associationId && query.associationId !== actor.associationId)
    return fail('not_found', 'No such association.');
  const associationId = actor.role === 'coach' ? (actor.associationId ?? '') : query.associationId;
  const now = deps.now();
  const rows = await listRunningForHealth(deps.db.kysely, { associationId, coachId: query.coachId });
  const counts = { on_track: 0, at_risk: 0, off_track: 0 };
  const scored: Array<{ rank: number; lastHeld: string; row: HealthRow }> = [];
  for (const r of rows) {
    const input = cadenceInputOf(r);
    const health = partnershipHealth(input, now);
    if (!health) continue;
    counts[health.state] += 1;
    if (query.state && health.state !== query.state) continue;
    const nextPlanned = input.plannedStarts.find((s) => s > now.toISOString()) ?? null;
    scored.push({
      rank: healthRank(health),
      lastHeld: r.last_held_at ?? r.started_at ?? r.proposed_at,
      row: {
        id: r.id,
        status: r.status as HealthRow['status'],
        associationId: r.association_id,
        menteeName: `${r.mentee_first_name} ${r.mentee_last_name}`,
        mentorName: `${r.mentor_first_name} ${r.mentor_last_name}`,
        coach: r.coach_id && r.coach_name ? { id: r.coach_id, name: r.coach_name } : null,
        health: health as HealthRow['health'],
        startedAt: r.started_at,
        plannedEndAt: r.planned_end_at,
        lastHeldAt: r.last_held_at,
        nextPlannedAt: nextPlanned,
      },
    });
  }
  scored.sort(
    (a, b) => a.rank - b.rank || a.lastHeld.localeCompare(b.lastHeld) || a.row.id.localeCompare(b.row.id),
  );
  const start = (query.page - 1) * query.pageSize;
  await recordAuditEvent(deps.db.kysely, ctx, now, {
    action: 'partnership.health_screen',
    details: {
      associationId: associationId ?? null,
      coachId: query.coachId ?? null,
      state: query.state ?? null,
    },
  });
  return ok({
    items: scored.slice(start, start + query.pageSize).map((s) => s.row),
    total: scored.length,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  });
}
