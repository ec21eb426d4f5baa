import { prepareDatabase } from '../../db/prepare.js';
import type { Deps } from '../../services/context.js';

export async function migrateCommand(deps: Deps): Promise<number> {
  const { migrations, referenceData } = await prepareDatabase(deps.db, deps.now());
  console.log(migrations.length ? `Applied: ${migrations.join(', ')}` : 'The database schema is up to date.');
  if (referenceData.length) console.log(`Reference data loaded: ${referenceData.join(', ')}`);
  return 0;
}
