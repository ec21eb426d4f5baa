import { randomUUID } from 'node:crypto';
import { type SectorTip, sectorTipSchema } from '../../contracts/sector-tips.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { deleteTip, findTip, insertTip, pageTips, updateTip } from '../../db/queries/sector-tips.js';
import type { Database } from '../../db/schema.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { actorIn, loadCareerSubject } from './load-mentee.js';

export interface TipInput {
  section: string;
  text: { nl: string; fr: string; en: string };
}

function present(row: Database['sector_tips']): SectorTip {
  return {
    id: row.id,
    section: row.section,
    text: parseStoredJson(sectorTipSchema.shape.text, row.text, 'sector tip text'),
    updatedAt: row.updated_at,
  };
}

/** Tips of one NACE section (or all), for the editors' list. */
export async function listSectorTips(
  deps: Deps,
  section: string | undefined,
  page: number,
  pageSize: number,
) {
  const { items, total } = await pageTips(deps.db.kysely, section, page, pageSize);
  return { items: items.map(present), total, page, pageSize };
}

/** The tips shown beside a mentee's CV: those of the mentee's sector section. */
export async function tipsForMentee(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  page: number,
  pageSize: number,
): Promise<
  Result<{ section: string | null; items: SectorTip[]; total: number; page: number; pageSize: number }>
> {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'read');
  if (!subject.ok) return subject;
  const section = subject.value.mentee.sector_section;
  if (!section) return ok({ section: null, items: [], total: 0, page, pageSize });
  return ok({ section, ...(await listSectorTips(deps, section, page, pageSize)) });
}

export async function createSectorTip(deps: Deps, ctx: RequestContext, input: TipInput) {
  const now = deps.now().toISOString();
  const row = {
    id: randomUUID(),
    section: input.section,
    text: JSON.stringify(input.text),
    created_by: actorIn(ctx).id,
    created_at: now,
    updated_at: now,
  };
  await inTransaction(deps, async (trx) => {
    await insertTip(trx, row);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'sector_tip.created',
      subjectType: 'sector_tip',
      subjectId: row.id,
      details: { section: row.section },
    });
  });
  return present(row);
}

export async function updateSectorTip(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: TipInput,
): Promise<Result<SectorTip>> {
  const found = await findTip(deps.db.kysely, id);
  if (!found) return fail('not_found', 'No such tip.');
  const changes = {
    section: input.section,
    text: JSON.stringify(input.text),
    updated_at: deps.now().toISOString(),
  };
  await inTransaction(deps, async (trx) => {
    await updateTip(trx, id, changes);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'sector_tip.updated',
      subjectType: 'sector_tip',
      subjectId: id,
      details: { section: input.section },
    });
  });
  return ok(present({ ...found, ...changes }));
}

export async function deleteSectorTip(deps: Deps, ctx: RequestContext, id: string) {
  const found = await findTip(deps.db.kysely, id);
  if (!found) return fail('not_found', 'No such tip.');
  await inTransaction(deps, async (trx) => {
    await deleteTip(trx, id);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'sector_tip.deleted',
      subjectType: 'sector_tip',
      subjectId: id,
      details: { section: found.section, text: JSON.parse(found.text) },
    });
  });
  return ok({ ok: true as const });
}
