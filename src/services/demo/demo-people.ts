import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Assessment } from '../../contracts/people.js';
import { type PersonStatus, undecidedStatuses } from '../../contracts/people-vocabulary.js';
import { insertPerson, insertStatusChange } from '../../db/queries/people.js';
import type { Database } from '../../db/schema.js';
import { foldForSearch } from '../../domain/reference/fold-text.js';

/** Fictitious applicants whose names and places fit Flanders and Brussels. */
const menteeNames = [
  ['Amina', 'El Idrissi'],
  ['Mehmet', 'Yilmaz'],
  ['Grace', 'Mbuyi'],
  ['Yonas', 'Tesfaye'],
  ['Fatima', 'Bakkali'],
  ['Ahmad', 'Rahimi'],
  ['Oksana', 'Kovalenko'],
  ['Ionut', 'Popescu'],
  ['Samira', 'Ouali'],
  ['Kwame', 'Mensah'],
  ['Layla', 'Haddad'],
  ['Bilal', 'Chaoui'],
  ['Hanna', 'Gebremedhin'],
  ['Dariusz', 'Nowak'],
  ['Nadia', 'Benali'],
  ['Emre', 'Kaya'],
  ['Aïcha', 'Diallo'],
  ['Farid', 'Azizi'],
  ['Marie-Claire', 'Kabila'],
  ['Youssef', 'Amrani'],
  ['Elif', 'Demir'],
  ['Tesfay', 'Kidane'],
  ['Rania', 'Saleh'],
  ['Pavel', 'Ivanov'],
] as const;
type Level = Assessment['languages'][number]['speaking'];
type Sector = readonly [division: string, section: string, occupation: string];

const health: Sector = ['86', 'Q', 'esco:2221.2'];
const kitchen: Sector = ['56', 'I', 'esco:5120.1'];
const building: Sector = ['41', 'F', 'esco:7112.1'];
const transport: Sector = ['49', 'H', 'esco:8322.1'];
const retail: Sector = ['47', 'G', 'esco:5223.1'];

/**
 * A person written out in full: the association (index in the demo associations), where they
 * live, their sector and the languages they understand and speak at a level.
 */
interface DemoProfile {
  name: readonly [string, string];
  association: number;
  status: PersonStatus;
  postcode: string;
  sector: Sector;
  languages: ReadonlyArray<readonly [code: string, level: Level]>;
  capacity?: number;
}

/**
 * Mentors of every association, most of them trained and ready, so that each association with
 * mentees ready has a pool that yields pairs (and a few who cannot be matched, with the reason).
 * Association indexes: 0 Brug naar Werk (BRU), 1 Kleurrijk Gent, 2 Samen Sterk Antwerpen,
 * 3 Horizon Limburg (VLG), 4 Pont Bruxellois (BRU).
 */
const demoMentors: readonly DemoProfile[] = [
  {
    name: ['Pieter', 'De Smet'],
    association: 1,
    status: 'accepted',
    postcode: '9000',
    sector: health,
    languages: [
      ['nl', 'C2'],
      ['en', 'B2'],
    ],
    capacity: 2,
  },
  {
    name: ['Els', 'Claes'],
    association: 1,
    status: 'applied',
    postcode: '9000',
    sector: kitchen,
    languages: [['nl', 'C2']],
  },
  {
    name: ['Tom', 'Peeters'],
    association: 2,
    status: 'accepted',
    postcode: '2000',
    sector: retail,
    languages: [
      ['nl', 'C2'],
      ['en', 'B2'],
    ],
    capacity: 1,
  },
  {
    name: ['Sofie', 'Janssens'],
    association: 2,
    status: 'accepted',
    postcode: '2800',
    sector: transport,
    languages: [
      ['nl', 'C2'],
      ['fr', 'A2'],
      ['en', 'B1'],
    ],
    capacity: 1,
  },
  {
    name: ['Karim', 'Bouzid'],
    association: 0,
    status: 'accepted',
    postcode: '1080',
    sector: transport,
    languages: [
      ['ar', 'C2'],
      ['fr', 'C2'],
      ['nl', 'B2'],
    ],
    capacity: 1,
  },
  {
    name: ['Anne', 'Dubois'],
    association: 0,
    status: 'accepted',
    postcode: '1000',
    sector: retail,
    languages: [
      ['fr', 'C2'],
      ['nl', 'B1'],
    ],
    capacity: 1,
  },
  {
    name: ['Koen', 'Wouters'],
    association: 3,
    status: 'accepted',
    postcode: '3600',
    sector: building,
    languages: [
      ['nl', 'C2'],
      ['en', 'B2'],
    ],
    capacity: 1,
  },
  {
    name: ['Inge', 'Maes'],
    association: 2,
    status: 'intake_planned',
    postcode: '2000',
    sector: health,
    languages: [['nl', 'C2']],
  },
  {
    name: ['Hicham', 'Ait Said'],
    association: 4,
    status: 'accepted',
    postcode: '1030',
    sector: transport,
    languages: [
      ['ar', 'C2'],
      ['fr', 'C2'],
      ['nl', 'B1'],
    ],
    capacity: 1,
  },
  {
    name: ['Lotte', 'Vermeulen'],
    association: 4,
    status: 'declined',
    postcode: '1030',
    sector: kitchen,
    languages: [
      ['nl', 'C2'],
      ['fr', 'B2'],
    ],
  },
  {
    name: ['Marc', 'Lambert'],
    association: 3,
    status: 'applied',
    postcode: '3600',
    sector: retail,
    languages: [['nl', 'C2']],
  },
  {
    name: ['Sarah', 'Goossens'],
    association: 1,
    status: 'intake_planned',
    postcode: '9000',
    sector: kitchen,
    languages: [['nl', 'C2']],
  },
];

