// Suggestions for one mentee over 10,000 screened mentors on SQLite: the time of
// GET /api/matching/suggestions through app.inject (pool load, scoring every pair, ranking).
// Run: npx tsx bench/matching/suggestions.ts [mentors=10000] [runs=30]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/app/config.js';
import type { AppDeps } from '../../src/app/deps.js';
import { connectDatabase } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import { buildApp } from '../../src/server/app.js';
import { createMailer } from '../../src/services/mail/mailer.js';
import { createAuditKeys } from '../../src/services/secrets/audit-keys.js';
import { createKeyring } from '../../src/services/secrets/keyring.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../../test/factories/accounts.js';
import { buildPerson } from '../../test/factories/people.js';

const mentors = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 30);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-suggest-'));
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
const association = await buildAssociation(deps);
const sectors = ['86', '56', '41', '49', '47', '62'];
const languages = ['nl', 'fr', 'en'];
const t0 = performance.now();
await db.kysely.transaction().execute(async (trx) => {
  const trxDeps = { ...deps, db: { ...deps.db, kysely: trx } };
  for (let i = 0; i < mentors; i++) {
    await buildPerson(trxDeps, {
      kind: 'mentor',
      associationId: association.id,
      assessment: {
        sectorCode: sectors[i % sectors.length]!,
        languages: [{ code: languages[i % 3]!, understanding: 'C1', speaking: 'B2', writing: 'B2' }],
        availability: [{ day: 1 + (i % 7), part: 'evening' }],
        postcode: ['9000', '2000', '1000', '3500'][i % 4]!,
        capacity: 1 + (i % 2),
      },
    });
  }
});
const mentee = await buildPerson(deps, { kind: 'mentee', associationId: association.id });
console.log(`seeded ${mentors} mentors in ${Math.round(performance.now() - t0)} ms`);
const app = await buildApp(deps, { logger: false, webRoot: dir });
await app.ready();
const cookie = await sessionCookieFor(
  deps,
  await buildUser(deps, { role: 'coach', associationId: association.id }),
);
const times: number[] = [];
for (let i = 0; i < runs + 3; i++) {
  const started = performance.now();
  const response = await app.inject({
    method: 'GET',
    url: `/api/matching/suggestions?personId=${mentee.id}`,
    headers: { cookie },
  });
  if (response.statusCode !== 200) throw new Error(response.body);
  if (i >= 3) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  `suggestions over ${mentors} mentors: p50 ${times[Math.floor(runs / 2)]!.toFixed(0)} ms, p95 ${times[Math.floor(runs * 0.95)]!.toFixed(0)} ms`,
);
await app.close();
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
