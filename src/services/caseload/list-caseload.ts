import { pageUsers } from '../../db/queries/users.js';
import { caseloadScope } from '../../domain/access/record-access.js';
import type { Actor, Deps } from '../context.js';

/**
 * A coach's mentees and mentors (an admin's: everyone's), with counts per status.
 * The intake adds application statuses; until then a person's status is their account's.
 */
export async function listCaseload(
  deps: Deps,
  actor: Actor,
  query: { q?: string | undefined; page: number; pageSize: number },
) {
  const associationId = caseloadScope(actor).associationId ?? undefined;
  const { rows, total } = await pageUsers(
    deps.db.kysely,
    { roles: ['mentee', 'mentor'], associationId, q: query.q },
    query.page,
    query.pageSize,
  );
  const items = rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role as 'mentee' | 'mentor',
    associationId: row.association_id,
    status: row.disabled_at ? 'disabled' : 'active',
    since: row.created_at,
  }));
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.status] = (counts[item.status] ?? 0) + 1;
  return { items, total, page: query.page, pageSize: query.pageSize, counts };
}
