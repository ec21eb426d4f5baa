import type { Kysely } from 'kysely';
import { z } from 'zod';
import { assessmentRequest } from '../../contracts/people.js';
import { matchableMentorStatuses } from '../../contracts/people-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { countHeldPlaces, loadPoolPeople } from '../../db/queries/matching.js';
import type { Database } from '../../db/schema.js';
import type { MenteeMatchProfile, MentorMatchProfile } from '../../domain/matching/match-profile.js';
import { foldForSearch } from '../../domain/reference/fold-text.js';
import { waitingDays } from '../people/present-person.js';
import { missingTrainingFor } from '../training/required-training.js';

/** Statuses in which people enter a matching pool (DESIGN.md section 3). */
export const matchableMenteeStatuses = ['ready_to_match'] as const;

export interface PoolPerson {
  id: string;
  name: string;
  associationId: string | null;
  associationName: string | null;
  sectorCode: string | null;
  languages: string[];
  postcode: string | null;
  waitingDays: number;
  email: string;
}

/** The parts of the application form that matching reads when there is no assessment yet. */
const storedApplication = z.object({
  languages: z.array(z.object({ code: z.string(), level: z.string() })).optional(),
  targetOccupationCode: z.string().optional(),
  occupationCode: z.string().optional(),
  capacity: z.number().optional(),
});

type Row = Awaited<ReturnType<typeof loadPoolPeople>>[number];

function iscoOf(code: string | null | undefined): string | null {
  const match = code?.match(/^(?:esco|isco):(\d{1,4})/);
  return match?.[1] ?? null;
}

function profileOf(row: Row, now: Date) {
  const assessment = row.assessment ? parseStoredJson(assessmentRequest, row.assessment, 'assessment') : null;
  const application = parseStoredJson(storedApplication, row.application, 'application');
  const languages = assessment
    ? assessment.languages.map((l) => ({
        code: l.code,
        understanding: l.understanding,
        speaking: l.speaking,
      }))
    : (application.languages ?? []).map((l) => {
        const level = (l.level === 'native' ? 'C2' : l.level) as 'A1';
        return { code: l.code, understanding: level, speaking: level };
      });
  const profile = {
    id: row.id,
    personId: row.email,
    sectorCode: assessment?.sectorCode ?? row.sector_code,
    sectorSection: row.sector_section,
    iscoCode: iscoOf(
      assessment?.occupationCode ?? application.targetOccupationCode ?? application.occupationCode,
    ),
    languages,
    skills: [...(assessment?.skillUris ?? []), ...(assessment?.tags ?? []).map(foldForSearch)],
    interests: (assessment?.interests ?? []).map(foldForSearch),
    availability: (assessment?.availability ?? []).map((slot) => `${slot.day}-${slot.part}`),
    location:
      row.latitude !== null && row.longitude !== null
        ? { latitude: Number(row.latitude), longitude: Number(row.longitude) }
        : null,
    meets: assessment?.meetingPreferences
      ? { inPerson: assessment.meetingPreferences.inPerson, online: assessment.meetingPreferences.online }
      : { inPerson: true, online: true },
    missingTraining: [] as string[],
  };
  const person: PoolPerson = {
    id: row.id,
    name: `${row.first_name} ${row.last_name}`,
    associationId: row.association_id,
    associationName: row.association_name,
    sectorCode: profile.sectorCode,
    languages: languages.map((l) => l.code),
    postcode: row.postcode,
    waitingDays: waitingDays(row.applied_at, now),
    email: row.email,
  };
  return { profile, person, capacity: assessment?.capacity ?? application.capacity ?? 1 };
}

/**
 * The pool of a run: mentees ready to match and screened mentors with free places, from the
 * associations the pool rule names (null: all; domain/access/matching-pool.ts), each with the
 * required training modules they have not attended yet.
 */
export async function loadPool(
  db: Kysely<Database>,
  pool: { menteeAssociationIds: string[] | null; mentorAssociationIds: string[] | null },
  now: Date,
) {
  const [menteeRows, mentorRows] = await Promise.all([
    loadPoolPeople(db, 'mentee', matchableMenteeStatuses, pool.menteeAssociationIds),
    loadPoolPeople(db, 'mentor', matchableMentorStatuses, pool.mentorAssociationIds),
  ]);
  const [held, missing] = await Promise.all([
    countHeldPlaces(
      db,
      mentorRows.map((r) => r.id),
    ),
    missingTrainingFor(db, [
      ...menteeRows.map((r) => ({ id: r.id, kind: 'mentee' as const })),
      ...mentorRows.map((r) => ({ id: r.id, kind: 'mentor' as const })),
    ]),
  ]);
  const mentees: Array<{ profile: MenteeMatchProfile; person: PoolPerson }> = menteeRows.map((row) => {
    const { profile, person } = profileOf(row, now);
    return {
      profile: { ...profile, waitingDays: person.waitingDays, missingTraining: missing.get(row.id) ?? [] },
      person,
    };
  });
  const mentors: Array<{ profile: MentorMatchProfile; person: PoolPerson; capacity: number }> = mentorRows
    .map((row) => {
      const { profile, person, capacity } = profileOf(row, now);
      const freePlaces = Math.max(0, capacity - (held.get(row.id) ?? 0));
      return {
        profile: { ...profile, freePlaces, screened: true, missingTraining: missing.get(row.id) ?? [] },
        person,
        capacity: freePlaces,
      };
    })
    .filter((m) => m.capacity > 0);
  return { mentees, mentors };
}