/**
 * Mentees ready to match beside the generated ones: three at Kleurrijk Gent (one speaks only Fula and
 * French, which no mentor in Flanders speaks at B1) and one more at Brug naar Werk, where mentees
 * outnumber the places even with the mentors Pont Bruxellois shares.
 */
const demoReadyMentees: readonly DemoProfile[] = [
  {
    name: ['Khadija', 'Moussaoui'],
    association: 1,
    status: 'ready_to_match',
    postcode: '9000',
    sector: health,
    languages: [
      ['ar', 'C2'],
      ['nl', 'B2'],
      ['fr', 'B1'],
    ],
  },
  {
    name: ['Arben', 'Krasniqi'],
    association: 1,
    status: 'ready_to_match',
    postcode: '9000',
    sector: building,
    languages: [
      ['sq', 'C2'],
      ['nl', 'B1'],
      ['en', 'B1'],
    ],
  },
  {
    name: ['Mariam', 'Sow'],
    association: 1,
    status: 'ready_to_match',
    postcode: '9000',
    sector: kitchen,
    languages: [
      ['ff', 'C2'],
      ['fr', 'C1'],
    ],
  },
  {
    name: ['Moussa', 'Camara'],
    association: 0,
    status: 'ready_to_match',
    postcode: '1080',
    sector: retail,
    languages: [
      ['fr', 'C2'],
      ['nl', 'A2'],
    ],
  },
];
const places = [
  ['9000', 'VLG'],
  ['2000', 'VLG'],
  ['1000', 'BRU'],
  ['1080', 'BRU'],
  ['1030', 'BRU'],
  ['3600', 'VLG'],
  ['2800', 'VLG'],
  ['3000', 'VLG'],
  ['1070', 'BRU'],
  ['8400', 'VLG'],
] as const;
const sectors = [
  ['86', 'Q', 'esco:2221.2'],
  ['56', 'I', 'esco:5120.1'],
  ['41', 'F', 'esco:7112.1'],
  ['62', 'J', 'esco:2512.4'],
  ['49', 'H', 'esco:8322.1'],
  ['47', 'G', 'esco:5223.1'],
  ['85', 'P', 'esco:2341.1'],
] as const;
const languageSets = [
  ['ar', 'fr', 'nl'],
  ['tr', 'nl'],
  ['ln', 'fr'],
  ['ti', 'en', 'nl'],
  ['ar', 'nl'],
  ['fa', 'en'],
  ['uk', 'ru', 'en'],
  ['ro', 'fr'],
  ['zgh', 'fr', 'nl'],
  ['en', 'nl'],
] as const;
const menteeStatuses = [
  'applied',
  'applied',
  'intake_planned',
  'assessed',
  'ready_to_match',
  'ready_to_match',
  'ineligible',
] as const;

function assessmentFor(i: number, profile: DemoProfile, kind: 'mentee' | 'mentor'): Assessment {
  return {
    sectorCode: profile.sector[0],
    occupationCode: profile.sector[2],
    skillUris: [],
    tags: kind === 'mentee' ? ['gemotiveerd', 'praktisch'] : ['geduldig'],
    languages: profile.languages.map(([code, level], n) => ({
      code,
      understanding: level,
      speaking: level,
      writing: n === 0 ? 'C1' : 'A2',
    })),
    interests: ['netwerken'],
    motivation: 3 + (i % 3),
    availability: [
      { day: 1 + (i % 5), part: 'evening' },
      { day: 6, part: 'morning' },
    ],
    postcode: profile.postcode,
    meetingPreferences: { inPerson: true, online: i % 2 === 0 },
    trainingNeeds:
      kind === 'mentee' ? ['cv_and_talents', 'job_applications'] : ['coaching_skills', 'diversity_training'],
    notes: 'Demo-gegevens.',
    ...(kind === 'mentor' ? { capacity: profile.capacity ?? 1, yearsOfExperience: 8 + i } : {}),
  };
}

