import { z } from 'zod';
import { isOneOf } from '../../contracts/base-vocabulary.js';
import { healthStatesByRank } from '../../contracts/partnership-vocabulary.js';
import type { healthRowSchema, healthScreenResponse } from '../../contracts/partnerships.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { countByHealth, pageByHealth } from '../../db/queries/partnerships.js';
import { staffAssociationScope } from '../../domain/access/partnership-access.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { refreshStaleHealth } from './refresh-health.js';

type HealthRow = z.infer<typeof healthRowSchema>;

const emptyCounts = () => ({ on_track: 0, at_risk: 0, off_track: 0 });

/**
 * The coach's one screen: every running partnership in scope with its health, off track first,
 * then at risk, then on track, the longest silent first within a state. Each partnership stores
 * its health with the instant until which it is exact (domain `healthValidUntil`); the few whose
 * moment has passed are recomputed before the page is read, so what the screen shows is the health
 * at the moment of reading, while the page itself is one indexed query.
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
  // The pairs the partnership table lets the actor follow up, by association (deny by default).
  const staff = staffAssociationScope(actor);
  if (!staff)
    return ok({ items: [], total: 0, page: query.page, pageSize: query.pageSize, counts: emptyCounts() });
  if (staff.kind === 'association' && query.associationId && query.associationId !== staff.id)
    return fail('not_found', 'No such association.');
  const scope = {
    associationId: staff.kind === 'association' ? staff.id : query.associationId,
    coachId: query.coachId,
  };
  const db = deps.db.kysely;
  const now = deps.now();
  await refreshStaleHealth(deps, scope, now);
  const counts = emptyCounts();
  const states = healthStatesByRank;
  for (const c of await countByHealth(db, scope)) {
    const state = states[Number(c.health_rank)];
    if (state) counts[state] = Number(c.n);
  }
  const rank = query.state ? (isOneOf(states, query.state) ? states.indexOf(query.state) : -1) : undefined;
  const rows = await pageByHealth(db, { ...scope, rank }, query.page, query.pageSize);
  const nowIso = now.toISOString();
  const items: HealthRow[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    associationId: r.association_id,
    menteeName: `${r.mentee_first_name} ${r.mentee_last_name}`,
    mentorName: `${r.mentor_first_name} ${r.mentor_last_name}`,
    coach: r.coach_id && r.coach_name ? { id: r.coach_id, name: r.coach_name } : null,
    health: {
      state: r.health_state,
      rule: r.health_rule,
      details: r.health_details ? JSON.parse(r.health_details) : {},
    },
    startedAt: r.started_at,
    plannedEndAt: r.planned_end_at,
    lastHeldAt: r.last_held_at,
    nextPlannedAt:
      (r.planned_starts ? parseStoredJson(z.array(z.string()), r.planned_starts, 'planned starts') : []).find(
        (s) => s > nowIso,
      ) ?? null,
  }));
  await recordAuditEvent(db, ctx, now, {
    action: 'partnership.health_screen',
    details: {
      associationId: scope.associationId ?? null,
      coachId: query.coachId ?? null,
      state: query.state ?? null,
    },
  });
  const total = query.state
    ? counts[query.state as keyof typeof counts]
    : counts.on_track + counts.at_risk + counts.off_track;
  return ok({ items, total, page: query.page, pageSize: query.pageSize, counts });
}
