// The coach's health screen with 10,000 partnerships and 500,000 meetings on SQLite: p50/p95/p99 of
// the HTTP route (in-process inject: routing, validation, session, refreshing expired stored health,
// counting, the page query, serialisation and the audit event all count; no network).
// Run: npx tsx bench/health-screen.ts [partnerships=10000] [meetingsEach=50] [runs=200]
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { PartnershipStatus } from '../src/contracts/partnership-vocabulary.js';
import type { PersonKind } from '../src/contracts/people-vocabulary.js';
import type { Database } from '../src/db/schema.js';
import { buildApp } from '../src/server/app.js';
import { rebuildMeetingSummary } from '../src/services/partnerships/meetings.js';
import { refreshStaleHealth } from '../src/services/partnerships/refresh-health.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../test/factories/accounts.js';
import { openBenchDatabase, seededRandom, timeRoutes } from './route-bench.js';

const total = Number(process.argv[2] ?? 10_000);
const meetingsEach = Number(process.argv[3] ?? 50);
const runs = Number(process.argv[4] ?? 200);
const { dir, db, deps, remove } = await openBenchDatabase();
const { random, pick } = seededRandom(7);
const day = 86_400_000;
const now = Date.now();

const associations: Array<{ id: string }> = [];
for (let i = 0; i < 20; i++)
  associations.push(await buildAssociation(deps, { region: i < 6 ? 'BRU' : 'VLG' }));
const coaches: Array<{ id: string }> = [];
for (const a of associations) coaches.push(await buildUser(deps, { role: 'coach', associationId: a.id }));

function person(kind: PersonKind, associationId: string, i: number): Insertable<Database['people']> {
  const at = new Date(now - 300 * day).toISOString();
  return {
    id: randomUUID(),
    kind,
    status: 'in_partnership',
    association_id: associationId,
    region_code: 'VLG',
    user_id: null,
    first_name:
      kind === 'mentee'
        ? pick(['Amina', 'Yonas', 'Oksana', 'Mehmet'])
        : pick(['Els', 'Pieter', 'Sofie', 'Karim']),
    last_name: `Bench ${i}`,
    search_name: `bench ${i}`,
    email: `${kind}${i}@bench.example`,
    phone: null,
    phone_key: null,
    locale: 'nl',
    postcode: '9000',
    date_of_birth: null,
    sector_code: '86',
    sector_section: 'Q',
    eligible: 1,
    eligibility_failed: '[]',
    application: '{}',
    assessment: null,
    intake: null,
    sensitive: null,
    linked_applications: 0,
    applied_at: at,
    status_changed_at: at,
    updated_at: at,
  };
}

const started = performance.now();
const ids: string[] = [];
await db.kysely.transaction().execute(async (trx) => {
  for (let batch = 0; batch < total; batch += 200) {
    const people: Array<Insertable<Database['people']>> = [];
    const partnerships: Array<Insertable<Database['partnerships']>> = [];
    const meetings: Array<Insertable<Database['meetings']>> = [];
    for (let i = batch; i < Math.min(total, batch + 200); i++) {
      const a = Math.floor(random() * associations.length);
      const mentee = person('mentee', associations[a]!.id, i);
      const mentor = person('mentor', associations[a]!.id, i);
      people.push(mentee, mentor);
      const status = pick<PartnershipStatus>([
        'active',
        'active',
        'active',
        'active',
        'active',
        'closing',
        'introduced',
        'proposed',
        'completed',
      ]);
      const startedAt = now - Math.floor(random() * 240) * day;
      const id = randomUUID();
      ids.push(id);
      partnerships.push({
        id,
        mentee_id: mentee.id,
        mentor_id: mentor.id,
        association_id: associations[a]!.id,
        run_id: null,
        status,
        score: random(),
        override_reason: null,
        proposed_by: null,
        coach_id: coaches[a]!.id,
        proposed_at: new Date(startedAt - 20 * day).toISOString(),
        started_at:
          status === 'proposed' || status === 'introduced' ? null : new Date(startedAt).toISOString(),
        planned_end_at: new Date(startedAt + 182 * day).toISOString(),
        updated_at: new Date(startedAt).toISOString(),
      });
      // Meetings spread over the partnership's life; a quiet pair stops early.
      const quietAfter = random() < 0.2 ? Math.floor(random() * meetingsEach) : meetingsEach;
      for (let m = 0; m < meetingsEach; m++) {
        const at = startedAt + m * 4.5 * day + Math.floor(random() * 2 * day);
        const past = at < now;
        meetings.push({
          id: randomUUID(),
          partnership_id: id,
          kind: m === 0 ? 'introduction' : 'regular',
          starts_at: new Date(at).toISOString(),
          duration_minutes: 60,
          place: 'Gent',
          video_url: null,
          topic: null,
          application_id: null,
          status: past ? (m < quietAfter ? 'held' : 'not_held') : m < quietAfter ? 'planned' : 'cancelled',
          planned_by: null,
          planned_at: new Date(at - 7 * day).toISOString(),
          logged_by: null,
          logged_at: past ? new Date(at + 3_600_000).toISOString() : null,
          held_minutes: past ? 60 : null,
          topics: '["cv"]',
          shared_notes: null,
          updated_at: new Date(at).toISOString(),
        });
      }
    }
    await trx.insertInto('people').values(people).execute();
    await trx.insertInto('partnerships').values(partnerships).execute();
    for (let m = 0; m < meetings.length; m += 1000)
      await trx
        .insertInto('meetings')
        .values(meetings.slice(m, m + 1000))
        .execute();
  }
  for (const id of ids) await rebuildMeetingSummary(trx, id, new Date());
});
console.log(
  `seeded ${total} partnerships and ${total * meetingsEach} meetings in ${Math.round(performance.now() - started)} ms`,
);

// The first read after local midnight, when every active pair's stored health has expired (the
// jobs normally refresh them before anyone reads): how long recomputing all of them takes.
{
  await db.kysely.updateTable('partnerships').set({ health_until: '' }).execute();
  const t0 = performance.now();
  const refreshed = await refreshStaleHealth(deps, {}, new Date());
  console.log(
    `recomputing the stored health of all ${refreshed} partnerships: ${Math.round(performance.now() - t0)} ms`,
  );
}

const app = await buildApp(deps, { logger: false, webRoot: dir });
await app.ready();
const coachCookie = await sessionCookieFor(deps, coaches[3]!);
const adminCookie = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
const scenarios: Array<[string, string, string]> = [
  ['coach, own association, first page', '/api/partnerships/health', coachCookie],
  [
    'coach, only my pairs, off track',
    `/api/partnerships/health?coachId=${coaches[3]!.id}&state=off_track`,
    coachCookie,
  ],
  ['admin, all partnerships, first page', '/api/partnerships/health', adminCookie],
  ['admin, all, at risk, page 5', '/api/partnerships/health?state=at_risk&page=5', adminCookie],
];
const rows = await timeRoutes(app, scenarios, runs, 10);
console.log(
  `\n| health screen (${total} partnerships, ${total * meetingsEach} meetings, ${runs} runs each) | rows | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n${rows.join('\n')}`,
);
await app.close();
await remove();
