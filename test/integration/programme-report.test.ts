import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReportMeasure, reportMeasures } from '../../src/contracts/report-vocabulary.js';
import { updatePartnership } from '../../src/db/queries/partnerships.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { cliContext } from '../../src/services/context.js';
import { programmeReport } from '../../src/services/reports/programme-report.js';
import { reportCsv } from '../../src/services/reports/report-files.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { linkPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
type Deps = ReturnType<typeof t>['deps'];

/** How far one generated mentee came, as a coach would have recorded it. */
interface MenteeSpec {
  region: 'BRU' | 'VLG' | 'WAL' | null;
  inPeriod: boolean;
  stage:
    | 'applied'
    | 'ineligible'
    | 'assessed'
    | 'proposed'
    | 'active'
    | 'completed_job'
    | 'completed'
    | 'ended_early'
    | 'ended_found_work'
    | 'declined';
}

const stages: MenteeSpec['stage'][] = [
  'applied',
  'ineligible',
  'assessed',
  'proposed',
  'active',
  'completed_job',
  'completed',
  'ended_early',
  'ended_found_work',
  'declined',
];

/** The expected counts, from the specs alone (docs/reports.md, "Measures"), not from the database. */
function expectedCounts(specs: readonly MenteeSpec[], region: string | null | 'all') {
  const counts = Object.fromEntries(reportMeasures.map((m) => [m, 0])) as Record<ReportMeasure, number>;
  for (const s of specs) {
    if (!s.inPeriod) continue;
    if (region !== 'all' && (s.region ?? 'unknown') !== region) continue;
    counts.applied += 1;
    if (s.stage === 'applied' || s.stage === 'ineligible') {
      if (s.stage === 'applied') counts.eligible += 1;
      continue;
    }
    counts.eligible += 1;
    counts.intakeDone += 1;
    if (s.stage === 'assessed') continue;
    counts.matched += 1;
    if (s.stage === 'proposed' || s.stage === 'declined') continue;
    counts.active += 1;
    if (s.stage === 'completed' || s.stage === 'completed_job') counts.completed += 1;
    if (s.stage === 'ended_early' || s.stage === 'ended_found_work') counts.endedEarly += 1;
    if (s.stage === 'completed_job' || s.stage === 'ended_found_work') counts.inWorkAtEnd += 1;
  }
  return counts;
}

/** Puts the mentees in the database the way the cycle leaves them. */
async function seed(deps: Deps, specs: readonly MenteeSpec[]) {
  const association = await buildAssociation(deps);
  const mentor = await buildPerson(deps, {
    kind: 'mentor',
    associationId: association.id,
    status: 'available',
  });
  for (const spec of specs) {
    const status =
      spec.stage === 'applied'
        ? 'applied'
        : spec.stage === 'ineligible'
          ? 'ineligible'
          : spec.stage === 'assessed' || spec.stage === 'declined'
            ? 'ready_to_match'
            : spec.stage === 'proposed' || spec.stage === 'active'
              ? 'in_partnership'
              : spec.stage.startsWith('completed')
                ? 'completed'
                : 'left_early';
    // In the period: applied in 2026 (the clock stands at 2026-11-02); outside it: in 2025.
    const mentee = await buildPerson(deps, {
      kind: 'mentee',
      associationId: association.id,
      status,
      appliedDaysAgo: spec.inPeriod ? 40 : 400,
    });
    await updatePerson(deps.db.kysely, mentee.id, {
      region_code: spec.region,
      eligible: spec.stage === 'ineligible' ? 0 : 1,
    });
    if (['applied', 'ineligible', 'assessed'].includes(spec.stage)) continue;
    const partnershipStatus =
      spec.stage === 'proposed'
        ? 'proposed'
        : spec.stage === 'declined'
          ? 'declined'
          : spec.stage === 'active'
            ? 'active'
            : spec.stage.startsWith('completed')
              ? 'completed'
              : 'ended_early';
    const pair = await linkPartnership(deps, {
      menteeId: mentee.id,
      mentorId: mentor.id,
      associationId: association.id,
      status: partnershipStatus,
    });
    const started = !['proposed', 'declined'].includes(spec.stage);
    await updatePartnership(deps.db.kysely, pair.id, {
      started_at: started ? '2026-10-01T08:00:00.000Z' : null,
      outcome: spec.stage === 'completed_job' ? 'job' : spec.stage === 'completed' ? 'training' : null,
      end_reason:
        spec.stage === 'ended_found_work'
          ? 'found_work'
          : spec.stage === 'ended_early'
            ? 'mentee_withdrew'
            : null,
    });
  }
}

