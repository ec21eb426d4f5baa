import { randomUUID } from 'node:crypto';
import { findPerson, findPersonByUser } from '../../db/queries/people.js';
import {
  countRegistrations,
  findModule,
  findRegistration,
  findRegistrationOf,
  findSession,
  insertRegistration,
  listSessionRegistrations,
  lockSession,
  oldestWaitlisted,
  setRegistrationStatus,
} from '../../db/queries/training.js';
import type { Database } from '../../db/schema.js';
import {
  mayAccessRegistration,
  type TrainingRegistrationAction,
  trainingRegistrationScopeOf,
} from '../../domain/access/training-registration-access.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { movesUp, placeFor } from '../../domain/training/registration.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { regionOfActor } from '../people/load-person.js';
import { inTransaction } from '../transaction.js';

type Registration = Database['training_registrations'];

/** A registration as the API shows it. */
export function presentRegistration(row: Registration) {
  return {
    id: row.id,
    sessionId: row.session_id,
    personId: row.person_id,
    status: row.status,
    registeredAt: row.registered_at,
  };
}

/**
 * The person a caller acts for, if the training registration table lets them do `action`: their own
 * record (mentee, mentor; `personId` may be left out) or a person a coach may see. 404 otherwise.
 */
async function personFor(
  deps: Deps,
  actor: Actor,
  personId: string | undefined,
  action: TrainingRegistrationAction,
): Promise<Result<{ id: string; kind: string }>> {
  const db = deps.db.kysely;
  const participant = actor.role === 'mentee' || actor.role === 'mentor';
  if (!personId && !participant)
    return fail('validation.failed', 'Choose the person to register.', [
      { path: ['personId'], code: 'too_small', message: 'required' },
    ]);
  const person = personId ? await findPerson(db, personId) : await findPersonByUser(db, actor.id);
  if (!person) return fail('not_found', 'No such person.');
  const viewer = { actor, actorRegion: await regionOfActor(db, actor) };
  const facts = {
    associationId: person.association_id,
    regionCode: person.region_code,
    userId: person.user_id,
  };
  if (!mayAccessRegistration(viewer, facts, action)) return fail('not_found', 'No such person.');
  return ok({ id: person.id, kind: person.kind });
}

/**
 * Registers a person for a session: a place while there is one, else the waiting list. The count and
 * the insert run in one transaction under the session's lock, so two people registering at the same
 * moment never overbook.
 */
export async function registerForSession(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  sessionId: string,
  personId: string | undefined,
) {
  const person = await personFor(deps, actor, personId, 'register');
  if (!person.ok) return person;
  const db = deps.db.kysely;
  const session = await findSession(db, sessionId);
  if (!session) return fail('not_found', 'No such session.');
  const module = await findModule(db, session.module_id);
  if (module && module.audience !== 'both' && module.audience !== person.value.kind)
    return fail('training.wrong_audience', `This module is for ${module.audience}s.`);
  const now = deps.now().toISOString();
  const result = await inTransaction(deps, async (trx) => {
    await lockSession(trx, deps.db.engine, sessionId);
    const existing = await findRegistrationOf(trx, sessionId, person.value.id);
    if (existing && existing.status !== 'cancelled') return ok(presentRegistration(existing));
    const counts = await countRegistrations(trx, sessionId);
    const holding = (counts.registered ?? 0) + (counts.attended ?? 0) + (counts.absent ?? 0);
    const status = placeFor(holding, session.capacity);
    let row: Registration;
    if (existing) {
      await setRegistrationStatus(trx, existing.id, status, now, now);
      row = { ...existing, status, registered_at: now, updated_at: now };
    } else {
      row = {
        id: randomUUID(),
        session_id: sessionId,
        person_id: person.value.id,
        status,
        registered_at: now,
        registered_by: actor.id,
        updated_at: now,
      };
      await insertRegistration(trx, row);
    }
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.registered',
      subjectType: 'person',
      subjectId: person.value.id,
      details: { sessionId, status },
    });
    return ok(presentRegistration(row));
  });
  return result;
}

