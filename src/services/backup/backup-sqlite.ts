import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

function fsyncPath(target: string) {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A consistent copy of a live SQLite database (SQLite's online backup API, safe while the server
 * writes), flushed to disk with its folder before this returns.
 */
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<{ bytes: number }> {
  const target = path.resolve(targetFile);
  if (fs.existsSync(target)) throw new Error(`${target} exists already; choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const source = new SQLite(sourceFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const check = checkSqliteFile(target);
  if (!check.ok) throw new Error(`The backup failed its integrity check: ${check.problem}`);
  fsyncPath(target);
  fsyncPath(path.dirname(target));
  return { bytes: fs.statSync(target).size };
}

/** `PRAGMA integrity_check` plus a look for this platform's tables. */
export function checkSqliteFile(file: string): { ok: true } | { ok: false; problem: string } {
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') return { ok: false, problem: String(result) };
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    if (!table) return { ok: false, problem: 'not a Mentor2Work database (no migration table)' };
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database file with a checked backup. The server must be stopped: the copy is written
 * beside the target, flushed, and renamed over it in one step; stale WAL files are removed first.
 */
export function restoreSqlite(backupFile: string, databaseFile: string): void {
  const check = checkSqliteFile(backupFile);
  if (!check.ok) throw new Error(`${backupFile} cannot be restored: ${check.problem}`);
  const target = path.resolve(databaseFile);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.restoring`;
  fs.copyFileSync(backupFile, temporary);
  fsyncPath(temporary);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temporary, target);
  fsyncPath(path.dirname(target));
}
