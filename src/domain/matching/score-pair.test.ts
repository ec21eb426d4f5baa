import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MenteeMatchProfile, MentorMatchProfile } from './match-profile.js';
import { bestSharedLanguage, checkWeights, defaultWeights, haversineKm, scorePair } from './score-pair.js';

const gent = { latitude: 51.0543, longitude: 3.7174 };
const brussel = { latitude: 50.8504, longitude: 4.3488 };

function mentee(overrides: Partial<MenteeMatchProfile> = {}): MenteeMatchProfile {
  return {
    id: 'e1',
    personId: 'p-e1',
    sectorCode: '86',
    sectorSection: 'Q',
    iscoCode: '2221',
    languages: [
      { code: 'ar', understanding: 'C2', speaking: 'C2' },
      { code: 'nl', understanding: 'B1', speaking: 'B1' },
    ],
    skills: ['wondzorg'],
    interests: ['ouderenzorg'],
    availability: ['2-evening', '6-morning'],
    location: gent,
    meets: { inPerson: true, online: true },
    waitingDays: 30,
    missingTraining: [],
    ...overrides,
  };
}

function mentor(overrides: Partial<MentorMatchProfile> = {}): MentorMatchProfile {
  return {
    id: 'o1',
    personId: 'p-o1',
    sectorCode: '86',
    sectorSection: 'Q',
    iscoCode: '2221',
    languages: [
      { code: 'nl', understanding: 'C2', speaking: 'C2' },
      { code: 'fr', understanding: 'B2', speaking: 'B2' },
    ],
    skills: ['wondzorg', 'teamleiding'],
    interests: ['ouderenzorg'],
    availability: ['2-evening', '6-morning'],
    location: gent,
    meets: { inPerson: true, online: false },
    freePlaces: 1,
    screened: true,
    missingTraining: [],
    ...overrides,
  };
}

const context = { weights: defaultWeights, blocked: false };

describe('pair score', () => {
  it('scores an ideal pair close to 1 and explains every criterion', () => {
    const result = scorePair(mentee(), mentor(), context);
    if (!result.possible) throw new Error('expected a possible pair');
    expect(result.score).toBeCloseTo(0.88, 6); // everything matches; the shared language is at B1 (0.4)
    expect(result.criteria.map((c) => c.reason)).toEqual([
      'sector.same',
      'occupation.same_unit_group',
      'language.shared',
      'skills.overlap',
      'interests.overlap',
      'availability.shared',
      'distance.km',
      'preferences.in_person',
      'waiting.days',
    ]);
    expect(result.criteria.find((c) => c.criterion === 'language')?.params).toEqual({
      code: 'nl',
      level: 'B1',
    });
  });

  it('grades occupation proximity by ISCO level and sector by division then section', () => {
    const score = (iscoCode: string, sectorCode: string) => {
      const r = scorePair(mentee(), mentor({ iscoCode, sectorCode }), context);
      if (!r.possible) throw new Error('impossible');
      return [r.criteria[0]!.value, r.criteria[1]!.value];
    };
    expect(score('2221', '86')).toEqual([1, 1]);
    expect(score('2222', '87')).toEqual([0.6, 0.75]);
    expect(score('2261', '87')).toEqual([0.6, 0.5]);
    expect(score('2411', '87')).toEqual([0.6, 0.25]);
    expect(score('5120', '87')).toEqual([0.6, 0]);
  });

  it('rules a pair out by its hard constraints, in a fixed order', () => {
    expect(scorePair(mentee({ personId: 'same' }), mentor({ personId: 'same' }), context)).toMatchObject({
      possible: false,
      constraint: 'same_person',
    });
    expect(scorePair(mentee(), mentor(), { ...context, blocked: true })).toMatchObject({
      constraint: 'blocked',
    });
    expect(scorePair(mentee(), mentor({ screened: false }), context)).toMatchObject({
      constraint: 'mentor_not_screened',
    });
    expect(scorePair(mentee(), mentor({ freePlaces: 0 }), context)).toMatchObject({
      constraint: 'mentor_at_capacity',
    });
    expect(scorePair(mentee(), mentor({ missingTraining: ['diversity'] }), context)).toMatchObject({
      constraint: 'missing_training',
      params: { modules: 'diversity' },
    });
    expect(
      scorePair(
        mentee({
          languages: [
            { code: 'ti', understanding: 'C2', speaking: 'C2' },
            { code: 'nl', understanding: 'A2', speaking: 'A2' },
          ],
        }),
        mentor(),
        context,
      ),
    ).toMatchObject({
      constraint: 'no_shared_language',
    });
  });

  it('needs B1 in understanding and speaking on both sides for a shared language', () => {
    expect(bestSharedLanguage(mentee(), mentor())).toEqual({ code: 'nl', level: 3 });
    expect(
      bestSharedLanguage(
        mentee({ languages: [{ code: 'fr', understanding: 'C1', speaking: 'B2' }] }),
        mentor(),
      ),
    ).toEqual({ code: 'fr', level: 4 });
  });

  it('measures distance on the globe and forgives distance when both meet online', () => {
    expect(haversineKm(gent, brussel)).toBeGreaterThan(48);
    expect(haversineKm(gent, brussel)).toBeLessThan(52);
    const far = scorePair(mentee(), mentor({ location: brussel }), context);
    const farOnline = scorePair(
      mentee(),
      mentor({ location: brussel, meets: { inPerson: true, online: true } }),
      context,
    );
    if (!far.possible || !farOnline.possible) throw new Error('impossible');
    expect(far.criteria.find((c) => c.criterion === 'distance')!.value).toBeLessThan(0.3);
    expect(farOnline.criteria.find((c) => c.criterion === 'distance')!.value).toBe(0.8);
  });

  it('always lies in [0, 1] and never gets worse when one criterion improves', () => {
    const level = fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2' as const);
    fc.assert(
      fc.property(level, level, fc.integer({ min: 0, max: 400 }), fc.boolean(), (u, s, days, online) => {
        const result = scorePair(
          mentee({ languages: [{ code: 'nl', understanding: u, speaking: s }], waitingDays: days }),
          mentor({ meets: { inPerson: true, online } }),
          { ...context, weights: { ...defaultWeights, waiting: 0.1 } },
        );
        if (!result.possible) return;
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        const longer = scorePair(
          mentee({ languages: [{ code: 'nl', understanding: u, speaking: s }], waitingDays: days + 30 }),
          mentor({ meets: { inPerson: true, online } }),
          { ...context, weights: { ...defaultWeights, waiting: 0.1 } },
        );
        if (longer.possible) expect(longer.score).toBeGreaterThanOrEqual(result.score);
      }),
    );
  });

  it('checks tuned weights', () => {
    expect(checkWeights({ waiting: 0.2 })).toMatchObject({
      ok: true,
      weights: { waiting: 0.2, sector: 0.25 },
    });
    expect(checkWeights({ sector: -1 })).toMatchObject({ ok: false });
    expect(checkWeights(Object.fromEntries(Object.keys(defaultWeights).map((k) => [k, 0])))).toMatchObject({
      ok: false,
    });
  });
});
