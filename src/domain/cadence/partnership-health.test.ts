import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HealthState } from '../../contracts/partnership-vocabulary.js';
import { localDay, localMonth } from './calendar.js';
import {
  type CadenceInput,
  cadenceMonths,
  healthValidUntil,
  offTrackAlert,
  partnershipHealth,
  planningReminder,
} from './partnership-health.js';

const day = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

interface SimMeeting {
  startsAt: string;
  plannedAt: string;
  loggedAt: string;
}

/** The pair's meetings as the store would summarise them at time `t`. */
function inputAt(meetings: SimMeeting[], t: Date, base: Partial<CadenceInput> = {}): CadenceInput {
  const heldByMonth: Record<string, number> = {};
  let lastHeldAt: string | null = null;
  const plannedStarts: string[] = [];
  for (const m of meetings) {
    if (new Date(m.plannedAt) > t) continue;
    if (new Date(m.loggedAt) <= t) {
      const month = localMonth(new Date(m.startsAt));
      heldByMonth[month] = (heldByMonth[month] ?? 0) + 1;
      if (!lastHeldAt || m.startsAt > lastHeldAt) lastHeldAt = m.startsAt;
    } else plannedStarts.push(m.startsAt);
  }
  return {
    status: 'active',
    proposedAt: '2026-12-20T10:00:00.000Z',
    startedAt: '2027-01-04T10:00:00.000Z',
    plannedEndAt: '2027-07-04T10:00:00.000Z',
    heldByMonth,
    lastHeldAt,
    plannedStarts,
    ...base,
  };
}

/** A meeting at 17:00 UTC, planned when the previous one was logged (or on `plannedOn`). */
function schedule(dates: string[], plannedOn: Record<string, string>): SimMeeting[] {
  return dates.map((date, i) => ({
    startsAt: `${date}T17:00:00.000Z`,
    plannedAt: plannedOn[date] ?? `${dates[i - 1]}T20:00:00.000Z`,
    loggedAt: `${date}T20:00:00.000Z`,
  }));
}

describe('six months of a partnership, day by day', () => {
  const meetings = schedule(
    [
      '2027-01-12',
      '2027-01-26',
      '2027-02-09',
      '2027-02-23',
      '2027-03-09',
      // Nothing more in March and April: the pair goes quiet.
      '2027-05-04',
      '2027-05-18',
      '2027-06-01',
      '2027-06-15',
      '2027-06-29',
    ],
    { '2027-01-12': '2027-01-02T12:00:00.000Z', '2027-05-04': '2027-04-28T12:00:00.000Z' },
  );

  // The daily job, run twice every morning at 06:00 UTC from the day after the start to July's end.
  const transitions: string[] = [];
  const reminders: string[] = [];
  const alerts: string[] = [];
  const claims = new Set<string>();
  let alerted: HealthState | null = null;
  let previous = '';
  for (
    let t = at('2027-01-05T06:00:00.000Z');
    t <= at('2027-07-31T06:00:00.000Z');
    t = new Date(t.getTime() + day)
  ) {
    for (const _run of [1, 2]) {
      const input = inputAt(meetings, t);
      const health = partnershipHealth(input, t);
      const label = `${health?.state} ${health?.rule}`;
      if (label !== previous) transitions.push(`${localDay(t)} ${label}`);
      previous = label;
      const reminder = planningReminder('p1', input, t);
      if (reminder && !claims.has(reminder.key)) {
        claims.add(reminder.key);
        reminders.push(localDay(t));
      }
      const decision = offTrackAlert(alerted, health?.state ?? null);
      const key = `off-track:p1:${localDay(t)}`;
      if (decision.alert && !claims.has(key)) {
        claims.add(key);
        alerts.push(localDay(t));
      }
      alerted = decision.remember;
    }
  }

  it('passes through each health state once, with the rule that fired', () => {
    expect(transitions).toEqual([
      '2027-01-05 on_track cadence_met',
      '2027-03-22 at_risk this_month_behind',
      '2027-04-01 at_risk last_month_short',
      '2027-04-25 off_track no_meeting_45_days',
      '2027-05-05 off_track two_months_short',
      '2027-06-01 on_track cadence_met',
      '2027-07-01 on_track after_first_months',
      '2027-07-05 at_risk end_date_passed',
    ]);
  });

  it('reminds the pair once per quiet fortnight, however often the job runs', () => {
    expect(reminders).toEqual([
      '2027-03-10',
      '2027-03-16',
      '2027-03-30',
      '2027-04-13',
      '2027-04-27',
      '2027-06-30',
      '2027-07-06',
      '2027-07-20',
    ]);
  });

  it('alerts the coach exactly once when the partnership goes off track', () => {
    expect(alerts).toEqual(['2027-04-25']);
  });
});

