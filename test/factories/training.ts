import { randomUUID } from 'node:crypto';
import { insertModule, insertRegistration, insertSession } from '../../src/db/queries/training.js';
import type { Deps } from '../../src/services/context.js';
import { buildUser, sessionCookieFor } from './accounts.js';
import { buildPerson } from './people.js';

let sequence = 0;

/** A catalogue module; texts in the three languages. */
export async function buildModule(
  deps: Deps,
  overrides: Partial<{
    code: string;
    audience: 'mentee' | 'mentor' | 'both';
    format: 'in_person' | 'online' | 'self_study';
    kind: 'training' | 'network_event';
    required: boolean;
    title: Record<'nl' | 'fr' | 'en', string>;
  }> = {},
) {
  sequence += 1;
  const now = deps.now().toISOString();
  const row = {
    id: randomUUID(),
    code: overrides.code ?? `module-${sequence}-${randomUUID().slice(0, 4)}`,
    audience: overrides.audience ?? 'mentor',
    title: JSON.stringify(
      overrides.title ?? {
        nl: `Module ${sequence}`,
        fr: `Module ${sequence} (fr)`,
        en: `Module ${sequence} (en)`,
      },
    ),
    description: JSON.stringify({ nl: 'Beschrijving', fr: 'Description', en: 'Description' }),
    duration_minutes: 120,
    format: overrides.format ?? 'in_person',
    languages: JSON.stringify(['nl']),
    goals: JSON.stringify({ nl: [], fr: [], en: [] }),
    required_for_matching: overrides.required ? 1 : 0,
    kind: overrides.kind ?? 'training',
    created_at: now,
    updated_at: now,
  };
  await insertModule(deps.db.kysely, row);
  return row;
}

/** A dated session of a module (default: tomorrow 18:00-21:00 Brussels time relative to the test clock). */
export async function buildSession(
  deps: Deps,
  moduleId: string,
  overrides: Partial<{
    startsAt: string;
    endsAt: string;
    capacity: number;
    place: string | null;
    videoUrl: string | null;
  }> = {},
) {
  const startsAt = overrides.startsAt ?? new Date(deps.now().getTime() + 86_400_000).toISOString();
  const row = {
    id: randomUUID(),
    module_id: moduleId,
    starts_at: new Date(startsAt).toISOString(),
    ends_at: new Date(overrides.endsAt ?? new Date(startsAt).getTime() + 3 * 3_600_000).toISOString(),
    place: overrides.place === undefined ? 'Gent, Vrijdagmarkt 1' : overrides.place,
    video_url: overrides.videoUrl ?? null,
    trainer: 'Nadia Benali',
    capacity: overrides.capacity ?? 10,
    language: 'nl',
    created_at: deps.now().toISOString(),
  };
  await insertSession(deps.db.kysely, row);
  return row;
}

/** A registration stored straight away (status as given). */
export async function buildRegistration(
  deps: Deps,
  sessionId: string,
  personId: string,
  status: 'registered' | 'waitlisted' | 'attended' | 'absent' | 'cancelled' = 'registered',
) {
  const now = deps.now().toISOString();
  const row = {
    id: randomUUID(),
    session_id: sessionId,
    person_id: personId,
    status,
    registered_at: now,
    registered_by: null,
    updated_at: now,
  };
  await insertRegistration(deps.db.kysely, row);
  return row;
}

/** A mentee or mentor with an account linked to their record, and a signed-in cookie. */
export async function buildParticipant(
  deps: Deps,
  options: {
    kind: 'mentee' | 'mentor';
    associationId: string | null;
    firstName?: string;
    lastName?: string;
    locale?: 'nl' | 'fr' | 'en';
  },
) {
  const person = await buildPerson(deps, options);
  const user = await buildUser(deps, {
    role: options.kind,
    locale: options.locale ?? 'nl',
    name: person.name,
  });
  await deps.db.kysely.updateTable('people').set({ user_id: user.id }).where('id', '=', person.id).execute();
  return { ...person, user, cookie: await sessionCookieFor(deps, user) };
}
