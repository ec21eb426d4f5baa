import { runningMenteesOf } from '../../db/queries/cv.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { runningPartnershipStatuses } from '../../domain/career/career-access.js';
import type { Actor, Deps } from '../context.js';

/** Whose CV and applications a participant works on: a mentee their own, a mentor their running mentees. */
export async function careerMenteesOf(deps: Deps, actor: Actor) {
  const self = await findPersonByUser(deps.db.kysely, actor.id);
  if (!self) return { items: [] };
  if (actor.role === 'mentee')
    return { items: [{ id: self.id, name: `${self.first_name} ${self.last_name}`, self: true }] };
  if (actor.role !== 'mentor') return { items: [] };
  const rows = await runningMenteesOf(deps.db.kysely, self.id, runningPartnershipStatuses);
  return { items: rows.map((r) => ({ id: r.id, name: `${r.first_name} ${r.last_name}`, self: false })) };
}