describe('partnership health rules', () => {
  it('starts the cadence in the next month when the pair begins after the 15th', () => {
    expect(cadenceMonths(at('2027-01-20T10:00:00Z'))).toEqual([
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
    ]);
    expect(cadenceMonths(at('2027-01-15T10:00:00Z'))[0]).toBe('2027-01');
    const input = inputAt([], at('2027-01-25T00:00:00Z'), {
      startedAt: '2027-01-20T10:00:00.000Z',
      plannedEndAt: '2027-07-20T10:00:00.000Z',
    });
    expect(partnershipHealth(input, at('2027-01-25T00:00:00Z'))).toEqual({
      state: 'on_track',
      rule: 'cadence_starts',
      details: { month: '2027-02' },
    });
  });

  it('counts meetings of the partial first month towards month one', () => {
    const input = inputAt(
      schedule(['2027-01-25', '2027-01-28'], { '2027-01-25': '2027-01-21T00:00:00Z' }),
      at('2027-03-01T06:00:00Z'),
      {
        startedAt: '2027-01-20T10:00:00.000Z',
        plannedEndAt: '2027-07-20T10:00:00.000Z',
      },
    );
    // February had none, but January's two count for month one (February): March is not "two short".
    expect(partnershipHealth(input, at('2027-03-01T06:00:00Z'))?.rule).toBe('cadence_met');
  });

  it('judges introductions by the time since the proposal', () => {
    const base = inputAt([], at('2027-01-01T00:00:00Z'), {
      status: 'proposed',
      startedAt: null,
      proposedAt: '2027-01-01T00:00:00.000Z',
    });
    expect(partnershipHealth(base, at('2027-01-10T00:00:00Z'))?.state).toBe('on_track');
    expect(partnershipHealth(base, at('2027-01-20T00:00:00Z'))?.rule).toBe('introduction_late');
    expect(partnershipHealth(base, at('2027-02-05T00:00:00Z'))?.rule).toBe('introduction_overdue');
  });

  it('counts silence from the start, not from an introduction weeks before it', () => {
    const input = inputAt(
      schedule(['2027-02-01'], { '2027-02-01': '2027-01-25T00:00:00Z' }),
      at('2027-03-20T06:00:00Z'),
      {
        startedAt: '2027-03-03T10:00:00.000Z',
        plannedEndAt: '2027-09-03T10:00:00.000Z',
      },
    );
    expect(partnershipHealth(input, at('2027-03-20T06:00:00Z'))?.state).toBe('on_track');
  });

  it('does not hold an extended pair to a short sixth month for ever', () => {
    // Started 4 Jan: cadence months January to June; June had one meeting; now it is August.
    const meetings = schedule(['2027-05-03', '2027-05-17', '2027-06-10', '2027-07-10', '2027-07-24'], {
      '2027-05-03': '2027-04-28T00:00:00Z',
    });
    const input = inputAt(meetings, at('2027-08-05T06:00:00Z'), { plannedEndAt: '2027-09-04T10:00:00.000Z' });
    expect(partnershipHealth(input, at('2027-08-05T06:00:00Z'))?.rule).toBe('after_first_months');
    // In July (just after the window) June's shortfall still shows.
    expect(
      partnershipHealth(
        inputAt(meetings, at('2027-07-05T06:00:00Z'), { plannedEndAt: '2027-09-04T10:00:00.000Z' }),
        at('2027-07-05T06:00:00Z'),
      )?.rule,
    ).toBe('last_month_short');
  });

  it('gives no health to a partnership that is over', () => {
    for (const status of ['completed', 'ended_early', 'declined'])
      expect(
        partnershipHealth(inputAt([], at('2027-01-01T00:00:00Z'), { status }), at('2027-02-01T00:00:00Z')),
      ).toBeNull();
  });

  it('does not remind a pair that is not active', () => {
    const input = inputAt([], at('2027-02-01T00:00:00Z'), { status: 'closing' });
    expect(planningReminder('p', input, at('2027-02-01T00:00:00Z'))).toBeNull();
  });
});

describe('how long a computed health stays exact', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  const base = Date.parse('2027-01-01T00:00:00Z');
  const arbitraryInput = fc.record({
    status: fc.constantFrom('proposed', 'introduced', 'active', 'closing', 'completed'),
    proposedDay: fc.integer({ min: -60, max: 0 }),
    startedDay: fc.integer({ min: -250, max: 0 }),
    held: fc.array(fc.integer({ min: -250 * 24, max: 0 }), { maxLength: 20 }),
    planned: fc.array(fc.integer({ min: 1, max: 40 * 24 }), { maxLength: 4 }),
    nowHour: fc.integer({ min: 0, max: 400 * 24 }),
    probeMinutes: fc.array(fc.integer({ min: 0, max: 3 * 24 * 60 }), { minLength: 1, maxLength: 20 }),
  });

  it('never lets the health change before the instant it names', () => {
    fc.assert(
      fc.property(arbitraryInput, (x) => {
        const now = base + x.nowHour * 3_600_000;
        const started = now + x.startedDay * day;
        // Held meetings may lie before the start (the introduction comes before both accept).
        const heldTimes = x.held.map((h) => now + h * 3_600_000);
        const heldByMonth: Record<string, number> = {};
        for (const t of heldTimes) {
          const m = localMonth(new Date(t));
          heldByMonth[m] = (heldByMonth[m] ?? 0) + 1;
        }
        const input: CadenceInput = {
          status: x.status,
          proposedAt: iso(now + x.proposedDay * day),
          startedAt: x.status === 'active' || x.status === 'closing' ? iso(started) : null,
          plannedEndAt: x.status === 'active' ? iso(started + 182 * day) : null,
          heldByMonth,
          lastHeldAt: heldTimes.length ? iso(Math.max(...heldTimes)) : null,
          plannedStarts: x.planned.map((h) => iso(now + h * 3_600_000)),
        };
        const at = new Date(now);
        const health = partnershipHealth(input, at);
        const until = healthValidUntil(input, at);
        for (const m of x.probeMinutes) {
          const probe = now + m * 60_000;
          if (until && probe >= until.getTime()) continue;
          expect(partnershipHealth(input, new Date(probe))).toEqual(health);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
