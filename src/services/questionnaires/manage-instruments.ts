import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  createInstrumentRequest,
  InstrumentVersionView,
  instrumentsPage,
  instrumentVersionsPage,
  saveDraftRequest,
} from '../../contracts/questionnaires.js';
import {
  countInstruments,
  countVersions,
  findDraft,
  findInstrument,
  findInstrumentByCode,
  findVersion,
  highestVersionNumber,
  insertInstrument,
  insertVersion,
  listInstruments,
  listVersions,
  publishDraft,
  updateDraft,
} from '../../db/queries/questionnaires.js';
import { checkInstrumentVersion, type InstrumentVersion } from '../../domain/questionnaires/instrument.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { presentVersion, titleOf, versionOf } from './stored-instrument.js';

/**
 * The admin's side of questionnaire instruments (docs/questionnaires.md): create one with a first
 * draft, edit the draft, publish it as a version that never changes, list instruments and versions.
 */
function checked<T>(version: InstrumentVersion, then: () => Promise<Result<T>>): Promise<Result<T>> {
  const problems = checkInstrumentVersion(version);
  if (problems.length)
    return Promise.resolve(
      fail(
        'validation.failed',
        'The questionnaire is not complete.',
        problems.map((p) => ({
          path: p.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
          code: p.code,
          message: p.message,
        })),
      ),
    );
  return then();
}

/** A new instrument with its first draft (version 1). */
export async function createInstrument(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof createInstrumentRequest>,
): Promise<Result<InstrumentVersionView>> {
  const at = deps.now().toISOString();
  return checked(input, () =>
    inTransaction(deps, async (trx) => {
      if (await findInstrumentByCode(trx, input.code))
        return fail('questionnaire.code_taken', `An instrument with the code "${input.code}" exists.`);
      const id = randomUUID();
      await insertInstrument(trx, {
        id,
        code: input.code,
        title: JSON.stringify(input.title),
        built_in: 0,
        created_at: at,
        created_by: ctx.actor?.id ?? null,
      });
      const versionId = randomUUID();
      await insertVersion(trx, {
        id: versionId,
        instrument_id: id,
        version: 1,
        status: 'draft',
        languages: JSON.stringify(input.languages),
        items: JSON.stringify(input.items),
        created_at: at,
        updated_at: at,
        published_at: null,
        published_by: null,
      });
      await recordAuditEvent(trx, ctx, deps.now(), {
        action: 'questionnaire.instrument_created',
        subjectType: 'instrument',
        subjectId: id,
        details: { code: input.code },
      });
      const row = await findVersion(trx, versionId);
      if (!row) throw new Error('The draft just saved is missing.');
      return ok(presentVersion(row));
    }),
  );
}

/**
 * Saves the instrument's draft: the open draft is changed, or a new draft is made with the next
 * version number. A published version is never changed.
 */
export async function saveInstrumentDraft(
  deps: Deps,
  ctx: RequestContext,
  instrumentId: string,
  input: z.infer<typeof saveDraftRequest>,
): Promise<Result<InstrumentVersionView>> {
  const at = deps.now().toISOString();
  return checked(input, () =>
    inTransaction(deps, async (trx) => {
      if (!(await findInstrument(trx, instrumentId)))
        return fail('questionnaire.not_found', 'No such instrument.');
      const draft = await findDraft(trx, instrumentId);
      const languages = JSON.stringify(input.languages);
      const items = JSON.stringify(input.items);
      let versionId: string;
      if (draft) {
        versionId = draft.id;
        if (!(await updateDraft(trx, draft.id, { languages, items, updated_at: at })))
          return fail(
            'questionnaire.no_draft',
            'The draft was published meanwhile; save again for a new draft.',
          );
      } else {
        versionId = randomUUID();
        await insertVersion(trx, {
          id: versionId,
          instrument_id: instrumentId,
          version: (await highestVersionNumber(trx, instrumentId)) + 1,
          status: 'draft',
          languages,
          items,
          created_at: at,
          updated_at: at,
          published_at: null,
          published_by: null,
        });
      }
      await recordAuditEvent(trx, ctx, deps.now(), {
        action: 'questionnaire.draft_saved',
        subjectType: 'instrument',
        subjectId: instrumentId,
      });
      const row = await findVersion(trx, versionId);
      if (!row) throw new Error('The draft just saved is missing.');
      return ok(presentVersion(row));
    }),
  );
}

/** Publishes the draft as a version: from now on it never changes and can be scheduled and answered. */
export async function publishInstrumentVersion(
  deps: Deps,
  ctx: RequestContext,
  instrumentId: string,
): Promise<Result<InstrumentVersionView>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    if (!(await findInstrument(trx, instrumentId)))
      return fail('questionnaire.not_found', 'No such instrument.');
    const draft = await findDraft(trx, instrumentId);
    if (!draft) return fail('questionnaire.no_draft', 'There is no draft to publish.');
    const version = versionOf(draft);
    if (version.items.length === 0)
      return fail('validation.failed', 'A questionnaire needs at least one item.', [
        { path: ['items'], code: 'questionnaire.no_items', message: 'Add at least one item.' },
      ]);
    const problems = checkInstrumentVersion(version);
    if (problems.length) return fail('validation.failed', 'The questionnaire is not complete.', problems);
    if (!(await publishDraft(trx, draft.id, now.toISOString(), ctx.actor?.id ?? null)))
      return fail('questionnaire.no_draft', 'The draft was published meanwhile.');
    await recordAuditEvent(trx, ctx, now, {
      action: 'questionnaire.version_published',
      subjectType: 'instrument',
      subjectId: instrumentId,
      details: { version: draft.version },
    });
    const row = await findVersion(trx, draft.id);
    if (!row) throw new Error('The version just published is missing.');
    return ok(presentVersion(row));
  });
}

/** Instruments, a page at a time. */
export async function listQuestionnaireInstruments(
  deps: Deps,
  page: number,
  pageSize: number,
): Promise<z.infer<typeof instrumentsPage>> {
  const db = deps.db.kysely;
  const [rows, total] = await Promise.all([
    listInstruments(db, (page - 1) * pageSize, pageSize),
    countInstruments(db),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: titleOf(r),
      builtIn: r.built_in === 1,
      publishedVersion: r.published_version === null ? null : Number(r.published_version),
      hasDraft: r.has_draft,
      createdAt: r.created_at,
    })),
    total,
    page,
    pageSize,
  };
}

/** An instrument's versions, newest first, a page at a time. */
export async function listInstrumentVersions(
  deps: Deps,
  instrumentId: string,
  page: number,
  pageSize: number,
): Promise<Result<z.infer<typeof instrumentVersionsPage>>> {
  const db = deps.db.kysely;
  if (!(await findInstrument(db, instrumentId)))
    return fail('questionnaire.not_found', 'No such instrument.');
  const [rows, total] = await Promise.all([
    listVersions(db, instrumentId, (page - 1) * pageSize, pageSize),
    countVersions(db, instrumentId),
  ]);
  return ok({ items: rows.map(presentVersion), total, page, pageSize });
}
