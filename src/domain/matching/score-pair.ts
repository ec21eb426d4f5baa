import { cefrLevels } from '../../contracts/people-vocabulary.js';
import {
  type Cefr,
  cefrAtLeast,
  cefrValue,
  type MenteeMatchProfile,
  type MentorMatchProfile,
} from './match-profile.js';

/**
 * The compatibility of one mentee with one mentor: a weighted sum of named criteria, each in [0, 1]
 * with a reason code the web app words in the user's language, or the hard constraint that makes
 * the pair impossible. Defaults and their reasons: docs/matching.md.
 */
export const criteria = [
  'sector',
  'occupation',
  'language',
  'skills',
  'interests',
  'availability',
  'distance',
  'preferences',
  'waiting',
] as const;
export type Criterion = (typeof criteria)[number];
export type Weights = Record<Criterion, number>;

export const defaultWeights: Weights = {
  sector: 0.25,
  occupation: 0.15,
  language: 0.2,
  skills: 0.1,
  interests: 0.05,
  availability: 0.1,
  distance: 0.1,
  preferences: 0.05,
  waiting: 0,
};

/** The lowest level at which two people can talk shop: understanding and speaking at B1. */
export const workableLevel: Cefr = 'B1';

export type HardConstraint =
  | 'same_person'
  | 'blocked'
  | 'mentor_at_capacity'
  | 'mentor_not_screened'
  | 'missing_training'
  | 'no_shared_language';

export interface CriterionScore {
  criterion: Criterion;
  value: number;
  weight: number;
  /** e.g. "sector.same_division"; params fill the sentence ({ code: "86" }). */
  reason: string;
  params: Record<string, string | number>;
}

export type PairScore =
  | { possible: true; score: number; criteria: CriterionScore[] }
  | { possible: false; constraint: HardConstraint; params: Record<string, string | number> };

export function haversineKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function overlapShare(wanted: readonly string[], offered: readonly string[]): number | null {
  if (wanted.length === 0 || offered.length === 0) return null;
  const offeredSet = new Set(offered);
  return wanted.filter((item) => offeredSet.has(item)).length / wanted.length;
}

function sectorCriterion(
  mentee: MenteeMatchProfile,
  mentor: MentorMatchProfile,
): [number, string, Record<string, string>] {
  if (mentee.sectorCode && mentee.sectorCode === mentor.sectorCode)
    return [1, 'sector.same', { code: mentee.sectorCode }];
  if (mentee.sectorSection && mentee.sectorSection === mentor.sectorSection)
    return [0.6, 'sector.same_section', { code: mentee.sectorSection }];
  if (!mentee.sectorCode || !mentor.sectorCode) return [0, 'sector.unknown', {}];
  return [0, 'sector.different', { mentee: mentee.sectorCode, mentor: mentor.sectorCode }];
}

function occupationCriterion(
  mentee: MenteeMatchProfile,
  mentor: MentorMatchProfile,
): [number, string, Record<string, string>] {
  const a = mentee.iscoCode;
  const b = mentor.iscoCode;
  if (!a || !b) return [0, 'occupation.unknown', {}];
  for (const [digits, value, reason] of [
    [4, 1, 'occupation.same_unit_group'],
    [3, 0.75, 'occupation.same_minor_group'],
    [2, 0.5, 'occupation.same_sub_major_group'],
    [1, 0.25, 'occupation.same_major_group'],
  ] as const) {
    if (a.slice(0, digits) === b.slice(0, digits)) return [value, reason, { code: a.slice(0, digits) }];
  }
  return [0, 'occupation.different', {}];
}

/** The best language both understand and speak at a workable level, scored by the weaker of the two. */
export function bestSharedLanguage(
  mentee: MenteeMatchProfile,
  mentor: MentorMatchProfile,
): { code: string; level: number } | null {
  let best: { code: string; level: number } | null = null;
  for (const own of mentee.languages) {
    const other = mentor.languages.find((l) => l.code === own.code);
    if (!other) continue;
    const levels = [own.understanding, own.speaking, other.understanding, other.speaking];
    if (!levels.every((level) => cefrAtLeast(level, workableLevel))) continue;
    const level = Math.min(...levels.map(cefrValue));
    if (!best || level > best.level || (level === best.level && own.code < best.code))
      best = { code: own.code, level };
  }
  return best;
}

export interface PairContext {
  weights: Weights;
  blocked: boolean;
}

