import { z } from 'zod';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { findModule, findRegistrationOf } from '../../db/queries/training.js';
import { findSessionWithCounts, pagePersonRegistrations } from '../../db/queries/training-sessions.js';
import { fail, ok } from '../../domain/result.js';
import type { Actor, Deps } from '../context.js';
import { presentModule, presentSession } from './catalogue.js';
import { presentRegistration } from './registrations.js';

/**
 * One session with its module, places left, the waiting list's length and the caller's own
 * registration. A mentee or mentor only opens sessions of their side (404 otherwise).
 */
export async function sessionDetail(deps: Deps, actor: Actor, sessionId: string) {
  const db = deps.db.kysely;
  const session = await findSessionWithCounts(db, sessionId);
  if (!session) return fail('not_found', 'No such session.');
  const module = (await findModule(db, session.module_id))!;
  let mine = null;
  if (actor.role === 'mentee' || actor.role === 'mentor') {
    if (module.audience !== 'both' && module.audience !== actor.role)
      return fail('not_found', 'No such session.');
    const person = await findPersonByUser(db, actor.id);
    const own = person ? await findRegistrationOf(db, sessionId, person.id) : undefined;
    mine = own && own.status !== 'cancelled' ? presentRegistration(own) : null;
  }
  const presented = presentSession(session);
  return ok({
    session: presented,
    module: presentModule(module),
    placesLeft: Math.max(0, presented.capacity - presented.registered),
    waiting: presented.waitlisted,
    mine,
  });
}

/** The signed-in mentee's or mentor's own registrations, the latest session first. */
export async function myRegistrations(deps: Deps, userId: string, page: number, pageSize: number) {
  const db = deps.db.kysely;
  const person = await findPersonByUser(db, userId);
  if (!person) return ok({ items: [], total: 0, page, pageSize });
  const { items, total } = await pagePersonRegistrations(db, person.id, page, pageSize);
  return ok({
    items: items.map((row) => ({
      id: row.registration_id,
      sessionId: row.session_id,
      personId: person.id,
      status: row.registration_status,
      registeredAt: row.registration_at,
      session: presentSession(row.session),
      moduleTitle: parseStoredJson(
        z.record(z.string(), z.string()),
        row.session.module_title,
        'module title',
      ),
    })),
    total,
    page,
    pageSize,
  });
}
