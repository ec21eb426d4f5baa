import { runningMentorUserIds } from '../../db/queries/cv.js';
import { findPerson } from '../../db/queries/people.js';
import {
  type CareerAction,
  type CareerRelation,
  isAuditedReader,
  mayDo,
  relationToCareer,
  runningPartnershipStatuses,
} from '../../domain/career/career-access.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import type { LoadedPerson } from '../people/load-person.js';

export interface CareerSubject {
  mentee: LoadedPerson;
  relation: CareerRelation;
}

const notFound = () => fail<never>('not_found', 'No such mentee.');

/**
 * The mentee whose CV, applications or reports the actor wants, with how the actor relates to them;
 * 404 for anyone without a relation (a mentor of another pair, a coach of another association), so
 * the existence of a record is never revealed. A relation that exists but may not do `action` is 403.
 */
export async function loadCareerSubject(
  deps: Deps,
  actor: Actor,
  menteeId: string,
  action: CareerAction,
): Promise<Result<CareerSubject>> {
  const db = deps.db.kysely;
  const mentee = await findPerson(db, menteeId);
  if (!mentee) return notFound();
  const relation = relationToCareer(actor, {
    kind: mentee.kind,
    associationId: mentee.association_id,
    menteeUserId: mentee.user_id,
    runningMentorUserIds: await runningMentorUserIds(db, menteeId, runningPartnershipStatuses),
  });
  if (!relation) return notFound();
  // Discrimination reports stay unknown to a mentor: not even "forbidden".
  if (action === 'read_report' && relation === 'mentor') return notFound();
  if (!mayDo(relation, action)) return fail('auth.forbidden', 'You are not allowed to do this.');
  return ok({ mentee, relation });
}

/** Records a read of a mentee's personal document by someone other than the mentee. */
export async function auditCareerRead(
  deps: Deps,
  ctx: RequestContext,
  subject: CareerSubject,
  action: string,
  details: Record<string, unknown> = {},
) {
  if (!isAuditedReader(subject.relation)) return;
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action,
    subjectType: 'person',
    subjectId: subject.mentee.id,
    details,
  });
}

/** The actor of a use case that needs someone signed in. */
export function actorIn(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('career use cases need a signed-in actor');
  return ctx.actor;
}
