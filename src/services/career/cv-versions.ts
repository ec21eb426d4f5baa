import { randomUUID } from 'node:crypto';
import type { Locale } from '../../contracts/common.js';
import { type CvContent, type CvVersion, cvContentSchema } from '../../contracts/cv.js';
import {
  findVersion,
  insertVersion,
  latestVersionNumber,
  pageVersions,
  skillLabels,
} from '../../db/queries/cv.js';
import { checkCv, isUpToDate, nextVersionNumber } from '../../domain/career/check-cv.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { checkReferenceCodes } from '../reference/check-codes.js';
import { inTransaction } from '../transaction.js';
import { contactDetailsOf, prefillCv } from './cv-prefill.js';
import { actorIn, auditCareerRead, loadCareerSubject } from './load-mentee.js';

type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

/** One version as the API shows it, with the ESCO skills' labels in the reader's language. */
export async function presentVersion(deps: Deps, row: VersionRow, lang: Locale): Promise<CvVersion> {
  const content = cvContentSchema.parse(JSON.parse(row.content));
  return {
    id: row.id,
    number: row.number,
    createdAt: row.created_at,
    createdByName: row.created_by_name ?? null,
    content,
    skillLabels: await skillLabels(deps.db.kysely, content.skills.esco, lang),
  };
}

/**
 * The mentee's current CV (the latest version) with who the reader is to them, or without a version
 * the pre-filled first one; audited for staff.
 */
export async function getCvOverview(deps: Deps, ctx: RequestContext, menteeId: string, lang: Locale) {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'read');
  if (!subject.ok) return subject;
  const { mentee, relation } = subject.value;
  const latest = await latestVersionNumber(deps.db.kysely, mentee.id);
  const row = latest === null ? undefined : await findVersion(deps.db.kysely, mentee.id, latest);
  await auditCareerRead(deps, ctx, subject.value, 'cv.read', { version: latest });
  const draft = row ? null : await prefillCv(deps.db.kysely, mentee);
  return ok({
    mentee: {
      id: mentee.id,
      name: `${mentee.first_name} ${mentee.last_name}`,
      sectorSection: mentee.sector_section,
    },
    relation,
    current: row ? await presentVersion(deps, row, lang) : null,
    draft: draft
      ? { ...draft, skillLabels: await skillLabels(deps.db.kysely, draft.skills.esco, lang) }
      : null,
    contactDetails: await contactDetailsOf(deps.db.kysely, mentee),
  });
}

/** One version, old or current; audited for staff. */
export async function getCvVersion(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  number: number,
  lang: Locale,
): Promise<Result<CvVersion>> {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'read');
  if (!subject.ok) return subject;
  const row = await findVersion(deps.db.kysely, menteeId, number);
  if (!row) return fail('not_found', 'No such CV version.');
  await auditCareerRead(deps, ctx, subject.value, 'cv.read', { version: number });
  return ok(await presentVersion(deps, row, lang));
}

export async function listCvVersions(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  page: number,
  pageSize: number,
) {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'read');
  if (!subject.ok) return subject;
  const { items, total } = await pageVersions(deps.db.kysely, menteeId, page, pageSize);
  return ok({
    items: items.map((r) => ({
      id: r.id,
      number: r.number,
      createdAt: r.created_at,
      createdByName: r.created_by_name ?? null,
    })),
    total,
    page,
    pageSize,
  });
}

/**
 * Saves a new version (the next number). Versions never change; an editor that started from an
 * older version than the latest gets a 409 instead of hiding someone else's save.
 */
export async function saveCvVersion(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  input: { basedOn: number | null; content: CvContent },
  lang: Locale,
): Promise<Result<CvVersion>> {
  const actor = actorIn(ctx);
  const subject = await loadCareerSubject(deps, actor, menteeId, 'write_cv');
  if (!subject.ok) return subject;
  const problems = checkCv(input.content);
  const checked = await checkReferenceCodes(deps.db.kysely, {
    skills: input.content.skills.esco.map((uri, i) => ({
      path: ['content', 'skills', 'esco', i],
      value: uri,
    })),
  });
  problems.push(...checked.problems);
  if (problems.length) return fail('validation.failed', 'Some parts of the CV need another look.', problems);
  const now = deps.now().toISOString();
  const saved = await inTransaction(deps, async (trx) => {
    const latest = await latestVersionNumber(trx, menteeId);
    if (!isUpToDate(input.basedOn, latest))
      return fail<number>('cv.version_conflict', `Version ${latest} was saved in the meantime.`, {
        latest,
      });
    const number = nextVersionNumber(latest);
    await insertVersion(trx, {
      id: randomUUID(),
      person_id: menteeId,
      number,
      content: JSON.stringify(input.content),
      created_by: actor.id,
      created_at: now,
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'cv.version_saved',
      subjectType: 'person',
      subjectId: menteeId,
      details: { version: number },
    });
    return ok(number);
  }).catch((error: unknown) => {
    // Two saves at the same moment: the unique (person, number) lets one win.
    if (String(error).match(/unique|UNIQUE/)) return fail<number>('cv.version_conflict', 'Saved twice.');
    throw error;
  });
  if (!saved.ok) return saved;
  const row = await findVersion(deps.db.kysely, menteeId, saved.value);
  return ok(await presentVersion(deps, row!, lang));
}