/** Cancels a registration; the longest waiting person takes the freed place. */
export async function cancelRegistration(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  registrationId: string,
) {
  const db = deps.db.kysely;
  const registration = await findRegistration(db, registrationId);
  if (!registration) return fail('not_found', 'No such registration.');
  const allowed = await personFor(deps, actor, registration.person_id, 'cancel');
  if (!allowed.ok) return fail('not_found', 'No such registration.');
  if (registration.status === 'cancelled') return ok(presentRegistration(registration));
  if (registration.status === 'attended' || registration.status === 'absent')
    return fail(
      'training.already_held',
      'Attendance is recorded; this registration can no longer be cancelled.',
    );
  const session = (await findSession(db, registration.session_id))!;
  const now = deps.now().toISOString();
  return inTransaction(deps, async (trx) => {
    await lockSession(trx, deps.db.engine, session.id);
    await setRegistrationStatus(trx, registration.id, 'cancelled', now);
    const counts = await countRegistrations(trx, session.id);
    const holding = (counts.registered ?? 0) + (counts.attended ?? 0) + (counts.absent ?? 0);
    const up = movesUp(holding, session.capacity, counts.waitlisted ?? 0);
    for (const next of await oldestWaitlisted(trx, session.id, up)) {
      await setRegistrationStatus(trx, next.id, 'registered', now);
      await recordAuditEvent(trx, ctx, deps.now(), {
        action: 'training.moved_up',
        subjectType: 'person',
        subjectId: next.person_id,
        details: { sessionId: session.id },
      });
    }
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.cancelled',
      subjectType: 'person',
      subjectId: registration.person_id,
      details: { sessionId: session.id },
    });
    return ok(presentRegistration({ ...registration, status: 'cancelled', updated_at: now }));
  });
}

/** The trainer or coach records whether a registered person came. */
export async function recordAttendance(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  registrationId: string,
  attended: boolean,
) {
  const db = deps.db.kysely;
  const registration = await findRegistration(db, registrationId);
  if (!registration) return fail('not_found', 'No such registration.');
  const allowed = await personFor(deps, actor, registration.person_id, 'record_attendance');
  if (!allowed.ok) return fail('not_found', 'No such registration.');
  if (registration.status === 'waitlisted' || registration.status === 'cancelled') {
    return fail(
      'training.not_registered',
      'Attendance can only be recorded for someone with a place in the session.',
    );
  }
  const now = deps.now().toISOString();
  const status = attended ? 'attended' : 'absent';
  await inTransaction(deps, async (trx) => {
    await setRegistrationStatus(trx, registrationId, status, now);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.attendance',
      subjectType: 'person',
      subjectId: registration.person_id,
      details: { sessionId: registration.session_id, attended },
    });
  });
  return ok(presentRegistration({ ...registration, status, updated_at: now }));
}

/**
 * Who registered for a session, limited to the people the training registration table lets the viewer
 * read (a coach: their association's people and their region's unclaimed applications). Audited: names
 * of people.
 */
export async function sessionRegistrations(deps: Deps, ctx: RequestContext, actor: Actor, sessionId: string) {
  const db = deps.db.kysely;
  const viewer = { actor, actorRegion: await regionOfActor(db, actor) };
  const visible = await listSessionRegistrations(db, sessionId, trainingRegistrationScopeOf(viewer, 'read'));
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'training.registrations_read',
    subjectType: 'training_session',
    subjectId: sessionId,
    details: { count: visible.length },
  });
  return {
    items: visible.map((r) => ({
      id: r.id,
      sessionId,
      personId: r.person_id,
      personName: `${r.first_name} ${r.last_name}`,
      status: r.status,
      registeredAt: r.registered_at,
    })),
  };
}
