import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Db } from './client.js';
import { migrations } from './migrations/index.js';

/**
 * Runs every pending migration with Kysely's Migrator (which holds a lock, so two servers
 * starting together do not both migrate). Returns the names applied; throws if one fails.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const provided: Record<string, Migration> = {};
  for (const migration of migrations) {
    provided[migration.name] = { up: (k: Kysely<unknown>) => migration.up(k, db.engine) };
  }
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => provided },
    allowUnorderedMigrations: false,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
