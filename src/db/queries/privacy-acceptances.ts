import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** All SQL about the privacy-text versions a person accepted (privacy_acceptances, migration 0025). */

export async function insertPrivacyAcceptance(
  db: Kysely<Database>,
  row: { id: string; userId: string; version: string; locale: string; acceptedAt: string },
): Promise<boolean> {
  const result = await db
    .insertInto('privacy_acceptances')
    .values({
      id: row.id,
      user_id: row.userId,
      version: row.version,
      locale: row.locale,
      accepted_at: row.acceptedAt,
    })
    // Accepted already (by a request at the same moment): nothing to add.
    .onConflict((conflict) => conflict.columns(['user_id', 'version']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** One accepted version: on a sign-in (`account`) or with an application (`application`). */
export interface AcceptedPrivacyVersion {
  version: string;
  locale: string;
  acceptedAt: string;
  via: 'account' | 'application';
}

/**
 * Every privacy-text version an account's holder accepted, oldest first: the acceptances at sign-in
 * and the privacy consents given with the applications of the person linked to the account.
 */
export async function listAcceptedPrivacyVersions(
  db: Kysely<Database>,
  userId: string,
): Promise<AcceptedPrivacyVersion[]> {
  const [accepted, consented] = await Promise.all([
    db
      .selectFrom('privacy_acceptances')
      .select(['version', 'locale', 'accepted_at'])
      .where('user_id', '=', userId)
      .execute(),
    db
      .selectFrom('consents')
      .innerJoin('people', 'people.id', 'consents.person_id')
      .select(['consents.version', 'consents.locale', 'consents.given_at'])
      .where('people.user_id', '=', userId)
      .where('consents.kind', '=', 'privacy')
      .execute(),
  ]);
  return [
    ...accepted.map((r) => ({
      version: r.version,
      locale: r.locale,
      acceptedAt: r.accepted_at,
      via: 'account' as const,
    })),
    ...consented.map((r) => ({
      version: r.version,
      locale: r.locale,
      acceptedAt: r.given_at,
      via: 'application' as const,
    })),
  ].sort((a, b) => a.acceptedAt.localeCompare(b.acceptedAt));
}
