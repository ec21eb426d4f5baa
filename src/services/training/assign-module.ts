import { deleteAssignment, findModule, insertAssignment } from '../../db/queries/training.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { loadVisiblePerson } from '../people/load-person.js';
import { inTransaction } from '../transaction.js';

/**
 * The coach assigns a module of the person's side to a mentee or mentor of their caseload; it shows
 * on the person's path as "assigned" (after the required ones). Assigning twice changes nothing.
 */
export async function assignModule(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  personId: string,
  moduleId: string,
): Promise<Result<{ personId: string; moduleId: string; assigned: boolean }>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const person = await loadVisiblePerson(trx, actor, personId);
    if (!person.ok) return person;
    const module = await findModule(trx, moduleId);
    if (!module) return fail('training.module_not_found', 'No such module.', { field: 'moduleId' });
    if (module.audience !== 'both' && module.audience !== person.value.kind)
      return fail('training.wrong_audience', `This module is not for a ${person.value.kind}.`, {
        field: 'moduleId',
      });
    const inserted = await insertAssignment(trx, {
      person_id: personId,
      module_id: moduleId,
      assigned_by: actor.id,
      assigned_at: now.toISOString(),
    });
    if (inserted)
      await recordAuditEvent(trx, ctx, now, {
        action: 'training.assign',
        subjectType: 'person',
        subjectId: personId,
        details: { moduleId },
      });
    return ok({ personId, moduleId, assigned: true });
  });
}

/** The coach takes an assignment back. */
export async function unassignModule(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  personId: string,
  moduleId: string,
): Promise<Result<{ personId: string; moduleId: string; assigned: boolean }>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const person = await loadVisiblePerson(trx, actor, personId);
    if (!person.ok) return person;
    if (!(await deleteAssignment(trx, personId, moduleId)))
      return fail('training.not_assigned', 'This module is not assigned to this person.', {
        field: 'moduleId',
      });
    await recordAuditEvent(trx, ctx, now, {
      action: 'training.unassign',
      subjectType: 'person',
      subjectId: personId,
      details: { moduleId },
    });
    return ok({ personId, moduleId, assigned: false });
  });
}