const specArb = fc.record({
  region: fc.constantFrom('BRU', 'VLG', 'WAL', null),
  inPeriod: fc.boolean(),
  stage: fc.constantFrom(...stages),
}) as fc.Arbitrary<MenteeSpec>;

describe('the programme report counts the cohort of the period from the raw records', () => {
  it('equals counts computed from the records, per region and in total (staff, not suppressed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 30 }), async (specs) => {
        const { deps } = t();
        await deps.db.kysely.deleteFrom('partnership_status_changes').execute();
        await deps.db.kysely.deleteFrom('partnerships').execute();
        await deps.db.kysely.deleteFrom('person_status_changes').execute();
        await deps.db.kysely.deleteFrom('person_languages').execute();
        await deps.db.kysely.deleteFrom('person_name_grams').execute();
        await deps.db.kysely.deleteFrom('people').execute();
        await seed(deps, specs);
        const result = await programmeReport(deps, cliContext, {
          from: '2026-01-01',
          to: '2026-12-31',
          by: 'region',
          audience: 'staff',
          locale: 'nl',
        });
        if (!result.ok) throw new Error(result.error.message);
        const report = result.value;
        expect(report.rows.map((r) => r.group).slice(0, 3)).toEqual(['BRU', 'VLG', 'WAL']);
        for (const row of report.rows) expect(row.cells).toEqual(expectedCounts(specs, row.group));
        expect(report.total.cells).toEqual(expectedCounts(specs, 'all'));
        const hasUnknown = specs.some((s) => s.inPeriod && s.region === null);
        expect(report.rows.some((r) => r.group === 'unknown')).toBe(hasUnknown);
      }),
      { numRuns: 8 },
    );
  });

  it("hides small counts in the funder's report and shows every other count as it is", async () => {
    const { deps } = t();
    const specs: MenteeSpec[] = [
      ...Array.from({ length: 7 }, (): MenteeSpec => ({ region: 'BRU', inPeriod: true, stage: 'active' })),
      ...Array.from(
        { length: 6 },
        (): MenteeSpec => ({ region: 'VLG', inPeriod: true, stage: 'completed_job' }),
      ),
      { region: 'WAL', inPeriod: true, stage: 'completed_job' },
      { region: 'VLG', inPeriod: false, stage: 'applied' },
    ];
    await seed(deps, specs);
    const result = await programmeReport(deps, cliContext, {
      from: '2026-01-01',
      to: '2026-12-31',
      by: 'region',
      audience: 'funder',
      locale: 'fr',
    });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value;
    expect(report).toMatchObject({
      audience: 'funder',
      threshold: 5,
      from: '2026-01-01',
      to: '2026-12-31',
      by: 'region',
    });
    const byGroup = Object.fromEntries(report.rows.map((r) => [r.group, r]));
    // Wallonia has 1 everywhere: hidden as small; Flanders' cell (the smallest other) is its complement.
    expect(byGroup.WAL?.cells.applied).toBeNull();
    expect(byGroup.WAL?.hidden.applied).toBe('small');
    expect(byGroup.VLG?.cells.applied).toBeNull();
    expect(byGroup.VLG?.hidden.applied).toBe('complementary');
    expect(byGroup.BRU?.cells.applied).toBe(7);
    expect(report.total.cells.applied).toBe(14);
    expect(byGroup.BRU?.label).toBe('Région de Bruxelles-Capitale');
    // Every shown cell is the true count.
    for (const row of report.rows)
      for (const m of reportMeasures) {
        const value = row.cells[m];
        if (value !== null) expect(value).toBe(expectedCounts(specs, row.group)[m]);
      }
    const csv = reportCsv(report, 'fr');
    expect(csv).toContain('"Région wallonne";"< 5"');
    expect(csv).toContain('"Région flamande";"•"');
    expect(csv).toContain('"En emploi à la fin"');
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'report.produced')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('names the field and its limit for a bad period or threshold, and writes nothing', async () => {
    const { deps } = t();
    const base = { by: 'region' as const, audience: 'funder' as const, locale: 'nl' as const };
    const cases = [
      [{ from: '2026-02-30', to: '2026-12-31' }, 'from'],
      [{ from: '2026-13-01', to: '2026-12-31' }, 'from'],
      [{ from: '2026-01-01', to: '31/12/2026' }, 'to'],
      [{ from: '2026-12-01', to: '2026-01-01' }, 'to'],
      [{ from: '2026-01-01', to: '2026-12-31', threshold: 4 }, 'threshold'],
    ] as const;
    for (const [period, field] of cases) {
      const result = await programmeReport(deps, cliContext, { ...base, ...period });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.details).toEqual([expect.objectContaining({ path: [field] })]);
    }
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'report.produced')
      .execute();
    expect(audit).toHaveLength(0);
  });
});

