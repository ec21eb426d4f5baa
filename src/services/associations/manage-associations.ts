import { randomUUID } from 'node:crypto';
import type { Association } from '../../contracts/associations.js';
import type { regions } from '../../contracts/common.js';
import {
  findAssociation,
  findAssociationByNameKey,
  insertAssociation,
  listAssociationNames,
  pageAssociations,
  updateAssociation,
} from '../../db/queries/associations.js';
import { canSeeAssociation } from '../../domain/access/record-access.js';
import { fail, ok } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';

type Region = (typeof regions)[number];

export interface AssociationInput {
  name: string;
  region: Region;
  city?: string | null | undefined;
  contactEmail?: string | null | undefined;
}

/** Names are unique regardless of case and spacing ("Vzw Kleur" and "vzw  kleur" are the same). */
export function associationNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function present(row: NonNullable<Awaited<ReturnType<typeof findAssociation>>>): Association {
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    city: row.city,
    contactEmail: row.contact_email,
    staffCount: Number(row.staff_count ?? 0),
    sharesMentors: Number(row.shares_mentors) === 1,
    createdAt: row.created_at,
  };
}

export async function createAssociation(deps: Deps, ctx: RequestContext, input: AssociationInput) {
  const now = deps.now().toISOString();
  const nameKey = associationNameKey(input.name);
  return inTransaction(deps, async (trx) => {
    if (await findAssociationByNameKey(trx, nameKey)) {
      return fail('association.name_taken', 'An association with this name exists already.', [
        { path: ['name'], code: 'association.name_taken', message: 'taken' },
      ]);
    }
    const id = randomUUID();
    await insertAssociation(trx, {
      id,
      name: input.name.trim().replace(/\s+/g, ' '),
      name_key: nameKey,
      region: input.region,
      city: input.city ?? null,
      contact_email: input.contactEmail?.toLowerCase() ?? null,
      created_at: now,
      updated_at: now,
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'association.created',
      subjectType: 'association',
      subjectId: id,
      details: { name: input.name },
    });
    const row = await findAssociation(trx, id);
    return ok(present(row!));
  });
}

export async function changeAssociation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: Partial<AssociationInput>,
) {
  const now = deps.now().toISOString();
  return inTransaction(deps, async (trx) => {
    const existing = await findAssociation(trx, id);
    if (!existing) return fail('not_found', 'No such association.');
    const changes: Parameters<typeof updateAssociation>[2] = { updated_at: now };
    if (input.name !== undefined) {
      const nameKey = associationNameKey(input.name);
      const clash = await findAssociationByNameKey(trx, nameKey);
      if (clash && clash.id !== id)
        return fail('association.name_taken', 'An association with this name exists already.', [
          { path: ['name'], code: 'association.name_taken', message: 'taken' },
        ]);
      changes.name = input.name.trim().replace(/\s+/g, ' ');
      changes.name_key = nameKey;
    }
    if (input.region !== undefined) changes.region = input.region;
    if (input.city !== undefined) changes.city = input.city;
    if (input.contactEmail !== undefined) changes.contact_email = input.contactEmail?.toLowerCase() ?? null;
    await updateAssociation(trx, id, changes);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'association.updated',
      subjectType: 'association',
      subjectId: id,
      details: { fields: Object.keys(input) },
    });
    return ok(present((await findAssociation(trx, id))!));
  });
}

/**
 * Turns mentor sharing on or off: whether coaches of sister associations in the same region may
 * match this association's mentors. An admin, or a coach of the association itself; audited.
 */
export async function setMentorSharing(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  sharesMentors: boolean,
) {
  return inTransaction(deps, async (trx) => {
    const existing = await findAssociation(trx, id);
    if (!existing || !canSeeAssociation(actor, id)) return fail('not_found', 'No such association.');
    const before = Number(existing.shares_mentors) === 1;
    if (before !== sharesMentors) {
      await updateAssociation(trx, id, {
        shares_mentors: sharesMentors ? 1 : 0,
        updated_at: deps.now().toISOString(),
      });
      await recordAuditEvent(trx, ctx, deps.now(), {
        action: 'association.mentor_sharing_changed',
        subjectType: 'association',
        subjectId: id,
        details: { from: before, to: sharesMentors },
      });
    }
    return ok(present((await findAssociation(trx, id))!));
  });
}

export async function getAssociation(deps: Deps, actor: Actor, id: string) {
  const row = await findAssociation(deps.db.kysely, id);
  if (!row || !canSeeAssociation(actor, id)) return fail('not_found', 'No such association.');
  return ok(present(row));
}

export async function listAssociations(
  deps: Deps,
  actor: Actor,
  query: { q?: string | undefined; page: number; pageSize: number },
) {
  const onlyId = actor.role === 'admin' ? undefined : actor.associationId;
  const { rows, total } = await pageAssociations(
    deps.db.kysely,
    { q: query.q, ...(onlyId === undefined ? {} : { onlyId }) },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

/** The associations an applicant may choose from: name, region and city only. */
export async function listPublicAssociations(deps: Deps) {
  const rows = await listAssociationNames(deps.db.kysely);
  return rows.map((r) => ({ id: r.id, name: r.name, region: r.region, city: r.city }));
}
