// Caseload list with 50,000 people on SQLite: p50/p95/p99 of the HTTP route (in-process inject, so
// routing, validation, the session check, SQL and serialisation all count; no network).
// Run: npx tsx bench/caseload.ts [people=50000] [runs=300]
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { PersonStatus } from '../src/contracts/people-vocabulary.js';
import type { Database } from '../src/db/schema.js';
import { buildApp } from '../src/server/app.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../test/factories/accounts.js';
import { openBenchDatabase, seededRandom, timeRoutes } from './route-bench.js';

const total = Number(process.argv[2] ?? 50_000);
const runs = Number(process.argv[3] ?? 300);
const { dir, db, deps, remove } = await openBenchDatabase();
const { random, pick } = seededRandom(42);

const associations: Array<{ id: string; region: string }> = [];
for (let i = 0; i < 20; i++)
  associations.push(await buildAssociation(deps, { region: i < 6 ? 'BRU' : 'VLG' }));
const statuses: PersonStatus[] = [
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
    const people: Array<Insertable<Database['people']>> = [];
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

const rows = await timeRoutes(app, scenarios, runs, 20);
console.log(
  `\n| query (${total} people, ${runs} runs each) | matches | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n${rows.join('\n')}`,
);
await app.close();
await remove();
