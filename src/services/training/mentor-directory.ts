import {
  deleteListing,
  findListing,
  pageListings,
  upsertListing,
} from '../../db/queries/mentor-directory.js';
import { findPersonByUser, personLanguages } from '../../db/queries/people.js';
import { fail, ok } from '../../domain/result.js';
import { activeMentorStatuses } from '../../domain/training/programme-statuses.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';

/**
 * The directory of mentors (the mentor network): mentors who opted in, with their sector, languages
 * and a line they wrote. Mentors and staff read it (staff reads are audited); mentees never (policy).
 */
export async function listMentorDirectory(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  page: number,
  pageSize: number,
) {
  const db = deps.db.kysely;
  const { items, total } = await pageListings(db, activeMentorStatuses, page, pageSize);
  const languages = await personLanguages(
    db,
    items.map((i) => i.id),
  );
  if (actor.role === 'admin' || actor.role === 'coach')
    await recordAuditEvent(db, ctx, deps.now(), {
      action: 'training.directory_read',
      details: { page, count: items.length },
    });
  return {
    items: items.map((row) => ({
      personId: row.id,
      name: `${row.first_name} ${row.last_name}`,
      sector: row.sector_code
        ? {
            code: row.sector_code,
            label: {
              nl: row.label_nl ?? row.sector_code,
              fr: row.label_fr ?? row.sector_code,
              en: row.label_en ?? row.sector_code,
            },
          }
        : null,
      languages: languages.get(row.id) ?? [],
      line: row.line,
      listedAt: row.listed_at,
    })),
    total,
    page,
    pageSize,
  };
}

async function ownMentor(deps: Deps, userId: string) {
  const person = await findPersonByUser(deps.db.kysely, userId);
  return person && person.kind === 'mentor' ? person : null;
}

/** The signed-in mentor's own listing. */
export async function ownListing(deps: Deps, userId: string) {
  const person = await ownMentor(deps, userId);
  if (!person) return fail('not_found', 'No mentor profile is linked to this account.');
  const listing = await findListing(deps.db.kysely, person.id);
  return ok({ listed: Boolean(listing), line: listing?.line ?? null, listedAt: listing?.listed_at ?? null });
}

/** A mentor opts in to the directory (or changes their line). */
export async function joinDirectory(deps: Deps, ctx: RequestContext, userId: string, line: string) {
  const person = await ownMentor(deps, userId);
  if (!person) return fail('not_found', 'No mentor profile is linked to this account.');
  await inTransaction(deps, async (trx) => {
    await upsertListing(trx, person.id, line, deps.now().toISOString());
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.directory_joined',
      subjectType: 'person',
      subjectId: person.id,
    });
  });
  return ownListing(deps, userId);
}

/** A mentor opts out: their listing is deleted. */
export async function leaveDirectory(deps: Deps, ctx: RequestContext, userId: string) {
  const person = await ownMentor(deps, userId);
  if (!person) return fail('not_found', 'No mentor profile is linked to this account.');
  await inTransaction(deps, async (trx) => {
    await deleteListing(trx, person.id);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.directory_left',
      subjectType: 'person',
      subjectId: person.id,
    });
  });
  return ok({ listed: false, line: null, listedAt: null });
}
