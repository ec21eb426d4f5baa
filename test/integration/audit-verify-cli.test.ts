import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-context.js';

/**
 * `mentor2work audit verify` as an operator runs it: it passes on an untouched database and fails,
 * naming the event, on one where an audit row was altered; `keys rotate audit` keeps old links valid.
 */
function runCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/mentor2work.js', ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.runIf(engine === 'sqlite')('mentor2work audit verify', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-audit-cli-'));
    env = {
      SQLITE_FILE: path.join(dir, 'm2w.sqlite'),
      ENCRYPTION_KEY_FILE: path.join(dir, 'key'),
      AUDIT_KEY_FILE: path.join(dir, 'audit-key'),
      AUDIT_EXPORT_DIR: path.join(dir, 'audit-export'),
    };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes on an untouched chain, keeps passing after a key rotation, and fails on an altered row', async () => {
    expect((await runCli(['create-admin', '--email', 'one@example.org'], env)).code).toBe(0);
    const seal = await runCli(['audit', 'seal', '--settle-seconds', '0'], env);
    expect(seal).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^audit seal: [1-9]\d* events sealed\.\n$/),
    });
    const ok = await runCli(['audit', 'verify'], env);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /^audit verify: ok, [1-9]\d* links checked, 0 export files agree; 0 recent events wait/,
    );

    const rotate = await runCli(['keys', 'rotate', 'audit'], env);
    expect(rotate.code).toBe(0);
    expect(
      fs
        .readFileSync(env.AUDIT_KEY_FILE ?? '', 'utf8')
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('#')),
    ).toHaveLength(2);
    expect((await runCli(['create-admin', '--email', 'two@example.org'], env)).code).toBe(0);
    expect((await runCli(['audit', 'seal', '--settle-seconds', '0'], env)).code).toBe(0);
    expect((await runCli(['audit', 'verify'], env)).code).toBe(0);

    const sqlite = new SQLite(env.SQLITE_FILE ?? '');
    const first = sqlite.prepare('SELECT id FROM audit_events ORDER BY id LIMIT 1').get() as { id: number };
    sqlite.exec('DROP TRIGGER audit_events_no_update');
    sqlite.prepare("UPDATE audit_events SET actor_role = 'admin' WHERE id = ?").run(first.id);
    sqlite.close();
    const broken = await runCli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      `audit verify: BROKEN after 0 good links: link 1: audit event ${first.id} was altered (its columns no longer match its seal).\n`,
    );
  }, 120_000);

  it('names a bad option', async () => {
    const bad = await runCli(['audit', 'seal', '--settle-seconds', 'soon'], env);
    expect(bad).toMatchObject({
      code: 2,
      stderr: 'audit seal: --settle-seconds "soon" must be a whole number from 0 to 3600.\n',
    });
    expect((await runCli(['keys', 'rotate', 'everything'], env)).code).toBe(2);
  });
});