describe('the programme report over HTTP', () => {
  it('gives the funder figures only, a coach their association in full, and refuses participants', async () => {
    const { app, deps } = t();
    const specs: MenteeSpec[] = [
      ...Array.from({ length: 8 }, (): MenteeSpec => ({ region: 'BRU', inPeriod: true, stage: 'active' })),
      ...Array.from(
        { length: 3 },
        (): MenteeSpec => ({ region: 'WAL', inPeriod: true, stage: 'completed_job' }),
      ),
    ];
    await seed(deps, specs);
    const other = await buildAssociation(deps, { name: 'Vzw Andere Stad' });
    await buildPerson(deps, {
      kind: 'mentee',
      associationId: other.id,
      status: 'applied',
      appliedDaysAgo: 20,
    });
    const query = 'from=2026-01-01&to=2026-12-31&by=region&lang=nl';

    const funder = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'funder', associationId: null }),
    );
    const seen = await call(app, 'GET', `/api/reports/programme?${query}`, { cookie: funder });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ audience: 'funder', threshold: 5, scope: { associationName: null } });
    const wal = seen.body?.rows.find((r: { group: string }) => r.group === 'WAL');
    expect(wal.cells.applied).toBeNull();
    expect(wal.hidden.applied).toBe('small');
    // Figures only: no id, no name, no date of a person anywhere in the answer.
    const text = JSON.stringify(seen.body);
    const people = await deps.db.kysely
      .selectFrom('people')
      .select(['id', 'first_name', 'last_name', 'email'])
      .execute();
    for (const p of people)
      for (const v of [p.id, p.first_name, p.last_name, p.email]) expect(text).not.toContain(v);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const file = await app.inject({
      method: 'GET',
      url: `/api/reports/programme/download?${query}&format=xlsx`,
      headers: { cookie: funder },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.headers['content-disposition']).toBe(
      'attachment; filename="programme-report-2026-01-01-2026-12-31-region.xlsx"',
    );

    const coachUser = await buildUser(deps, { role: 'coach', associationId: other.id });
    const coach = await call(app, 'GET', `/api/reports/programme?${query}`, {
      cookie: await sessionCookieFor(deps, coachUser),
    });
    expect(coach.status).toBe(200);
    expect(coach.body).toMatchObject({ audience: 'staff', scope: { associationName: 'Vzw Andere Stad' } });
    expect(coach.body?.total.cells.applied).toBe(1);

    const mentee = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'mentee', associationId: null }),
    );
    expect((await call(app, 'GET', `/api/reports/programme?${query}`, { cookie: mentee })).status).toBe(403);
    expect((await call(app, 'GET', `/api/reports/programme?${query}`, {})).status).toBe(401);
    const bad = await call(app, 'GET', '/api/reports/programme?from=2026-01-01&to=2026-13-40', {
      cookie: funder,
    });
    expect(bad.status).toBe(400);
  });
});