const pathTo: Partial<Record<PersonStatus, PersonStatus[]>> = {
  applied: ['applied'],
  intake_planned: ['applied', 'intake_planned'],
  assessed: [...undecidedStatuses],
  ready_to_match: ['applied', 'intake_planned', 'assessed', 'ready_to_match'],
  ineligible: ['applied', 'intake_planned', 'assessed', 'ineligible'],
  accepted: ['applied', 'intake_planned', 'accepted'],
  declined: ['applied', 'intake_planned', 'declined'],
};

/** The generated mentee number i: a place, an association of its region, a sector and languages. */
function generatedMentee(
  i: number,
  associations: ReadonlyArray<{ id: string; region: string }>,
): DemoProfile {
  const [postcode, region] = places[i % places.length]!;
  const ofRegion = associations.flatMap((a, n) => (a.region === region ? [n] : []));
  return {
    name: menteeNames[i]!,
    association: ofRegion[i % 2] ?? 0,
    status: menteeStatuses[i % menteeStatuses.length]!,
    postcode,
    sector: sectors[i % sectors.length]!,
    languages: languageSets[i % languageSets.length]!.map(
      (code, n) => [code, n === 0 ? 'C2' : 'B1'] as const,
    ),
  };
}

/**
 * Demo mentees and mentors in every status before matching, spread over the associations; the
 * people ready to match fit each other well enough that every association's pool yields pairs.
 */
export async function addDemoPeople(
  trx: Kysely<Database>,
  now: Date,
  associations: ReadonlyArray<{ id: string; region: string }>,
  coachOf: Map<string, string>,
): Promise<number> {
  let count = 0;
  const add = async (kind: 'mentee' | 'mentor', profile: DemoProfile, i: number) => {
    const [firstName, lastName] = profile.name;
    const { status } = profile;
    const email = `${foldForSearch(`${firstName}.${lastName}`).replace(/[^a-z.]+/g, '')}@demo.mentor2work.be`;
    if (await trx.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst()) return;
    const association = associations[profile.association] ?? associations[0]!;
    const region = association.region;
    const [sector, section] = profile.sector;
    const languages = profile.languages.map(([code]) => code);
    const appliedAt = new Date(now.getTime() - (5 + i * 4) * 86_400_000);
    const assessed = !['applied', 'intake_planned'].includes(status);
    const id = randomUUID();
    await insertPerson(
      trx,
      {
        id,
        kind,
        status,
        association_id: status === 'applied' && i % 3 === 0 ? null : association.id,
        region_code: region,
        user_id: null,
        first_name: firstName,
        last_name: lastName,
        search_name: foldForSearch(`${firstName} ${lastName}`),
        email,
        phone: `+32 470 ${String(100000 + i * 7919).slice(0, 6)}`,
        phone_key: null,
        locale: region === 'BRU' ? 'fr' : 'nl',
        postcode: profile.postcode,
        date_of_birth: kind === 'mentee' ? `${1975 + (i % 25)}-0${1 + (i % 9)}-1${i % 9}` : null,
        sector_code: sector,
        sector_section: section,
        eligible: kind === 'mentee' ? (status === 'ineligible' ? 0 : 1) : null,
        eligibility_failed: status === 'ineligible' ? '["no_recognised_qualification"]' : '[]',
        application: JSON.stringify({
          yearsOfExperience: 3 + (i % 12),
          languages: languages.map((code) => ({ code, level: 'B1' })),
          heardFrom: 'association',
          demo: true,
        }),
        assessment: assessed ? JSON.stringify(assessmentFor(i, profile, kind)) : null,
        intake:
          status === 'applied'
            ? null
            : JSON.stringify({
                startsAt: new Date(appliedAt.getTime() + 7 * 86_400_000).toISOString(),
                durationMinutes: 60,
                place: 'Kantoor van de vereniging',
                videoUrl: null,
              }),
        sensitive: null,
        coach_id: status === 'applied' ? null : (coachOf.get(association.id) ?? null),
        linked_applications: 0,
        applied_at: appliedAt.toISOString(),
        status_changed_at: appliedAt.toISOString(),
        updated_at: appliedAt.toISOString(),
      },
      languages,
    );
    const steps = pathTo[status] ?? ['applied'];
    for (const [n, step] of steps.entries()) {
      await insertStatusChange(trx, {
        id: randomUUID(),
        personId: id,
        from: n === 0 ? null : (steps[n - 1] ?? null),
        to: step,
        at: new Date(appliedAt.getTime() + n * 3 * 86_400_000).toISOString(),
        actorId: n === 0 ? null : (coachOf.get(association.id) ?? null),
        reasonCode:
          step === 'ineligible' ? 'recognised_qualification' : step === 'declined' ? 'not_available' : null,
      });
    }
    count += 1;
  };
  for (const i of menteeNames.keys()) await add('mentee', generatedMentee(i, associations), i);
  for (const [n, mentee] of demoReadyMentees.entries()) await add('mentee', mentee, menteeNames.length + n);
  for (const [n, mentor] of demoMentors.entries()) await add('mentor', mentor, n + 3);
  return count;
}
