import type { Kysely } from 'kysely';
import type { Engine } from '../client.js';
import { protectAppendOnly } from './0001-foundation.js';

/**
 * The tamper-evident audit chain (docs/decisions/011-audit-chain.md): one seal per audit event, in
 * event order, each an HMAC over the previous seal and the event under a key kept outside the
 * database. Append-only like the events themselves.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('audit_seals')
    .addColumn('seq', engine === 'postgres' ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('event_id', engine === 'postgres' ? 'bigint' : 'integer', (c) =>
      c.notNull().unique().references('audit_events.id'),
    )
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('sealed_at', 'text', (c) => c.notNull())
    .execute();
  await protectAppendOnly(db, engine, 'audit_seals');
}
