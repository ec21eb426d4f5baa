import { personLanguages, searchPeopleByName } from '../../db/queries/people.js';
import { minimumSharedGrams, nameGrams } from '../../domain/people/name-search.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { caseloadScopeOf } from '../caseload/list-caseload.js';
import type { Deps, RequestContext } from '../context.js';
import { presentSummary } from './present-person.js';

export interface PeopleSearchInput {
  /** What the coach typed: a first name, a last name or both, spelled as heard. */
  q: string;
  page: number;
  pageSize: number;
}

/**
 * The staff header's search: people of the caller's caseload (their association and their region's
 * unclaimed inbox; an admin everyone) whose names are close to the query, tolerant of typos,
 * spelling variants and accents ("Hadad" finds "Haddad"), best first. Audited as a read of names.
 */
export async function searchPeople(deps: Deps, ctx: RequestContext, input: PeopleSearchInput) {
  const actor = ctx.actor;
  if (!actor) throw new Error('searchPeople needs a signed-in actor');
  const now = deps.now();
  const grams = nameGrams(input.q);
  const scope = await caseloadScopeOf(deps, actor);
  const { items, total } =
    grams.length === 0
      ? { items: [], total: 0 }
      : await searchPeopleByName(
          deps.db.kysely,
          scope,
          grams,
          minimumSharedGrams(grams.length),
          input.page,
          input.pageSize,
        );
  const languages = await personLanguages(
    deps.db.kysely,
    items.map((i) => i.id),
  );
  await recordAuditEvent(deps.db.kysely, ctx, now, {
    action: 'people.searched',
    subjectType: 'person',
    details: { results: total, page: input.page },
  });
  return {
    items: items.map((row) => presentSummary(row, languages.get(row.id) ?? [], now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
