import type { Db } from './client.js';
import { migrateToLatest } from './migrate.js';
import { loadBuiltInInstruments } from './seed/load-built-in-instruments.js';
import { loadQuestionnaires } from './seed/load-questionnaires.js';
import { loadReferenceData } from './seed/load-reference-data.js';

/**
 * Brings a database up to date: pending migrations, reference lists whose files changed, and the
 * questionnaire versions and built-in instruments not yet published.
 */
export async function prepareDatabase(
  db: Db,
  now: Date,
): Promise<{ migrations: string[]; referenceData: string[] }> {
  const migrations = await migrateToLatest(db);
  const referenceData = await loadReferenceData(db.kysely, db.engine, now);
  await loadQuestionnaires(db, now);
  await loadBuiltInInstruments(db.kysely, now);
  return { migrations, referenceData };
}
