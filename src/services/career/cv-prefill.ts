import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CvDraft } from '../../contracts/cv.js';
import { assessmentRequest, menteeApplicationRequest } from '../../contracts/people.js';
import { findPostcode } from '../../db/queries/reference.js';
import { occupationLabelsOf, sectorLabelsOf } from '../../db/queries/reference-labels.js';
import type { Database } from '../../db/schema.js';
import type { LoadedPerson } from '../people/load-person.js';
import { cvLabels } from './cv-labels.js';

/** The parts of a stored application the CV can use; anything else (or an older shape) is ignored. */
const applicationParts = menteeApplicationRequest
  .pick({
    languages: true,
    experience: true,
    education: true,
    targetSectorCode: true,
    targetOccupationCode: true,
  })
  .partial()
  .strip();
const assessmentParts = assessmentRequest
  .pick({ sectorCode: true, occupationCode: true, skillUris: true, languages: true, interests: true })
  .partial()
  .strip();

function parsed<T extends z.ZodType>(schema: T, json: string | null): z.output<T> | Record<string, never> {
  if (!json) return {};
  const result = schema.safeParse(JSON.parse(json));
  return result.success ? result.data : {};
}

/** The contact details a mentee may print: from her own record, the town as its name. */
export async function contactDetailsOf(db: Kysely<Database>, mentee: LoadedPerson) {
  const town = mentee.postcode ? await findPostcode(db, mentee.postcode) : undefined;
  return { phone: mentee.phone, email: mentee.email, town: town?.place_name ?? null };
}

/**
 * The first CV version proposed to a mentee, from her application and her intake: languages
 * (mother tongues and the CEFR grid of the intake), education and experience as she told them, the
 * skills and interests of the intake and the sector and occupation she wishes, in words, in her
 * language. Every contact detail is ticked, as the programme's training advises; she unticks any.
 */
export async function prefillCv(db: Kysely<Database>, mentee: LoadedPerson): Promise<CvDraft> {
  const locale = mentee.locale;
  const l = cvLabels(locale);
  const application = parsed(applicationParts, mentee.application);
  const assessment = parsed(assessmentParts, mentee.assessment);
  const sectorCode = assessment.sectorCode ?? application.targetSectorCode ?? null;
  const occupationCode = assessment.occupationCode ?? application.targetOccupationCode ?? null;
  const occupationCodes = [
    ...(occupationCode ? [occupationCode] : []),
    ...(application.experience ?? []).flatMap((e) => (e.occupationCode ? [e.occupationCode] : [])),
  ];
  const [sectors, occupations] = await Promise.all([
    sectorLabelsOf(db, sectorCode ? [sectorCode] : [], locale),
    occupationLabelsOf(db, occupationCodes, locale),
  ]);
  const sector = sectorCode ? sectors.get(sectorCode) : undefined;
  const occupation = occupationCode ? occupations.get(occupationCode) : undefined;
  const profile = sector
    ? occupation
      ? l.wish.both.replace('{occupation}', occupation).replace('{sector}', sector)
      : l.wish.sector.replace('{sector}', sector)
    : '';
  const spoken = application.languages ?? [];
  const grid = assessment.languages ?? [];
  const motherTongues = spoken.filter((s) => s.level === 'native').map((s) => s.code);
  const foreign = grid
    .filter((g) => !motherTongues.includes(g.code))
    .map((g) => ({
      code: g.code,
      listening: g.understanding,
      reading: g.understanding,
      spokenInteraction: g.speaking,
      spokenProduction: g.speaking,
      writing: g.writing,
    }));
  return {
    contact: { phone: Boolean(mentee.phone), email: true, town: Boolean(mentee.postcode) },
    profile,
    experience: (application.experience ?? []).map((e) => ({
      employer: '',
      role: (e.occupationCode ? occupations.get(e.occupationCode) : undefined) ?? e.title,
      country: e.country,
      from: '',
      to: null,
      description: '',
    })),
    education: (application.education ?? [])
      .filter((e) => e.level !== 'none')
      .map((e) => ({
        title: e.field ? `${l.educationLevels[e.level]}: ${e.field}` : l.educationLevels[e.level],
        institution: '',
        country: e.country,
        year: null,
        recognised: e.recognisedInBelgium ? 'yes' : 'no',
      })),
    skills: { esco: assessment.skillUris ?? [], free: [] },
    languages: { motherTongues: motherTongues.slice(0, 5), foreign: foreign.slice(0, 15) },
    talents: [],
    interests: assessment.interests ?? [],
  };
}
