import type { PersonStatus } from '../../src/contracts/people-vocabulary.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { foldForSearch } from '../../src/domain/reference/fold-text.js';
import type { Deps } from '../../src/services/context.js';
import { buildUser, sessionCookieFor } from './accounts.js';
import { buildPerson } from './people.js';

/** A mentee or mentor with a signed-in account tied to their record. */
export async function buildParticipant(
  deps: Deps,
  options: {
    kind: 'mentee' | 'mentor';
    associationId: string;
    firstName?: string;
    lastName?: string;
    locale?: 'nl' | 'fr' | 'en';
    status?: PersonStatus;
  },
) {
  const person = await buildPerson(deps, {
    kind: options.kind,
    associationId: options.associationId,
    ...(options.firstName ? { firstName: options.firstName } : {}),
    status: options.status ?? (options.kind === 'mentee' ? 'in_partnership' : 'in_partnership'),
  });
  const user = await buildUser(deps, {
    role: options.kind,
    associationId: options.associationId,
    locale: options.locale ?? 'nl',
  });
  const firstName = options.firstName ?? person.name.split(' ')[0]!;
  const lastName = options.lastName ?? person.name.split(' ').slice(1).join(' ');
  await updatePerson(deps.db.kysely, person.id, {
    user_id: user.id,
    first_name: firstName,
    last_name: lastName,
    search_name: foldForSearch(`${firstName} ${lastName}`),
    locale: options.locale ?? 'nl',
  });
  return {
    id: person.id,
    name: `${firstName} ${lastName}`,
    user,
    cookie: await sessionCookieFor(deps, user),
  };
}

/** A CV body with one of everything; override what the test is about. */
export function buildCvContent(overrides: Record<string, unknown> = {}) {
  return {
    profile: 'Verpleegkundige met tien jaar ervaring in Aleppo.',
    experience: [
      {
        employer: 'مستشفى حلب الجامعي',
        role: 'Verpleegkundige',
        country: 'SY',
        from: '2010-03',
        to: '2019-06',
        description: 'Spoedgevallen, wondzorg.',
      },
    ],
    education: [
      {
        title: 'Bachelor verpleegkunde',
        institution: 'Universiteit van Aleppo',
        country: 'SY',
        year: 2009,
        recognised: 'pending',
      },
    ],
    skills: { esco: [], free: ['wondzorg'] },
    languages: {
      motherTongues: ['ar'],
      foreign: [
        {
          code: 'nl',
          listening: 'B1',
          reading: 'B1',
          spokenInteraction: 'A2',
          spokenProduction: 'A2',
          writing: 'A2',
        },
      ],
    },
    talents: ['rustig onder druk'],
    interests: ['koken'],
    ...overrides,
  };
}
