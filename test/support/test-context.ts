import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import type { AppDeps } from '../../src/app/deps.js';
import { connectDatabase, type Db } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/routes/types.js';
import { createMailer } from '../../src/services/mail/mailer.js';
import { createAuditKeys } from '../../src/services/secrets/audit-keys.js';
import { createKeyring } from '../../src/services/secrets/keyring.js';

export const engine = (process.env.TEST_ENGINE ?? 'sqlite') as 'sqlite' | 'postgres';

/** A clock the test moves by hand. */
export interface TestClock {
  now: () => Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function createTestClock(start = '2026-11-02T09:00:00.000Z'): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface TestContext {
  deps: AppDeps;
  app: App;
  clock: TestClock;
  engine: 'sqlite' | 'postgres';
  /** PostgreSQL: the fresh database's address, for a second server on the same database. */
  databaseUrl?: string;
}

/** A fresh, migrated database of the engine under test: a copy of the template. */
async function freshDatabase(): Promise<{ db: Db; url?: string; dispose: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-t-'));
    const file = path.join(dir, 'db.sqlite');
    fs.copyFileSync(inject('sqliteTemplate'), file);
    const db = connectDatabase({ engine: 'sqlite', file });
    return {
      db,
      dispose: async () => {
        await db.close().catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('postgresAdminUrl');
  const template = inject('postgresTemplate');
  const name = `${template}_t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      // Two workers copying the template at the same moment: wait a little and try again.
      if (attempt > 20 || !String(error).includes('being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = connectDatabase({ engine: 'postgres', url: url.toString() });
  return {
    db,
    url: url.toString(),
    dispose: async () => {
      await db.close().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const testKey = Buffer.alloc(32, 7);
const testAuditKey = Buffer.alloc(32, 9);

/** Builds the app on a fresh database with a test clock; the SQLite and PostgreSQL runs share it. */
export async function createTestContext(
  env: Record<string, string> = {},
): Promise<TestContext & { dispose: () => Promise<void> }> {
  const { db, url: databaseUrl, dispose } = await freshDatabase();
  const clock = createTestClock();
  // Each test's exported audit files go to a folder of its own, removed with it.
  const auditExportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-audit-export-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    JOBS_INTERVAL_MINUTES: '0',
    AUDIT_SEAL_SECONDS: '0',
    AUDIT_EXPORT_DIR: auditExportDir,
    ERASURE_LOG_FILE: path.join(auditExportDir, 'erasures.log'),
    ...env,
  });
  const deps: AppDeps = {
    config,
    db,
    mailer: createMailer({ smtpUrl: null, from: config.mailFrom }),
    keyring: createKeyring([{ id: 'test', key: testKey }]),
    auditKeys: createAuditKeys([{ id: 'test', key: testAuditKey }]),
    now: clock.now,
  };
  const app = await buildApp(deps, { logger: false, webRoot: path.join(os.tmpdir(), 'm2w-no-web') });
  await app.ready();
  return {
    deps,
    app,
    clock,
    engine,
    ...(databaseUrl ? { databaseUrl } : {}),
    dispose: async () => {
      await app.close();
      await dispose();
      fs.rmSync(auditExportDir, { recursive: true, force: true });
    },
  };
}

/** Registers a fresh context per test: `const t = withTestContext(); ... t().app.inject(...)`. */
export function withTestContext(env: Record<string, string> = {}): () => TestContext {
  let current: (TestContext & { dispose: () => Promise<void> }) | null = null;
  beforeEach(async () => {
    current = await createTestContext(env);
  });
  afterEach(async () => {
    await current?.dispose();
    current = null;
  });
  return () => {
    if (!current) throw new Error('withTestContext: no test is running');
    return current;
  };
}
