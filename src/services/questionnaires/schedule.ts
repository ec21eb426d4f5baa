import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { defaultProgramme } from '../../contracts/questionnaire-vocabulary.js';
import type {
  scheduleEntryRequest,
  scheduleEntrySchema,
  schedulePage,
} from '../../contracts/questionnaires.js';
import {
  findScheduleEntry,
  findVersion,
  putScheduleEntry,
  removeScheduleEntry,
  scheduleOf,
} from '../../db/queries/questionnaires.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { titleOf } from './stored-instrument.js';

/**
 * The programme's questionnaire schedule, stored as data: which published version answers which
 * moment for which role (docs/questionnaires.md). One version of an instrument per moment and role.
 */
type Entry = z.infer<typeof scheduleEntrySchema>;

function present(row: Awaited<ReturnType<typeof scheduleOf>>[number]): Entry {
  return {
    id: row.id,
    moment: row.moment,
    role: row.respondent_role,
    instrumentId: row.instrument_id,
    instrumentTitle: titleOf(row),
    versionId: row.instrument_version_id,
    version: row.version,
  };
}

/** The schedule, a page at a time (it is a few dozen rows). */
export async function listQuestionnaireSchedule(
  deps: Deps,
  page: number,
  pageSize: number,
): Promise<z.infer<typeof schedulePage>> {
  const rows = await scheduleOf(deps.db.kysely, defaultProgramme);
  return {
    items: rows.slice((page - 1) * pageSize, page * pageSize).map(present),
    total: rows.length,
    page,
    pageSize,
  };
}

/** Asks a published version at a moment of a role, in place of another version of the same instrument. */
export async function scheduleQuestionnaire(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof scheduleEntryRequest>,
): Promise<Result<Entry>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const version = await findVersion(trx, input.versionId);
    if (!version) return fail('questionnaire.not_found', 'No such questionnaire version.');
    if (version.status !== 'published')
      return fail('questionnaire.not_published', 'Only a published version can be scheduled.');
    const id = randomUUID();
    await putScheduleEntry(trx, {
      id,
      programme: defaultProgramme,
      moment: input.moment,
      respondent_role: input.role,
      instrument_id: version.instrument_id,
      instrument_version_id: version.id,
      created_at: now.toISOString(),
      created_by: ctx.actor?.id ?? null,
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'questionnaire.scheduled',
      subjectType: 'instrument',
      subjectId: version.instrument_id,
      details: { moment: input.moment, role: input.role, version: version.version },
    });
    const entry = (await scheduleOf(trx, defaultProgramme)).find((r) => r.id === id);
    if (!entry) throw new Error('The schedule entry just saved is missing.');
    return ok(present(entry));
  });
}

/** Stops asking a version at a moment; answers given stay. */
export async function unscheduleQuestionnaire(
  deps: Deps,
  ctx: RequestContext,
  entryId: string,
): Promise<Result<{ removed: boolean }>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const entry = await findScheduleEntry(trx, entryId);
    if (!entry) return fail('questionnaire.not_found', 'No such schedule entry.');
    await removeScheduleEntry(trx, entryId);
    await recordAuditEvent(trx, ctx, now, {
      action: 'questionnaire.unscheduled',
      subjectType: 'instrument',
      subjectId: entry.instrument_id,
      details: { moment: entry.moment, role: entry.respondent_role },
    });
    return ok({ removed: true });
  });
}
