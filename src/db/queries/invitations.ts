import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../contracts/base-vocabulary.js';
import type { Database, InvitationsTable, PasswordResetsTable } from '../schema.js';

export type InvitationRow = Selectable<InvitationsTable>;
export type PasswordResetRow = Selectable<PasswordResetsTable>;

/** All SQL about single-use links: invitations and password resets. */
export async function insertInvitation(db: Kysely<Database>, row: InvitationRow): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

export async function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .leftJoin('associations', 'associations.id', 'invitations.association_id')
    .selectAll('invitations')
    .select('associations.name as association_name')
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findInvitation(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('invitations')
    .leftJoin('associations', 'associations.id', 'invitations.association_id')
    .selectAll('invitations')
    .select('associations.name as association_name')
    .where('invitations.id', '=', id)
    .executeTakeFirst();
}

/** Consumes a pending invitation; false if another request consumed or revoked it first. */
export async function markInvitationAccepted(db: Kysely<Database>, id: string, userId: string, at: string) {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: at, accepted_user_id: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markInvitationRevoked(db: Kysely<Database>, id: string, at: string) {
  await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .execute();
}

export async function countPendingInvitations(db: Kysely<Database>, nowIso: string, role?: Role) {
  let query = db
    .selectFrom('invitations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso);
  if (role) query = query.where('role', '=', role);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function pageInvitations(db: Kysely<Database>, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('invitations')
      .leftJoin('associations', 'associations.id', 'invitations.association_id')
      .selectAll('invitations')
      .select('associations.name as association_name')
      .orderBy('invitations.created_at', 'desc')
      .orderBy('invitations.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('invitations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertPasswordReset(db: Kysely<Database>, row: PasswordResetRow): Promise<void> {
  await db.insertInto('password_resets').values(row).execute();
}

export async function findPasswordResetByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function markPasswordResetUsed(db: Kysely<Database>, id: string, at: string) {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new reset link makes the older unused ones of the same account useless. */
export async function expireOpenPasswordResets(db: Kysely<Database>, userId: string, at: string) {
  await db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}
