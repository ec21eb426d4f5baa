import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/**
 * Where the database lives: the embedded SQLite file or a PostgreSQL server. db/ owns this shape;
 * the settings (app/config.ts) map the environment to it.
 */
export type DatabaseSettings =
  | { engine: 'sqlite'; file: string }
  | { engine: 'postgres'; url: string; pool?: PostgresPoolSettings };

/**
 * The PostgreSQL pool of one server: its size, and the limits that keep one slow statement or a
 * forgotten transaction from holding a connection (docs/deployment.md).
 */
export interface PostgresPoolSettings {
  max: number;
  /** A statement running longer is cancelled by the server (SQLSTATE 57014). */
  statementTimeoutMs: number;
  /** A session idle inside a transaction longer is ended by the server. */
  idleInTransactionTimeoutMs: number;
  /** Waiting longer for a free connection (or a new one) fails the request. */
  connectionTimeoutMs: number;
}

export const defaultPoolSettings: PostgresPoolSettings = {
  max: 10,
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 30_000,
  connectionTimeoutMs: 5_000,
};

// COUNT(*) and bigserial columns come back from PostgreSQL as int8; read them as numbers
// (safe far beyond any count this platform will see) so both engines return the same types.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/** The database handle every service receives: the Kysely instance and the engine behind it. */
export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

/**
 * Opens better-sqlite3 with the settings that make every acknowledged write durable:
 * WAL journal, synchronous=FULL, foreign keys on, and a busy timeout for concurrent writers.
 */
export function openSqliteFile(file: string): SQLite.Database {
  // The folder holds personal data: readable by the service account only.
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // An erasure's deleted content is overwritten, not left in free pages (docs/privacy.md).
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** Opens the database the settings name. */
export function connectDatabase(config: DatabaseSettings): Db {
  if (config.engine === 'postgres') {
    const settings = config.pool ?? defaultPoolSettings;
    const pool = new pg.Pool({
      connectionString: config.url,
      max: settings.max,
      statement_timeout: settings.statementTimeoutMs,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
      connectionTimeoutMillis: settings.connectionTimeoutMs,
    });
    // An idle connection that the server ends (restart, admin command) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, engine: 'postgres', close: () => kysely.destroy() };
  }
  const sqlite = openSqliteFile(config.file);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, engine: 'sqlite', close: () => kysely.destroy() };
}
