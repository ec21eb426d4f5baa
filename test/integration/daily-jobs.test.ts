import { describe, expect, it } from 'vitest';
import { dailyJobs } from '../../src/app/jobs.js';
import { claimOnce } from '../../src/services/jobs/claim-once.js';
import { runDailyJobs } from '../../src/services/jobs/run-daily-jobs.js';
import { sendTrainingReminders } from '../../src/services/training/training-reminders.js';
import { buildModule, buildParticipant, buildRegistration, buildSession } from '../factories/training.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function outbox(deps: ReturnType<typeof t>['deps']) {
  return deps.db.kysely.selectFrom('outbox_emails').select(['to_address', 'subject', 'text_body']).execute();
}

/** Tomorrow evening (Brussels) has two sessions; one person waits, one cancelled, one is the day after. */
async function setUp(deps: ReturnType<typeof t>['deps']) {
  // The test clock stands at 2026-12-02 09:00 UTC (10:00 in Brussels).
  deps.now = () => new Date('2026-12-02T09:00:00Z');
  const module = await buildModule(deps, {
    audience: 'mentor',
    title: { nl: 'Diversiteit en discriminatie', fr: 'Diversité et discrimination', en: 'Diversity' },
  });
  const tomorrow = await buildSession(deps, module.id, { startsAt: '2026-12-03T17:00:00Z' });
  // 23:30 UTC on the 3rd is already the 4th in Brussels: not tomorrow.
  const late = await buildSession(deps, module.id, { startsAt: '2026-12-03T23:30:00Z' });
  const anna = await buildParticipant(deps, { kind: 'mentor', associationId: null, firstName: 'Anna' });
  const claire = await buildParticipant(deps, {
    kind: 'mentor',
    associationId: null,
    firstName: 'Claire',
    locale: 'fr',
  });
  const waiting = await buildParticipant(deps, { kind: 'mentor', associationId: null, firstName: 'Wachter' });
  const gone = await buildParticipant(deps, { kind: 'mentor', associationId: null, firstName: 'Weg' });
  await buildRegistration(deps, tomorrow.id, anna.id, 'registered');
  await buildRegistration(deps, tomorrow.id, claire.id, 'registered');
  await buildRegistration(deps, tomorrow.id, waiting.id, 'waitlisted');
  await buildRegistration(deps, tomorrow.id, gone.id, 'cancelled');
  await buildRegistration(deps, late.id, anna.id, 'registered');
  return { anna, claire };
}

describe('daily jobs', () => {
  it('reminds everyone with a place in a session tomorrow once, in their language', async () => {
    const { deps } = t();
    const { claire } = await setUp(deps);
    const first = await runDailyJobs(deps, dailyJobs);
    expect(first).toEqual([
      { name: 'training-reminder', ok: true, sent: 2 },
      { name: 'partnership-cadence', ok: true, sent: 0 },
      { name: 'erasure-holds', ok: true, sent: 0 },
      { name: 'retention', ok: true, sent: 0 },
      // Today's audit events are exported tomorrow, when the day is over.
      { name: 'audit-export', ok: true, sent: 0 },
    ]);
    const emails = await outbox(deps);
    expect(emails).toHaveLength(2);
    const french = emails.find((e) => e.to_address.includes('claire'));
    expect(french?.subject).toBe('Rappel : Diversité et discrimination demain');
    expect(french?.text_body).toContain('Bonjour Claire');
    expect(french?.text_body).toContain('18:00');
    expect(emails.find((e) => e.to_address !== french?.to_address)?.subject).toBe(
      'Herinnering: Diversiteit en discriminatie morgen',
    );
    expect(claire.id).toBeTruthy();
    // Running again (a second timer tick, a second server) sends nothing new.
    expect(await runDailyJobs(deps, dailyJobs)).toEqual([
      { name: 'training-reminder', ok: true, sent: 0 },
      { name: 'partnership-cadence', ok: true, sent: 0 },
      { name: 'erasure-holds', ok: true, sent: 0 },
      { name: 'retention', ok: true, sent: 0 },
      { name: 'audit-export', ok: true, sent: 0 },
    ]);
    expect(await outbox(deps)).toHaveLength(2);
  });

  it('sends once when two runs go at the same moment', async () => {
    const { deps } = t();
    await setUp(deps);
    const results = await Promise.all([
      sendTrainingReminders(deps),
      sendTrainingReminders(deps),
      sendTrainingReminders(deps),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
    expect(await outbox(deps)).toHaveLength(2);
  });

  it('claims a key for the first caller only, also at the same moment', async () => {
    const { deps } = t();
    const now = deps.now();
    const claims = await Promise.all(
      Array.from({ length: 6 }, () => claimOnce(deps.db.kysely, 'test:one', now)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimOnce(deps.db.kysely, 'test:one', now)).toBe(false);
    expect(await claimOnce(deps.db.kysely, 'test:two', now)).toBe(true);
  });

  it('keeps running the other jobs when one fails, and reports it', async () => {
    const { deps } = t();
    const logged: string[] = [];
    const outcomes = await runDailyJobs(
      deps,
      [
        {
          name: 'broken',
          run: async () => {
            throw new Error('mail server on fire');
          },
        },
        { name: 'fine', run: async () => ({ sent: 3 }) },
      ],
      (message) => logged.push(message),
    );
    expect(outcomes).toEqual([
      { name: 'broken', ok: false, error: 'mail server on fire' },
      { name: 'fine', ok: true, sent: 3 },
    ]);
    expect(logged).toEqual(['job broken failed']);
  });
});
