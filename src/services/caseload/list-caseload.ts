import type { PersonKind, PersonStatus } from '../../contracts/people-vocabulary.js';
import type { CaseloadFilter, CaseloadScope, CaseloadSort } from '../../db/queries/people.js';
import { pageCaseload, personLanguages } from '../../db/queries/people.js';
import { personScopeOf } from '../../domain/access/person-access.js';
import type { Actor, Deps } from '../context.js';
import { regionOfActor } from '../people/load-person.js';
import { presentSummary } from '../people/present-person.js';

export interface CaseloadQuery {
  kind?: PersonKind | undefined;
  status?: PersonStatus | undefined;
  sector?: string | undefined;
  language?: string | undefined;
  region?: string | undefined;
  minWaitingDays?: number | undefined;
  associationId?: string | undefined;
  q?: string | undefined;
  sort: CaseloadSort;
  page: number;
  pageSize: number;
}

/** Whose people a caller lists: the person access table's 'list' (deny by default). */
export async function caseloadScopeOf(deps: Deps, actor: Actor): Promise<CaseloadScope> {
  return personScopeOf({ actor, actorRegion: await regionOfActor(deps.db.kysely, actor) }, 'list');
}

export function caseloadFilterOf(
  query: Omit<CaseloadQuery, 'sort' | 'page' | 'pageSize'>,
  now: Date,
): CaseloadFilter {
  return {
    kind: query.kind,
    status: query.status,
    sector: query.sector,
    language: query.language,
    region: query.region,
    associationId: query.associationId,
    q: query.q ? query.q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : undefined,
    appliedBefore:
      query.minWaitingDays !== undefined
        ? new Date(now.getTime() - query.minWaitingDays * 86_400_000).toISOString()
        : undefined,
  };
}

/** A coach's mentees and mentors with filters, sorting, pagination and counts per status. */
export async function listCaseload(deps: Deps, actor: Actor, query: CaseloadQuery) {
  const now = deps.now();
  const scope = await caseloadScopeOf(deps, actor);
  const { items, total, counts } = await pageCaseload(
    deps.db.kysely,
    scope,
    caseloadFilterOf(query, now),
    query.sort,
    query.page,
    query.pageSize,
  );
  const languages = await personLanguages(
    deps.db.kysely,
    items.map((i) => i.id),
  );
  return {
    items: items.map((row) => presentSummary(row, languages.get(row.id) ?? [], now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
