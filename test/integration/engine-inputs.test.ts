import { describe, expect, it } from 'vitest';
import { partnershipStatuses } from '../../src/contracts/partnership-vocabulary.js';
import { menteeStatuses, mentorStatuses } from '../../src/contracts/people-vocabulary.js';
import { findHealthInput } from '../../src/db/queries/partnerships.js';
import { loadPool } from '../../src/services/matching/load-pool.js';
import { runMatching } from '../../src/services/matching/run-matching.js';
import { updateWeights } from '../../src/services/matching/update-weights.js';
import { cadenceInputOf } from '../../src/services/partnerships/load-partnership.js';
import { cancelMeeting, logMeeting, planMeeting } from '../../src/services/partnerships/meetings.js';
import { recordMeeting } from '../../src/services/partnerships/record-meeting.js';
import { buildAssociation, buildUser } from '../factories/accounts.js';
import { buildPartnership, linkPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { withTestContext } from '../support/test-context.js';

/**
 * "Medium" tests: the real services on a real database, no HTTP. Each pins what an engine is given
 * (the solver's weights and pool, the health rule's meeting summary, the places a mentor holds),
 * because the engines' own unit tests cannot see whether the service hands them the right inputs.
 */
const t = withTestContext();

type Deps = ReturnType<typeof t>['deps'];

const nativeDutch = [{ code: 'nl', understanding: 'C2', speaking: 'C2', writing: 'C2' }] as const;

async function coachOf(deps: Deps, associationId: string) {
  const user = await buildUser(deps, { role: 'coach', associationId });
  const actor = { id: user.id, role: 'coach' as const, associationId, name: user.name };
  return { actor, ctx: { actor, requestId: null, ip: null } };
}

async function adminOf(deps: Deps) {
  const user = await buildUser(deps, { role: 'admin', associationId: null });
  const actor = { id: user.id, role: 'admin' as const, associationId: null, name: user.name };
  return { actor, ctx: { actor, requestId: null, ip: null } };
}

/** Pairs of a run as "mentee-mentor" first names, sorted. */
function pairNames(run: { pairs: Array<{ mentee: { name: string }; mentor: { name: string } }> }) {
  return run.pairs.map((p) => `${p.mentee.name.split(' ')[0]}-${p.mentor.name.split(' ')[0]}`).sort();
}

describe('the matching engine is given the weights an admin saved', () => {
  /**
   * Two mentees, two mentors. By sector and occupation (the default weights) Anna belongs with Xavier
   * and Bilal with Yasmina; by interests alone it is the other way round. So the assignment the solver
   * returns tells which weights it was given.
   */
  async function crossedPool(deps: Deps, associationId: string) {
    const care = { sectorCode: '86', occupationCode: 'esco:2221.2' };
    const build = { sectorCode: '41', occupationCode: 'esco:7112.1' };
    const person = (kind: 'mentee' | 'mentor', firstName: string, fields: object, interests: string[]) =>
      buildPerson(deps, {
        kind,
        associationId,
        firstName,
        assessment: { ...fields, interests, languages: [...nativeDutch], capacity: 1 },
      });
    await person('mentee', 'Anna', care, ['koken']);
    await person('mentee', 'Bilal', build, ['voetbal']);
    await person('mentor', 'Xavier', care, ['voetbal']);
    await person('mentor', 'Yasmina', build, ['koken']);
  }

  it('proposes by sector with the default weights, and by interests once an admin weighs only those', async () => {
    const { deps } = t();
    const association = await buildAssociation(deps);
    await crossedPool(deps, association.id);
    const coach = await coachOf(deps, association.id);

    const before = await runMatching(deps, coach.ctx, coach.actor, { locked: [] });
    if (!before.ok) throw new Error(before.error.message);
    expect(pairNames(before.value)).toEqual(['Anna-Xavier', 'Bilal-Yasmina']);

    const admin = await adminOf(deps);
    const onlyInterests = {
      sector: 0,
      occupation: 0,
      language: 0,
      skills: 0,
      interests: 1,
      availability: 0,
      distance: 0,
      preferences: 0,
      waiting: 0,
    };
    const saved = await updateWeights(deps, admin.ctx, admin.actor, onlyInterests);
    expect(saved.ok).toBe(true);

    const after = await runMatching(deps, coach.ctx, coach.actor, { locked: [] });
    if (!after.ok) throw new Error(after.error.message);
    expect(pairNames(after.value)).toEqual(['Anna-Yasmina', 'Bilal-Xavier']);
    // The explanation shows the weight the solver used, criterion by criterion.
    const criteria = after.value.pairs[0]?.criteria ?? [];
    expect(criteria.find((c) => c.criterion === 'interests')?.weight).toBe(1);
    expect(criteria.find((c) => c.criterion === 'sector')?.weight).toBe(0);
  });
});

describe('the matching pool is made of the people whose status lets them be matched', () => {
  it('takes mentees ready to match and mentors accepted, trained, available or in a partnership', async () => {
    const { deps } = t();
    const association = await buildAssociation(deps);
    const a = association.id;
    for (const status of menteeStatuses)
      await buildPerson(deps, {
        kind: 'mentee',
        associationId: a,
        status,
        firstName: `Mentee_${status}`,
        assessment: { languages: [...nativeDutch] },
      });
    for (const status of mentorStatuses)
      await buildPerson(deps, {
        kind: 'mentor',
        associationId: a,
        status,
        firstName: `Mentor_${status}`,
        assessment: { languages: [...nativeDutch], capacity: 3 },
      });
    const coach = await coachOf(deps, a);
    const run = await runMatching(deps, coach.ctx, coach.actor, { locked: [] });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.fairness.menteesInPool).toBe(1);
    expect(run.value.fairness.mentorsInPool).toBe(4);
    const pool = await loadPool(
      deps.db.kysely,
      { menteeAssociationIds: [a], mentorAssociationIds: [a] },
      deps.now(),
    );
    expect(pool.mentees.map((m) => m.person.name.split(' ')[0])).toEqual(['Mentee_ready_to_match']);
    expect(pool.mentors.map((m) => m.person.name.split(' ')[0]).sort()).toEqual([
      'Mentor_accepted',
      'Mentor_available',
      'Mentor_in_partnership',
      'Mentor_trained',
    ]);
  });
});

