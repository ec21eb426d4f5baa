import { describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../src/services/jobs/run-daily-jobs.js';
import { partnershipCadenceJob } from '../../src/services/partnerships/partnership-jobs.js';
import { buildPartnership } from '../factories/partnerships.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const day = 86_400_000;

async function emailsTo(deps: ReturnType<typeof t>['deps'], address: string) {
  return deps.db.kysely
    .selectFrom('outbox_emails')
    .select(['subject', 'created_at'])
    .where('to_address', '=', address)
    .execute();
}

describe('the daily partnership job', () => {
  it('reminds a quiet pair once a fortnight and alerts the coach once when it goes off track', async () => {
    const { deps, clock } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 0 });
    const menteeEmail = (
      await deps.db.kysely
        .selectFrom('people')
        .select('email')
        .where('id', '=', pair.mentee.id)
        .executeTakeFirstOrThrow()
    ).email;
    const runs: number[] = [];
    for (let d = 0; d < 60; d++) {
      for (const _twice of [1, 2]) {
        const [outcome] = await runDailyJobs(deps, [partnershipCadenceJob]);
        expect(outcome).toMatchObject({ ok: true });
        if (outcome?.ok && outcome.sent > 0) runs.push(d);
      }
      clock.advance(day);
    }
    const reminders = await emailsTo(deps, menteeEmail);
    expect(reminders.map((e) => e.subject)).toEqual(
      Array(5).fill('Mentor2Work: plan jullie volgende afspraak'),
    );
    const startedAt = Date.parse('2026-11-02T09:00:00.000Z');
    expect(reminders.map((e) => Math.round((Date.parse(e.created_at) - startedAt) / day))).toEqual([
      0, 14, 28, 42, 56,
    ]);
    const alerts = await emailsTo(deps, pair.coach.email);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.subject).toContain('loopt niet meer volgens plan');
    expect(Math.round((Date.parse(alerts[0]!.created_at) - startedAt) / day)).toBe(46);
    expect(runs).toEqual([0, 14, 28, 42, 46, 56]);
  });

  it('sends nothing twice when two servers run the job at the same moment', async () => {
    const { deps } = t();
    const pairs = [];
    for (let i = 0; i < 3; i++)
      pairs.push(await buildPartnership(deps, { status: 'active', startedDaysAgo: 50 }));
    const outcomes = await Promise.all([
      runDailyJobs(deps, [partnershipCadenceJob]),
      runDailyJobs(deps, [partnershipCadenceJob]),
    ]);
    const sent = outcomes.flat().reduce((sum, o) => sum + (o.ok ? o.sent : 0), 0);
    // Each pair: one reminder to each side and one alert to the coach.
    expect(sent).toBe(9);
    const total = await deps.db.kysely
      .selectFrom('outbox_emails')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(9);
  });

  it('does not remind a pair with a meeting planned in the next two weeks', async () => {
    const { deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 3 });
    await deps.db.kysely
      .updateTable('partnerships')
      .set({
        planned_starts: JSON.stringify([new Date(deps.now().getTime() + 5 * day).toISOString()]),
        last_held_at: deps.now().toISOString(),
        health_until: '',
      })
      .where('id', '=', pair.id)
      .execute();
    const [outcome] = await runDailyJobs(deps, [partnershipCadenceJob]);
    expect(outcome).toEqual({ name: 'partnership-cadence', ok: true, sent: 0 });
  });
});
