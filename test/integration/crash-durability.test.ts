import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { connectDatabase } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import type { Deps } from '../../src/services/context.js';
import { createMailer } from '../../src/services/mail/mailer.js';
import { loadOrCreateAuditKeys } from '../../src/services/secrets/audit-keys.js';
import { loadOrCreateKeyring } from '../../src/services/secrets/keyring.js';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { engine } from '../support/test-context.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

// The real server process on a real SQLite file, killed with SIGKILL in the middle of a stream of writes.
describe.skipIf(engine !== 'sqlite')('crash durability (SQLite, WAL, synchronous=FULL)', () => {
  it('loses no acknowledged write when the server is killed with SIGKILL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-crash-'));
    const env = {
      SQLITE_FILE: path.join(dir, 'db.sqlite'),
      ENCRYPTION_KEY_FILE: path.join(dir, 'key'),
      AUDIT_KEY_FILE: path.join(dir, 'audit-key'),
      AUDIT_EXPORT_DIR: path.join(dir, 'audit-export'),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    };
    const config = loadConfig(env);
    const db = connectDatabase(config.database);
    await prepareDatabase(db, new Date());
    const deps: Deps = {
      config,
      db,
      mailer: createMailer({ smtpUrl: null, from: config.mailFrom }),
      keyring: loadOrCreateKeyring(config.encryptionKeyFile),
      auditKeys: loadOrCreateAuditKeys(config.auditKeyFile),
      now: () => new Date(),
    };
    const cookie = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    await db.close();

    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/api/health`, child);

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const response = await fetch(`${base}/api/associations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: base, cookie },
            body: JSON.stringify({ name: `Vereniging ${lane}-${i}`, region: 'VLG' }),
          });
          if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 300) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(lanes);
    await exited;

    const file = new SQLite(env.SQLITE_FILE);
    try {
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(
        (file.prepare('SELECT id FROM associations').all() as Array<{ id: string }>).map((r) => r.id),
      );
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(300);
      expect(lost).toEqual([]);
    } finally {
      file.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
