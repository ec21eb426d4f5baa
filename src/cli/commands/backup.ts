import type { Config } from '../../app/config.js';
import type { AppDeps } from '../../app/deps.js';
import { backupSqlite, restoreSqlite } from '../../services/backup/backup-sqlite.js';

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

export function restoreCommand(config: Config, from: string | undefined): number {
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
  console.log(`Restored ${config.database.file} from ${from} (integrity_check ok). Start the server again.`);
  return 0;
}
