import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../schema.js';

export type SessionRow = Selectable<SessionsTable>;

/** All SQL about sessions, recovery codes and known devices of an account. */
export async function insertSession(db: Kysely<Database>, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, id: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
}

export async function markSessionTwoFactorVerified(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('sessions').set({ two_factor_verified: 1 }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
}

export async function replaceRecoveryCodes(
  db: Kysely<Database>,
  userId: string,
  codes: ReadonlyArray<{ id: string; hash: string }>,
  createdAt: string,
): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(
      codes.map((c) => ({
        id: c.id,
        user_id: userId,
        code_hash: c.hash,
        created_at: createdAt,
        used_at: null,
      })),
    )
    .execute();
}

/** Marks an unused recovery code used; false when it does not exist or was used before. */
export async function consumeRecoveryCode(
  db: Kysely<Database>,
  userId: string,
  hash: string,
  usedAt: string,
) {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: usedAt })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertKnownDevice(db: Kysely<Database>, tokenHash: string, userId: string, at: string) {
  await db
    .insertInto('known_devices')
    .values({ token_hash: tokenHash, user_id: userId, created_at: at })
    .execute();
}

export async function findKnownDevice(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('known_devices').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** One page of an account's sessions, the most recently used first (index sessions_user). */
export async function listSessionsOfUser(
  db: Kysely<Database>,
  userId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: SessionRow[]; total: number }> {
  const rows = await db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Every session id of an account (a person has a handful; bounded by the absolute lifetime). */
export async function listSessionIdsOfUser(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute();
  return rows.map((row) => row.id);
}

/** Ends the sessions of an account except one; the number ended. */
export async function deleteOtherSessionsOfUser(
  db: Kysely<Database>,
  userId: string,
  keepId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '<>', keepId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
