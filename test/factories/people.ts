import { randomUUID } from 'node:crypto';
import type { Locale } from '../../src/contracts/base-vocabulary.js';
import type { Assessment } from '../../src/contracts/people.js';
import type { PersonStatus } from '../../src/contracts/people-vocabulary.js';
import { insertPerson } from '../../src/db/queries/people.js';
import { foldForSearch } from '../../src/domain/reference/fold-text.js';
import type { Deps } from '../../src/services/context.js';

let sequence = 0;

export function buildAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    sectorCode: '86',
    occupationCode: 'esco:2221.2',
    skillUris: [],
    tags: ['wondzorg'],
    languages: [{ code: 'nl', understanding: 'B2', speaking: 'B1', writing: 'A2' }],
    interests: [],
    motivation: 4,
    availability: [{ day: 2, part: 'evening' }],
    postcode: '9000',
    meetingPreferences: { inPerson: true, online: true },
    trainingNeeds: [],
    ...overrides,
  };
}

/** A mentee or mentor straight in a status (ready to match, accepted ...) with an assessment. */
export async function buildPerson(
  deps: Deps,
  options: {
    kind: 'mentee' | 'mentor';
    status?: PersonStatus;
    associationId: string | null;
    firstName?: string;
    lastName?: string;
    locale?: Locale;
    assessment?: Partial<Assessment>;
    appliedDaysAgo?: number;
  },
) {
  sequence += 1;
  const id = randomUUID();
  const firstName = options.firstName ?? `${options.kind === 'mentee' ? 'Mentee' : 'Mentor'}${sequence}`;
  const lastName = options.lastName ?? `Test${sequence}`;
  const assessment = buildAssessment(options.assessment);
  const appliedAt = new Date(
    deps.now().getTime() - (options.appliedDaysAgo ?? 10) * 86_400_000,
  ).toISOString();
  await insertPerson(
    deps.db.kysely,
    {
      id,
      kind: options.kind,
      status: options.status ?? (options.kind === 'mentee' ? 'ready_to_match' : 'accepted'),
      association_id: options.associationId,
      region_code: 'VLG',
      user_id: null,
      first_name: firstName,
      last_name: lastName,
      search_name: foldForSearch(`${firstName} ${lastName}`),
      email: `${foldForSearch(firstName).replace(/[^a-z0-9]/g, '')}.${sequence}.${randomUUID().slice(0, 4)}@example.be`,
      phone: null,
      phone_key: null,
      locale: options.locale ?? 'nl',
      postcode: assessment.postcode,
      date_of_birth: null,
      sector_code: assessment.sectorCode,
      sector_section: assessment.sectorCode === '86' ? 'Q' : null,
      eligible: 1,
      eligibility_failed: '[]',
      application: '{}',
      assessment: JSON.stringify(assessment),
      intake: null,
      sensitive: null,
      linked_applications: 0,
      applied_at: appliedAt,
      status_changed_at: appliedAt,
      updated_at: appliedAt,
    },
    assessment.languages.map((l) => l.code),
  );
  return { id, name: `${firstName} ${lastName}` };
}
