import { randomUUID } from 'node:crypto';
import type { CvSection } from '../../contracts/career-vocabulary.js';
import { type CvComment, cvContentSchema } from '../../contracts/cv.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import {
  findComment,
  findVersion,
  insertComment,
  pageComments,
  setCommentDone,
} from '../../db/queries/cv.js';
import { commentTargetExists } from '../../domain/career/check-cv.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { actorIn, auditCareerRead, loadCareerSubject } from './load-mentee.js';

type CommentRow = Awaited<ReturnType<typeof pageComments>>['items'][number];

function present(row: CommentRow): CvComment {
  return {
    id: row.id,
    versionNumber: row.version_number,
    section: row.section,
    itemIndex: row.item_index,
    body: row.body,
    authorName: row.author_name ?? null,
    authorRole: row.author_role,
    createdAt: row.created_at,
    doneAt: row.done_at,
  };
}

/** Every comment on every version of the mentee's CV, newest first (old versions keep theirs). */
export async function listCvComments(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  page: number,
  pageSize: number,
) {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'read');
  if (!subject.ok) return subject;
  const { items, total } = await pageComments(deps.db.kysely, menteeId, page, pageSize);
  await auditCareerRead(deps, ctx, subject.value, 'cv.comments_read');
  return ok({ items: items.map(present), total, page, pageSize });
}

/** What a mentor or coach writes on one part of a CV version. */
export interface AddCvCommentInput {
  section: CvSection;
  itemIndex?: number | undefined;
  body: string;
}

/** The mentor or the coach comments on one section (or one job, one diploma) of a version. */
export async function addCvComment(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  number: number,
  input: AddCvCommentInput,
): Promise<Result<CvComment>> {
  const actor = actorIn(ctx);
  const subject = await loadCareerSubject(deps, actor, menteeId, 'comment');
  if (!subject.ok) return subject;
  const version = await findVersion(deps.db.kysely, menteeId, number);
  if (!version) return fail('not_found', 'No such CV version.');
  const content = parseStoredJson(cvContentSchema, version.content, 'CV content');
  if (!commentTargetExists(content, input.section, input.itemIndex))
    return fail('validation.failed', 'This part of the CV does not exist in this version.', [
      { path: ['itemIndex'], code: 'cv.no_such_item', message: 'no such item in this section' },
    ]);
  const now = deps.now().toISOString();
  const row = {
    id: randomUUID(),
    person_id: menteeId,
    cv_version_id: version.id,
    section: input.section,
    item_index: input.itemIndex ?? null,
    body: input.body,
    author_id: actor.id,
    author_role: actor.role,
    created_at: now,
    done_at: null,
    done_by: null,
  };
  await inTransaction(deps, async (trx) => {
    await insertComment(trx, row);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'cv.commented',
      subjectType: 'person',
      subjectId: menteeId,
      details: { version: number, section: input.section },
    });
  });
  return ok(present({ ...row, version_number: number, author_name: actor.name }));
}

/** The mentee marks a comment done, or undoes that. */
export async function markCvComment(
  deps: Deps,
  ctx: RequestContext,
  commentId: string,
  done: boolean,
): Promise<Result<CvComment>> {
  const actor = actorIn(ctx);
  const comment = await findComment(deps.db.kysely, commentId);
  if (!comment) return fail('not_found', 'No such comment.');
  const subject = await loadCareerSubject(deps, actor, comment.person_id, 'resolve_comment');
  if (!subject.ok)
    return subject.error.code === 'not_found' ? fail('not_found', 'No such comment.') : subject;
  const at = done ? deps.now().toISOString() : null;
  await setCommentDone(deps.db.kysely, commentId, at, done ? actor.id : null);
  return ok(
    present({
      ...comment,
      done_at: at,
      done_by: done ? actor.id : null,
    }),
  );
}
