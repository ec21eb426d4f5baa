import type { Config } from '../../app/config.js';
import { type AppDeps, createDeps } from '../../app/deps.js';
import { prepareDatabase } from '../../db/prepare.js';
import { backupSqlite, restoreSqlite } from '../../services/backup/backup-sqlite.js';
import { reapplyErasures } from '../../services/privacy/erase-person.js';

export async function backupCommand(deps: AppDeps, to: string | undefined): Promise<number> {
  if (!to) {
    console.error('backup: --to FILE is required.');
    return 2;
  }
  if (deps.config.database.engine !== 'sqlite') {
    console.error('backup: this command copies the embedded SQLite database; for PostgreSQL use pg_dump.');
    return 2;
  }
  const { bytes } = await backupSqlite(deps.config.database.file, to);
  console.log(`Backup written to ${to} (${bytes} bytes), integrity_check ok.`);
  return 0;
}

export async function restoreCommand(config: Config, from: string | undefined): Promise<number> {
  if (!from) {
    console.error('restore: --from FILE is required.');
    return 2;
  }
  if (config.database.engine !== 'sqlite') {
    console.error(
      'restore: this command restores the embedded SQLite database; for PostgreSQL use pg_restore.',
    );
    return 2;
  }
  restoreSqlite(from, config.database.file);
  console.log(`Restored ${config.database.file} from ${from} (integrity_check ok).`);
  // A backup older than an erasure brings the erased person back: erase them again (docs/privacy.md).
  const deps = createDeps(config);
  try {
    await prepareDatabase(deps.db, deps.now());
    const { reapplied } = await reapplyErasures(deps);
    console.log(
      reapplied === 0
        ? 'No erasure of the erasure log needed re-applying. Start the server again.'
        : `Re-applied ${reapplied} erasures of ${config.erasureLogFile}. Start the server again.`,
    );
  } finally {
    await deps.db.close();
  }
  return 0;
}