describe("the statuses that hold a mentor's place", () => {
  it('a proposed, introduced, active or closing pair holds the place; a pair that is over frees it', async () => {
    const { deps } = t();
    const association = await buildAssociation(deps);
    const a = association.id;
    const mentorOf = new Map<string, string>();
    for (const status of partnershipStatuses) {
      const mentor = await buildPerson(deps, {
        kind: 'mentor',
        associationId: a,
        status: 'available',
        firstName: `Mentor_${status}`,
        assessment: { languages: [...nativeDutch], capacity: 1 },
      });
      const earlier = await buildPerson(deps, {
        kind: 'mentee',
        associationId: a,
        status: 'in_partnership',
        assessment: { languages: [...nativeDutch] },
      });
      await linkPartnership(deps, { menteeId: earlier.id, mentorId: mentor.id, associationId: a, status });
      mentorOf.set(mentor.id, status);
    }
    await buildPerson(deps, {
      kind: 'mentee',
      associationId: a,
      firstName: 'Nieuw',
      assessment: { languages: [...nativeDutch] },
    });
    const coach = await coachOf(deps, a);
    const run = await runMatching(deps, coach.ctx, coach.actor, { locked: [] });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.fairness.mentorsInPool).toBe(3);
    const pool = await loadPool(
      deps.db.kysely,
      { menteeAssociationIds: [a], mentorAssociationIds: [a] },
      deps.now(),
    );
    expect(pool.mentors.map((m) => mentorOf.get(m.person.id)).sort()).toEqual([
      'completed',
      'declined',
      'ended_early',
    ]);
    expect(pool.mentors.every((m) => m.capacity === 1 && m.profile.freePlaces === 1)).toBe(true);
  });
});

describe('the health rule is given the meetings that were held, by month, and the ones still planned', () => {
  it('counts held and recorded meetings per Brussels month, keeps planned ones apart, drops cancelled ones', async () => {
    const { deps, clock } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 60 });
    const coach = {
      id: pair.coach.id,
      role: 'coach' as const,
      associationId: pair.associationId,
      name: pair.coach.name,
    };
    const ctx = { actor: coach, requestId: null, ip: null };
    const now = deps.now();
    const day = (offset: number, hour = 18) => {
      const d = new Date(now.getTime() + offset * 86_400_000);
      return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+01:00`;
    };

    // Recorded afterwards: 40 days ago and 10 days ago.
    for (const offset of [-40, -10]) {
      const recorded = await recordMeeting(deps, ctx, coach, pair.id, {
        kind: 'regular',
        startsAt: day(offset),
        durationMinutes: 60,
        topics: ['cv'],
      });
      if (!recorded.ok) throw new Error(recorded.error.message);
    }
    const plan = async (offset: number) => {
      const planned = await planMeeting(deps, ctx, coach, pair.id, {
        kind: 'regular',
        startsAt: day(offset),
        durationMinutes: 45,
        place: 'Bibliotheek De Krook',
      });
      if (!planned.ok) throw new Error(planned.error.message);
      return planned.value.id;
    };
    // Next week's stays planned; tomorrow's is logged as held, the day after's as not held; one is cancelled.
    await plan(7);
    const held = await plan(1);
    const missed = await plan(2);
    const cancelled = await plan(5);
    const gone = await cancelMeeting(deps, ctx, coach, cancelled);
    if (!gone.ok) throw new Error(gone.error.message);
    clock.advance(3 * 86_400_000);
    for (const [id, wasHeld] of [
      [held, true],
      [missed, false],
    ] as const) {
      const logged = await logMeeting(
        deps,
        ctx,
        coach,
        id,
        wasHeld ? { held: true, durationMinutes: 50, topics: ['networking'] } : { held: false, topics: [] },
      );
      if (!logged.ok) throw new Error(logged.error.message);
    }

    const row = await findHealthInput(deps.db.kysely, pair.id);
    if (!row) throw new Error('no partnership');
    const input = cadenceInputOf(row);
    const month = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' })
        .format(new Date(iso))
        .slice(0, 7);
    const expected: Record<string, number> = {};
    for (const at of [day(-40), day(-10), day(1)]) expected[month(at)] = (expected[month(at)] ?? 0) + 1;
    expect(input.heldByMonth).toEqual(expected);
    expect(input.lastHeldAt).toBe(new Date(day(1)).toISOString());
    expect(input.plannedStarts).toEqual([new Date(day(7)).toISOString()]);
    expect(input.status).toBe('active');
    expect(input.startedAt).toBe(row.started_at);
  });
});