/** Scores one pair, or names the hard constraint that rules it out. */
export function scorePair(
  mentee: MenteeMatchProfile,
  mentor: MentorMatchProfile,
  context: PairContext,
): PairScore {
  if (mentee.personId === mentor.personId) return { possible: false, constraint: 'same_person', params: {} };
  if (context.blocked) return { possible: false, constraint: 'blocked', params: {} };
  if (!mentor.screened) return { possible: false, constraint: 'mentor_not_screened', params: {} };
  if (mentor.freePlaces <= 0) return { possible: false, constraint: 'mentor_at_capacity', params: {} };
  const missing = [...mentor.missingTraining, ...mentee.missingTraining];
  if (missing.length > 0)
    return { possible: false, constraint: 'missing_training', params: { modules: missing.join(', ') } };
  const language = bestSharedLanguage(mentee, mentor);
  if (!language) return { possible: false, constraint: 'no_shared_language', params: {} };

  const scores: CriterionScore[] = [];
  const add = (
    criterion: Criterion,
    value: number,
    reason: string,
    params: Record<string, string | number> = {},
  ) =>
    scores.push({
      criterion,
      value: Math.max(0, Math.min(1, value)),
      weight: context.weights[criterion],
      reason,
      params,
    });

  add('sector', ...sectorCriterion(mentee, mentor));
  add('occupation', ...occupationCriterion(mentee, mentor));
  add('language', 0.4 + 0.2 * (language.level - 3), 'language.shared', {
    code: language.code,
    level: cefrLevels[language.level - 1] ?? 'B1',
  });
  const skills = overlapShare(mentee.skills, mentor.skills);
  add('skills', skills ?? 0.5, skills === null ? 'skills.unknown' : 'skills.overlap', {
    share: Math.round((skills ?? 0) * 100),
  });
  const interests = overlapShare(mentee.interests, mentor.interests);
  add('interests', interests ?? 0.5, interests === null ? 'interests.unknown' : 'interests.overlap', {
    share: Math.round((interests ?? 0) * 100),
  });
  const shared =
    mentee.availability.length && mentor.availability.length
      ? mentee.availability.filter((s) => mentor.availability.includes(s))
      : null;
  const slots = shared?.length ?? null;
  add(
    'availability',
    slots === null ? 0.5 : Math.min(1, slots / 2),
    slots === null ? 'availability.unknown' : slots === 0 ? 'availability.none' : 'availability.shared',
    // `list` names the shared weekly slots ("2-evening,6-morning") for the reason text.
    { slots: slots ?? 0, ...(shared?.length ? { list: shared.join(',') } : {}) },
  );
  const bothOnline = mentee.meets.online && mentor.meets.online;
  if (mentee.location && mentor.location) {
    const km = haversineKm(mentee.location, mentor.location);
    const byDistance = km <= 5 ? 1 : Math.max(0, 1 - (km - 5) / 55);
    add(
      'distance',
      bothOnline ? Math.max(byDistance, 0.8) : byDistance,
      bothOnline && byDistance < 0.8 ? 'distance.far_but_online' : 'distance.km',
      { km: Math.round(km) },
    );
  } else {
    add('distance', 0.5, 'distance.unknown');
  }
  const inPerson = mentee.meets.inPerson && mentor.meets.inPerson;
  add(
    'preferences',
    inPerson || bothOnline ? 1 : 0,
    inPerson ? 'preferences.in_person' : bothOnline ? 'preferences.online' : 'preferences.mismatch',
  );
  add('waiting', Math.min(1, (mentee.waitingDays ?? 0) / 180), 'waiting.days', {
    days: mentee.waitingDays ?? 0,
  });

  const weightSum = scores.reduce((sum, c) => sum + c.weight, 0);
  const score = weightSum > 0 ? scores.reduce((sum, c) => sum + c.weight * c.value, 0) / weightSum : 0;
  return { possible: true, score: Math.round(score * 1e6) / 1e6, criteria: scores };
}

/** Checks admin-tuned weights: every criterion present, none negative, not all zero. */
export function checkWeights(
  weights: Partial<Weights>,
): { ok: true; weights: Weights } | { ok: false; problem: string } {
  const merged = { ...defaultWeights, ...weights };
  for (const criterion of criteria) {
    const w = merged[criterion];
    if (!Number.isFinite(w) || w < 0 || w > 10)
      return { ok: false, problem: `${criterion} must be a number from 0 to 10` };
  }
  if (criteria.every((c) => merged[c] === 0))
    return { ok: false, problem: 'at least one weight must be above 0' };
  return { ok: true, weights: merged };
}
