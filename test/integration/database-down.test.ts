import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDatabase, defaultPoolSettings } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import { isDatabaseUnavailable } from '../../src/server/database-errors.js';
import { call } from '../support/http.js';
import { engine, withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('when the database does not answer', () => {
  it('health and every request answer 503 with Retry-After and the error shape, not a hang or a 500', async () => {
    const { deps } = t();
    // Nothing listens on port 1: PostgreSQL is down.
    const downDb = connectDatabase({
      engine: 'postgres',
      url: 'postgres://postgres@127.0.0.1:1/none',
      pool: { ...defaultPoolSettings, connectionTimeoutMs: 1000 },
    });
    const app = await buildApp(
      { ...deps, db: downDb },
      { logger: false, webRoot: path.join(os.tmpdir(), 'm2w-no-web') },
    );
    try {
      for (const url of ['/api/health', '/api/auth/session']) {
        const response = await call(app, 'GET', url);
        expect(response.status, url).toBe(503);
        expect(response.headers['retry-after']).toBe('5');
        expect(response.body?.error.code).toBe('database.unavailable');
      }
    } finally {
      await app.close();
      await downDb.close();
    }
  });

  it.skipIf(engine !== 'postgres')('cuts a statement that runs past the statement timeout', async () => {
    const { databaseUrl } = t();
    const db = connectDatabase({
      engine: 'postgres',
      url: databaseUrl!,
      pool: { ...defaultPoolSettings, statementTimeoutMs: 200 },
    });
    try {
      const started = Date.now();
      const error = await sql`select pg_sleep(5)`.execute(db.kysely).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(4000);
      expect(isDatabaseUnavailable(error)).toBe(true);
      // The pool is fine afterwards.
      expect((await sql<{ one: number }>`select 1 as one`.execute(db.kysely)).rows[0]?.one).toBe(1);
    } finally {
      await db.close();
    }
  });
});
