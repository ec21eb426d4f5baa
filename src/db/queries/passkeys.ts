import type { Insertable, Kysely, Selectable } from 'kysely';
import type { WebauthnPurpose } from '../../contracts/auth-vocabulary.js';
import type { Database, PasskeysTable, WebauthnChallengesTable } from '../schema.js';

export type PasskeyRow = Selectable<PasskeysTable>;
export type WebauthnChallengeRow = Selectable<WebauthnChallengesTable>;

/** All SQL about passkeys and the challenges of their ceremonies. */
export async function insertPasskey(db: Kysely<Database>, row: Insertable<PasskeysTable>): Promise<void> {
  await db.insertInto('passkeys').values(row).execute();
}

export async function listPasskeysOfUser(db: Kysely<Database>, userId: string): Promise<PasskeyRow[]> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function countPasskeysOfUser(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPasskeyByCredentialId(
  db: Kysely<Database>,
  credentialId: string,
): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
}

export async function recordPasskeyUse(
  db: Kysely<Database>,
  id: string,
  counter: number,
  usedAt: string,
): Promise<void> {
  await db.updateTable('passkeys').set({ counter, last_used_at: usedAt }).where('id', '=', id).execute();
}

export async function deletePasskey(db: Kysely<Database>, userId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('passkeys')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Stores a challenge, removing the expired ones on the way (their index keeps that cheap). */
export async function insertChallenge(
  db: Kysely<Database>,
  row: WebauthnChallengeRow,
  now: string,
): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('expires_at', '<', now).execute();
  await db.insertInto('webauthn_challenges').values(row).execute();
}

/** Takes a challenge out for its one use: it is deleted whether or not it is still valid. */
export async function takeChallenge(
  db: Kysely<Database>,
  id: string,
  purpose: WebauthnPurpose,
): Promise<WebauthnChallengeRow | undefined> {
  const row = await db
    .selectFrom('webauthn_challenges')
    .selectAll()
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (!row) return undefined;
  const deleted = await db.deleteFrom('webauthn_challenges').where('id', '=', id).executeTakeFirst();
  // Two requests racing for one challenge: only the one that deleted it may use it.
  return Number(deleted.numDeletedRows) === 1 ? row : undefined;
}

export async function markSessionReauthenticated(
  db: Kysely<Database>,
  sessionId: string,
  at: string,
): Promise<void> {
  await db.updateTable('sessions').set({ reauthenticated_at: at }).where('id', '=', sessionId).execute();
}
