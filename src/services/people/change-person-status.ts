import { randomUUID } from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { PersonKind, PersonStatus } from '../../contracts/people-vocabulary.js';
import { insertStatusChange, updatePerson } from '../../db/queries/people.js';
import type { Database, PeopleTable } from '../../db/schema.js';
import { canChangeStatus, type PersonStep } from '../../domain/people/person-lifecycle.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { RequestContext } from '../context.js';

/** One status change of a person, as the use case decided it (domain/people). */
export interface PersonStatusChange {
  /** The person as read in the caller's transaction. */
  person: { id: string; kind: PersonKind; status: PersonStatus };
  step: PersonStep;
  to: PersonStatus;
  actorId: string | null;
  reasonCode?: string | null | undefined;
  reasonText?: string | null | undefined;
  /** Other columns of the person saved in the same update (the intake, the association ...). */
  alongside?: Omit<Updateable<PeopleTable>, 'id' | 'status' | 'status_changed_at' | 'updated_at'>;
}

/** A step the lifecycle table does not allow: the use case decided wrongly, a bug, not a user error. */
export class InvalidPersonTransition extends Error {}

/**
 * The one writer of people.status: checks the step against the lifecycle table
 * (domain/people/person-lifecycle.ts), saves the status with when it changed, adds the history row
 * and the audit event `person.status_changed`, all in the caller's transaction.
 */
export async function changePersonStatus(
  trx: Kysely<Database>,
  ctx: RequestContext,
  now: Date,
  change: PersonStatusChange,
): Promise<void> {
  const { person, step, to } = change;
  if (!canChangeStatus(person.kind, step, person.status, to))
    throw new InvalidPersonTransition(
      `A ${person.kind} cannot go from ${person.status} to ${to} by the step ${step}.`,
    );
  const iso = now.toISOString();
  await updatePerson(trx, person.id, {
    ...change.alongside,
    status: to,
    status_changed_at: iso,
    updated_at: iso,
  });
  await insertStatusChange(trx, {
    id: randomUUID(),
    personId: person.id,
    from: person.status,
    to,
    at: iso,
    actorId: change.actorId,
    reasonCode: change.reasonCode ?? null,
    reasonText: change.reasonText ?? null,
  });
  await recordAuditEvent(trx, ctx, now, {
    action: 'person.status_changed',
    subjectType: 'person',
    subjectId: person.id,
    details: { from: person.status, to, step },
  });
}
