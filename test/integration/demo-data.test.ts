import { describe, expect, it } from 'vitest';
import { cliContext } from '../../src/services/context.js';
import { addDemoData } from '../../src/services/demo/demo-data.js';
import { healthScreen } from '../../src/services/partnerships/health-screen.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('demo data', () => {
  it('adds associations, coaches, a funder and people in every status before matching, once', async () => {
    const { deps } = t();
    const first = await addDemoData(deps, cliContext);
    expect(first.accounts.length).toBeGreaterThanOrEqual(10);
    expect(first.people).toBeGreaterThanOrEqual(30);
    const statuses = await deps.db.kysely
      .selectFrom('people')
      .select(['kind', 'status'])
      .distinct()
      .orderBy('kind')
      .orderBy('status')
      .execute();
    expect(statuses.map((s) => `${s.kind}:${s.status}`)).toEqual([
      'mentee:applied',
      'mentee:assessed',
      'mentee:completed',
      'mentee:in_partnership',
      'mentee:ineligible',
      'mentee:intake_planned',
      'mentee:ready_to_match',
      'mentor:accepted',
      'mentor:applied',
      'mentor:declined',
      'mentor:in_partnership',
      'mentor:intake_planned',
    ]);
    const second = await addDemoData(deps, cliContext);
    expect({
      accounts: second.accounts.length,
      people: second.people,
      modules: second.modules,
      partnerships: second.partnerships,
    }).toEqual({ accounts: 0, people: 0, modules: 0, partnerships: 0 });
    expect(first.modules).toBe(6);
    const required = await deps.db.kysely
      .selectFrom('training_modules')
      .select('code')
      .where('required_for_matching', '=', 1)
      .execute();
    expect(required).toEqual([{ code: 'diversity' }]);
  });

  it('brings partnerships in every state and every health, with months of meetings', async () => {
    const { deps } = t();
    await addDemoData(deps, cliContext);
    const statuses = await deps.db.kysely
      .selectFrom('partnerships')
      .select('status')
      .distinct()
      .orderBy('status')
      .execute();
    expect(statuses.map((s) => s.status)).toEqual([
      'active',
      'closing',
      'completed',
      'declined',
      'ended_early',
      'introduced',
      'proposed',
    ]);
    const admin = { id: 'demo-test', role: 'admin' as const, associationId: null, name: 'Admin' };
    const screen = await healthScreen(deps, cliContext, admin, { page: 1, pageSize: 100 });
    if (!screen.ok) throw new Error(screen.error.code);
    expect(screen.value.counts.on_track).toBeGreaterThan(0);
    expect(screen.value.counts.at_risk).toBeGreaterThan(0);
    expect(screen.value.counts.off_track).toBeGreaterThan(0);
    const rules = new Set(screen.value.items.map((i) => i.health.rule));
    for (const rule of [
      'no_meeting_45_days',
      'last_month_short',
      'end_date_passed',
      'introduction_overdue',
      'closing',
    ])
      expect(rules).toContain(rule);
    const meetings = await deps.db.kysely
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(meetings.n)).toBeGreaterThan(40);
    // Meetings of the last days that the pairs have not logged yet: the coach's to-do shows them.
    const now = deps.now().getTime();
    const toLog = await deps.db.kysely
      .selectFrom('meetings')
      .select('starts_at')
      .where('status', '=', 'planned')
      .where('starts_at', '<=', new Date(now).toISOString())
      .execute();
    expect(toLog.length).toBeGreaterThanOrEqual(2);
    for (const m of toLog) expect(now - Date.parse(m.starts_at)).toBeLessThan(7 * 86_400_000);
    // The completed pair held its evaluation meeting.
    const evaluation = await deps.db.kysely
      .selectFrom('meetings')
      .innerJoin('partnerships', 'partnerships.id', 'meetings.partnership_id')
      .select('meetings.status')
      .where('partnerships.status', '=', 'completed')
      .where('meetings.kind', '=', 'evaluation')
      .execute();
    expect(evaluation.map((e) => e.status)).toEqual(['held']);
  });
});

describe('demo training material', () => {
  it('gives the self-study module clean pages in three languages and the mentor network an evening', async () => {
    const { deps } = t();
    await addDemoData(deps, cliContext);
    const pages = await deps.db.kysely
      .selectFrom('training_pages')
      .innerJoin('training_modules', 'training_modules.id', 'training_pages.module_id')
      .select(['training_modules.code', 'training_modules.format', 'training_pages.body'])
      .orderBy('training_pages.position')
      .execute();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect(page).toMatchObject({ code: 'talents-cv', format: 'self_study' });
      const body = JSON.parse(page.body) as Record<string, string>;
      expect(Object.keys(body).sort()).toEqual(['en', 'fr', 'nl']);
      expect(body.nl).toMatch(/<p>/);
    }
    const evening = await deps.db.kysely
      .selectFrom('training_sessions')
      .innerJoin('training_modules', 'training_modules.id', 'training_sessions.module_id')
      .select(['training_modules.kind', 'training_sessions.starts_at'])
      .where('training_modules.code', '=', 'mentor-network')
      .where('training_sessions.starts_at', '>', deps.now().toISOString())
      .execute();
    expect(evening).toEqual([expect.objectContaining({ kind: 'network_event' })]);
  });
});
