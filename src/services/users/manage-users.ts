import type { Role } from '../../contracts/common.js';
import type { UserSummary } from '../../contracts/staff.js';
import { findAssociation } from '../../db/queries/associations.js';
import { deleteSessionsOfUser } from '../../db/queries/sessions.js';
import {
  findAssociationName,
  findUserById,
  pageUsers,
  type UserFilter,
  type UserRow,
  updateUser,
} from '../../db/queries/users.js';
import { checkAssociationForRole } from '../../domain/accounts/roles.js';
import { fail, ok } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';

export function presentUser(row: UserRow, associationName: string | null): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    associationId: row.association_id,
    associationName,
    disabled: row.disabled_at !== null,
    twoFactorEnabled: row.totp_key !== null,
    createdAt: row.created_at,
  };
}

export async function listUsers(deps: Deps, filter: UserFilter, page: number, pageSize: number) {
  const { rows, total } = await pageUsers(deps.db.kysely, filter, page, pageSize);
  return { items: rows.map((row) => presentUser(row, row.association_name)), total, page, pageSize };
}

export interface UserChanges {
  role?: Role | undefined;
  associationId?: string | null | undefined;
  disabled?: boolean | undefined;
}

/**
 * An administrator changes a staff member's role or association, or disables or re-enables an account.
 * Disabling or a role change ends every session of that account.
 */
export async function changeUser(deps: Deps, ctx: RequestContext, id: string, changes: UserChanges) {
  const now = deps.now();
  if (ctx.actor?.id === id)
    return fail('user.cannot_change_self', 'You cannot change your own role or disable yourself.');
  return inTransaction(deps, async (trx) => {
    const user = await findUserById(trx, id);
    if (!user) return fail('not_found', 'No such account.');
    const role = changes.role ?? user.role;
    const associationId =
      changes.associationId !== undefined
        ? changes.associationId
        : role === 'coach'
          ? user.association_id
          : null;
    const problem = checkAssociationForRole(role, associationId);
    if (problem)
      return fail(problem, 'This role and association do not fit together.', [
        { path: ['associationId'], code: problem, message: problem },
      ]);
    if (associationId && !(await findAssociation(trx, associationId)))
      return fail('not_found', 'No such association.', [
        { path: ['associationId'], code: 'not_found', message: 'unknown association' },
      ]);
    const disabledAt =
      changes.disabled === undefined
        ? user.disabled_at
        : changes.disabled
          ? (user.disabled_at ?? now.toISOString())
          : null;
    await updateUser(trx, id, {
      role,
      association_id: associationId,
      disabled_at: disabledAt,
      updated_at: now.toISOString(),
    });
    const roleChanged = role !== user.role || associationId !== user.association_id;
    const disabledNow = disabledAt !== null && user.disabled_at === null;
    if (roleChanged || disabledNow) await deleteSessionsOfUser(trx, id);
    if (roleChanged) {
      await recordAuditEvent(trx, ctx, now, {
        action: 'user.role_changed',
        subjectType: 'user',
        subjectId: id,
        details: {
          from: { role: user.role, associationId: user.association_id },
          to: { role, associationId },
        },
      });
    }
    if (disabledNow)
      await recordAuditEvent(trx, ctx, now, { action: 'user.disabled', subjectType: 'user', subjectId: id });
    if (disabledAt === null && user.disabled_at !== null)
      await recordAuditEvent(trx, ctx, now, { action: 'user.enabled', subjectType: 'user', subjectId: id });
    const fresh = await findUserById(trx, id);
    return ok(presentUser(fresh ?? user, await findAssociationName(trx, associationId)));
  });
}
