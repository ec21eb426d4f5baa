import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Assessment } from '../../contracts/people.js';
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
const mentorNames = [
  ['Pieter', 'De Smet'],
  ['Els', 'Claes'],
  ['Tom', 'Peeters'],
  ['Sofie', 'Janssens'],
  ['Karim', 'Bouzid'],
  ['Anne', 'Dubois'],
  ['Koen', 'Wouters'],
  ['Inge', 'Maes'],
  ['Hicham', 'Ait Said'],
  ['Lotte', 'Vermeulen'],
  ['Marc', 'Lambert'],
  ['Sarah', 'Goossens'],
] as const;
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
const mentorStatuses = ['applied', 'intake_planned', 'accepted', 'accepted', 'declined'] as const;

function assessmentFor(
  i: number,
  sector: string,
  occupation: string,
  postcode: string,
  languages: readonly string[],
  kind: 'mentee' | 'mentor',
): Assessment {
  return {
    sectorCode: sector,
    occupationCode: occupation,
    skillUris: [],
    tags: kind === 'mentee' ? ['gemotiveerd', 'praktisch'] : ['geduldig'],
    languages: languages.map((code, n) => ({
      code,
      understanding: n === 0 ? 'C2' : 'B1',
      speaking: n === 0 ? 'C2' : 'B1',
      writing: n === 0 ? 'C1' : 'A2',
    })),
    interests: ['netwerken'],
    motivation: 3 + (i % 3),
    availability: [
      { day: 1 + (i % 5), part: 'evening' },
      { day: 6, part: 'morning' },
    ],
    postcode,
    meetingPreferences: { inPerson: true, online: i % 2 === 0 },
    trainingNeeds:
      kind === 'mentee' ? ['cv_and_talents', 'job_applications'] : ['coaching_skills', 'diversity_training'],
    notes: 'Demo-gegevens.',
    ...(kind === 'mentor' ? { capacity: 1 + (i % 2), yearsOfExperience: 8 + i } : {}),
  };
}

const pathTo: Record<string, string[]> = {
  applied: ['applied'],
  intake_planned: ['applied', 'intake_planned'],
  assessed: ['applied', 'intake_planned', 'assessed'],
  ready_to_match: ['applied', 'intake_planned', 'assessed', 'ready_to_match'],
  ineligible: ['applied', 'intake_planned', 'assessed', 'ineligible'],
  accepted: ['applied', 'intake_planned', 'accepted'],
  declined: ['applied', 'intake_planned', 'declined'],
};

/** Demo mentees and mentors in every status before matching, spread over the associations. */
export async function addDemoPeople(
  trx: Kysely<Database>,
  now: Date,
  associations: ReadonlyArray<{ id: string; region: string }>,
  coachOf: Map<string, string>,
): Promise<number> {
  let count = 0;
  const add = async (
    kind: 'mentee' | 'mentor',
    name: readonly [string, string],
    i: number,
    status: string,
  ) => {
    const [firstName, lastName] = name;
    const email = `${foldForSearch(`${firstName}.${lastName}`).replace(/[^a-z.]+/g, '')}@demo.mentor2work.be`;
    if (await trx.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst()) return;
    const place = places[i % places.length]!;
    const association = associations.filter((a) => a.region === place[1])[i % 2] ?? associations[0]!;
    const [sector, section, occupation] = sectors[i % sectors.length]!;
    const languages = languageSets[i % languageSets.length]!;
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
        region_code: place[1],
        user_id: null,
        first_name: firstName,
        last_name: lastName,
        search_name: foldForSearch(`${firstName} ${lastName}`),
        email,
        phone: `+32 470 ${String(100000 + i * 7919).slice(0, 6)}`,
        phone_key: null,
        locale: place[1] === 'BRU' ? 'fr' : 'nl',
        postcode: place[0],
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
        assessment: assessed
          ? JSON.stringify(assessmentFor(i, sector, occupation, place[0], languages, kind))
          : null,
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
  for (const [i, name] of menteeNames.entries())
    await add('mentee', name, i, menteeStatuses[i % menteeStatuses.length]!);
  for (const [i, name] of mentorNames.entries())
    await add('mentor', name, i + 3, mentorStatuses[i % mentorStatuses.length]!);
  return count;
}
