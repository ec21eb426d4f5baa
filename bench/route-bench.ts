// What the HTTP benchmarks share: a fresh SQLite file with the real app's dependencies, a seeded
// random source, and timing GET routes through app.inject as a p50/p95/p99 table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/app/config.js';
import type { AppDeps } from '../src/app/deps.js';
import { connectDatabase } from '../src/db/client.js';
import { prepareDatabase } from '../src/db/prepare.js';
import type { App } from '../src/server/routes/types.js';
import { createMailer } from '../src/services/mail/mailer.js';
import { createAuditKeys } from '../src/services/secrets/audit-keys.js';
import { createKeyring } from '../src/services/secrets/keyring.js';

/** A migrated SQLite file in a temporary directory, and the dependencies the services need. */
export async function openBenchDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-bench-'));
  const config = loadConfig({
    SQLITE_FILE: path.join(dir, 'bench.sqlite'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const db = connectDatabase(config.database);
  await prepareDatabase(db, new Date());
  const deps: AppDeps = {
    config,
    db,
    mailer: createMailer({ smtpUrl: null, from: 'x' }),
    keyring: createKeyring([{ id: 'b', key: Buffer.alloc(32, 3) }]),
    auditKeys: createAuditKeys([{ id: 'b', key: Buffer.alloc(32, 4) }]),
    now: () => new Date(),
  };
  const remove = async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, db, deps, remove };
}

/** A seeded linear congruential generator, so every run builds the same data. */
export function seededRandom(start: number) {
  let seed = start;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return { random, pick };
}

/** Times each GET route `runs` times after `warmUp` calls; one Markdown row per route. */
export async function timeRoutes(
  app: App,
  scenarios: ReadonlyArray<readonly [name: string, url: string, cookie: string]>,
  runs: number,
  warmUp: number,
): Promise<string[]> {
  const rows: string[] = [];
  for (const [name, url, cookie] of scenarios) {
    for (let i = 0; i < warmUp; i++) await app.inject({ method: 'GET', url, headers: { cookie } });
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: { cookie } });
      times.push(performance.now() - t0);
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      count = (response.json() as { total: number }).total;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    rows.push(`| ${name} | ${count} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} |`);
  }
  return rows;
}
