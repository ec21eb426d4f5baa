import { type Kysely, sql } from 'kysely';
import type { Db } from '../../src/db/client.js';
import type { Database } from '../../src/db/schema.js';

/** The message of the database error every audit insert raises while `failAuditInserts` is on. */
export const auditRefused = 'audit insert refused by the test';

/**
 * Makes every insert into `audit_events` fail in this test's database, with a real database error
 * (a trigger, on SQLite and on PostgreSQL), not a mock: a use case that saves outside the
 * transaction of its audit event keeps its write. Returns the function that lifts it again.
 */
export async function failAuditInserts(db: Db): Promise<() => Promise<void>> {
  const k: Kysely<Database> = db.kysely;
  if (db.engine === 'sqlite') {
    await sql
      .raw(
        `CREATE TRIGGER test_audit_refused BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, '${auditRefused}'); END`,
      )
      .execute(k);
    return async () => {
      await sql.raw('DROP TRIGGER test_audit_refused').execute(k);
    };
  }
  await sql
    .raw(
      `CREATE FUNCTION test_audit_refused() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${auditRefused}'; END $$`,
    )
    .execute(k);
  await sql
    .raw(
      'CREATE TRIGGER test_audit_refused BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_audit_refused()',
    )
    .execute(k);
  return async () => {
    await sql.raw('DROP TRIGGER test_audit_refused ON audit_events').execute(k);
    await sql.raw('DROP FUNCTION test_audit_refused()').execute(k);
  };
}

/** Tables the use cases never write (reference lists seeded by the migrations): left out of snapshots. */
const referenceTables = /^(ref_|kysely_|sqlite_)/;

/**
 * Every row of every table the programme writes (audit events aside), in a stable order, so that
 * two snapshots are equal exactly when nothing was written in between.
 */
export async function snapshotTables(db: Db): Promise<Record<string, unknown[]>> {
  const k: Kysely<Database> = db.kysely;
  const names =
    db.engine === 'sqlite'
      ? (
          await sql<{
            name: string;
          }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(k)
        ).rows.map((r) => r.name)
      : (
          await sql<{
            name: string;
          }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(
            k,
          )
        ).rows.map((r) => r.name);
  const snapshot: Record<string, unknown[]> = {};
  for (const name of names) {
    if (name === 'audit_events' || referenceTables.test(name)) continue;
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(k)).rows;
    snapshot[name] = rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();
  }
  return snapshot;
}
