import type { Kysely } from 'kysely';
import { findAssociationRegion, findPerson, type PersonRow } from '../../db/queries/people.js';
import type { Database } from '../../db/schema.js';
import { mayAccessPerson } from '../../domain/access/person-access.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { Actor } from '../context.js';

export type LoadedPerson = PersonRow & { association_name: string | null };

/** The region of a coach's association (their regional inbox), or null. */
export async function regionOfActor(db: Kysely<Database>, actor: Actor): Promise<string | null> {
  if (!actor.associationId) return null;
  return (await findAssociationRegion(db, actor.associationId))?.region ?? null;
}

/** A person the actor may see; 404 (not 403) otherwise, so other associations' people stay unknown. */
export async function loadVisiblePerson(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<Result<LoadedPerson>> {
  const person = await findPerson(db, id);
  if (!person) return fail('not_found', 'No such person.');
  const region = await regionOfActor(db, actor);
  const facts = { associationId: person.association_id, regionCode: person.region_code };
  if (!mayAccessPerson({ actor, actorRegion: region }, facts, 'read'))
    return fail('not_found', 'No such person.');
  return ok(person);
}
