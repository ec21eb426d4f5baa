import type { Kysely } from 'kysely';

/**
 * Passkeys (WebAuthn, docs/security.md "Passkeys"): each credential's public key, its signature
 * counter and how it may be reached; the challenges handed out for a registration or a sign-in, each
 * used once and short-lived. `sessions.reauthenticated_at` records when the person last proved it is
 * them again (password or second factor), which changing a sign-in method asks for.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('credential_id', 'text', (c) => c.notNull().unique())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'integer', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('device_type', 'text', (c) => c.notNull())
    .addColumn('backed_up', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('passkeys_user').on('passkeys').column('user_id').execute();
  await db.schema
    .createTable('webauthn_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('session_id', 'text')
    .addColumn('challenge', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webauthn_challenges_expiry')
    .on('webauthn_challenges')
    .column('expires_at')
    .execute();
  await db.schema.alterTable('sessions').addColumn('reauthenticated_at', 'text').execute();
  // Kept with each passkey added or removed, so a request's session check needs no extra query.
  await db.schema
    .alterTable('users')
    .addColumn('passkey_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
