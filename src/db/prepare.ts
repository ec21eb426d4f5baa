import type { Db } from './client.js';
import { migrateToLatest } from './migrate.js';
import { loadReferenceData } from './seed/load-reference-data.js';

/** Brings a database up to date: pending migrations, then reference lists whose files changed. */
export async function prepareDatabase(
  db: Db,
  now: Date,
): Promise<{ migrations: string[]; referenceData: string[] }> {
  const migrations = await migrateToLatest(db);
  const referenceData = await loadReferenceData(db.kysely, now);
  return { migrations, referenceData };
}
