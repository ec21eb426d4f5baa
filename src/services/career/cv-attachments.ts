import { randomUUID } from 'node:crypto';
import { cvUploadMaxBytes } from '../../contracts/career-vocabulary.js';
import {
  findAttachment,
  findAttachmentMeta,
  findVersion,
  insertAttachment,
  pageAttachments,
} from '../../db/queries/cv.js';
import { matchesDeclaredType } from '../../domain/career/document-type.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { actorIn, auditCareerRead, loadCareerSubject } from './load-mentee.js';

export interface UploadInput {
  fileName: string;
  contentType: string;
  /** base64 */
  data: string;
}

function present(row: {
  id: string;
  version_number: number;
  file_name: string;
  content_type: string;
  size: number;
  uploaded_at: string;
}) {
  return {
    id: row.id,
    versionNumber: row.version_number,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    uploadedAt: row.uploaded_at,
  };
}

/** A file name safe in a Content-Disposition header and on any file system. */
function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/\r\n"]+/g, '_').trim();
  return cleaned || 'cv';
}

/**
 * Attaches an existing CV document (PDF or DOCX, at most 5 MB) to a version. The bytes must be what
 * the declared type says (a renamed image or executable is refused) and nothing is stored otherwise.
 */
export async function uploadCvAttachment(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  number: number,
  input: UploadInput,
) {
  const actor = actorIn(ctx);
  const subject = await loadCareerSubject(deps, actor, menteeId, 'write_cv');
  if (!subject.ok) return subject;
  const version = await findVersion(deps.db.kysely, menteeId, number);
  if (!version) return fail('not_found', 'No such CV version.');
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length > cvUploadMaxBytes)
    return fail('cv.upload_too_large', 'The document is larger than 5 MB.', [
      { path: ['data'], code: 'cv.upload_too_large', message: 'larger than 5 MB' },
    ]);
  if (!matchesDeclaredType(bytes, input.contentType))
    return fail('cv.upload_type_mismatch', 'The file is not the type it claims to be.', [
      { path: ['data'], code: 'cv.upload_type_mismatch', message: `not a ${input.contentType} file` },
    ]);
  const row = {
    id: randomUUID(),
    person_id: menteeId,
    cv_version_id: version.id,
    file_name: safeFileName(input.fileName),
    content_type: input.contentType,
    size: bytes.length,
    data: bytes,
    uploaded_by: actor.id,
    uploaded_at: deps.now().toISOString(),
  };
  await inTransaction(deps, async (trx) => {
    await insertAttachment(trx, row);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'cv.document_uploaded',
      subjectType: 'person',
      subjectId: menteeId,
      details: { version: number, attachmentId: row.id, size: row.size },
    });
  });
  return ok(present({ ...row, version_number: number }));
}

export async function listCvAttachments(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  page: number,
  pageSize: number,
) {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'read');
  if (!subject.ok) return subject;
  const { items, total } = await pageAttachments(deps.db.kysely, menteeId, page, pageSize);
  return ok({ items: items.map(present), total, page, pageSize });
}

/** The document's bytes for the mentee, their running mentor and their coach; staff reads are audited. */
export async function downloadCvAttachment(
  deps: Deps,
  ctx: RequestContext,
  attachmentId: string,
): Promise<Result<{ fileName: string; contentType: string; data: Uint8Array }>> {
  const meta = await findAttachmentMeta(deps.db.kysely, attachmentId);
  if (!meta) return fail('not_found', 'No such document.');
  const subject = await loadCareerSubject(deps, actorIn(ctx), meta.person_id, 'read');
  if (!subject.ok) return fail('not_found', 'No such document.');
  const row = await findAttachment(deps.db.kysely, attachmentId);
  if (!row) return fail('not_found', 'No such document.');
  await auditCareerRead(deps, ctx, subject.value, 'cv.document_read', { attachmentId });
  return ok({ fileName: row.file_name, contentType: row.content_type, data: row.data });
}
