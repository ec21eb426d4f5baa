import { migrateToLatest } from '../../db/migrate.js';
import type { Deps } from '../../services/context.js';

export async function migrateCommand(deps: Deps): Promise<number> {
  const applied = await migrateToLatest(deps.db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  return 0;
}
