// Caseload list with 50,000 people on SQLite: p50/p95/p99 of the HTTP route (in-process inject, so
// routing, validation, the session check, SQL and serialisation all count; no network).
// Run: npx tsx bench/caseload.ts [people=50000] [runs=300]
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../src/db/client.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import type { Deps } from '../src/services/context.js';
import { createMailer } from '../src/services/mail/mailer.js';
import { createKeyring } from '../src/services/secrets/keyring.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../test/factories/accounts.js';

const total = Number(process.argv[2] ?? 50_000);
const runs = Number(process.argv[3] ?? 300);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-bench-'));
const config = loadConfig({
  SQLITE_FILE: path.join(dir, 'bench.sqlite'),
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '100000',
});
const db = connectDatabase(config.database);
await prepareDatabase(db, new Date());
const deps: Deps = {
  config,
  db,
  mailer: createMailer({ smtpUrl: null, from: 'x' }),
  keyring: createKeyring([{ id: 'b', key: Buffer.alloc(32, 3) }]),
  now: () => new Date(),
};

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const associations: Array<{ id: string; region: string }> = [];
for (let i = 0; i < 20; i++)
  associations.push(await buildAssociation(deps, { region: i < 6 ? 'BRU' : 'VLG' }));
const statuses = [
  'applied',
  'intake_planned',
  'assessed',
  'ready_to_match',
  'ineligible',
  'in_partnership',
  'completed',
];
const sectors = [
  ['86', 'Q'],
  ['56', 'I'],
  ['41', 'F'],
  ['62', 'J'],
  ['49', 'H'],
  ['47', 'G'],
  ['85', 'P'],
  ['88', 'Q'],
] as const;
const languages = ['ar', 'nl', 'fr', 'en', 'tr', 'ti', 'fa', 'uk', 'ro', 'ln', 'so', 'zgh'];
const first = [
  'Amina',
  'Mehmet',
  'Grace',
  'Yonas',
  'Fatima',
  'Ahmad',
  'Oksana',
  'Ionut',
  'Samira',
  'Kwame',
  'Pieter',
  'Els',
];
const last = [
  'El Idrissi',
  'Yilmaz',
  'Mbuyi',
  'Tesfaye',
  'Bakkali',
  'Rahimi',
  'Kovalenko',
  'Popescu',
  'Ouali',
  'Mensah',
  'Claes',
  'Peeters',
];

const started = performance.now();
const now = Date.now();
await db.kysely.transaction().execute(async (trx) => {
  for (let batch = 0; batch < total; batch += 500) {
    const people = [];
    const langs = [];
    for (let i = batch; i < Math.min(total, batch + 500); i++) {
      const id = randomUUID();
      const association = pick(associations);
      const [sector, section] = pick(sectors);
      const f = pick(first);
      const l = `${pick(last)} ${i}`;
      const appliedAt = new Date(now - Math.floor(random() * 700) * 86_400_000).toISOString();
      people.push({
        id,
        kind: random() < 0.7 ? 'mentee' : 'mentor',
        status: pick(statuses),
        association_id: association.id,
        region_code: association.region,
        user_id: null,
        first_name: f,
        last_name: l,
        search_name: `${f} ${l}`.toLowerCase(),
        email: `p${i}@bench.example`,
        phone: null,
        phone_key: null,
        locale: 'nl',
        postcode: '9000',
        date_of_birth: null,
        sector_code: sector,
        sector_section: section,
        eligible: 1,
        eligibility_failed: '[]',
        application: '{}',
        assessment: null,
        intake: null,
        sensitive: null,
        linked_applications: 0,
        applied_at: appliedAt,
        status_changed_at: appliedAt,
        updated_at: appliedAt,
      });
      for (const code of new Set([pick(languages), pick(languages)])) langs.push({ person_id: id, code });
    }
    await trx.insertInto('people').values(people).execute();
    await trx.insertInto('person_languages').values(langs).execute();
  }
});
console.log(`seeded ${total} people in ${Math.round(performance.now() - started)} ms`);

const app = await buildApp(deps, { logger: false, webRoot: dir });
await app.ready();
const coach = await buildUser(deps, { role: 'coach', associationId: associations[7]!.id });
const admin = await buildUser(deps, { role: 'admin' });
const coachCookie = await sessionCookieFor(deps, coach);
const adminCookie = await sessionCookieFor(deps, admin);

const scenarios: Array<[string, string, string]> = [
  ['coach, first page (newest first)', '/api/caseload', coachCookie],
  ['coach, status + language', '/api/caseload?status=ready_to_match&language=ti', coachCookie],
  [
    'coach, sector section + waiting > 90 d',
    '/api/caseload?sector=Q&minWaitingDays=90&sort=applied_asc',
    coachCookie,
  ],
  ['coach, name search', '/api/caseload?q=yilmaz', coachCookie],
  ['coach, page 20 sorted by name', '/api/caseload?page=20&sort=name_asc', coachCookie],
  ['admin, all 50k, first page', '/api/caseload', adminCookie],
  ['admin, all, status + region', '/api/caseload?status=applied&region=BRU', adminCookie],
];

const rows: string[] = [];
for (const [name, url, cookie] of scenarios) {
  for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url, headers: { cookie } });
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
console.log(
  `\n| query (${total} people, ${runs} runs each) | matches | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n${rows.join('\n')}`,
);
await app.close();
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
