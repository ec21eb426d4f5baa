import type { Assessment } from '../../contracts/people.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { listModules, registrationsByModule } from '../../db/queries/training.js';
import { fail, ok } from '../../domain/result.js';
import { trainingPath } from '../../domain/training/training-path.js';
import type { Actor, Deps } from '../context.js';
import { type LoadedPerson, loadVisiblePerson } from '../people/load-person.js';
import { presentModule } from './catalogue.js';

async function pathOf(deps: Deps, person: LoadedPerson) {
  const kind = person.kind as 'mentee' | 'mentor';
  const needs = person.assessment ? (JSON.parse(person.assessment) as Assessment).trainingNeeds : [];
  const [modules, registrations] = await Promise.all([
    listModules(deps.db.kysely, kind),
    registrationsByModule(deps.db.kysely, person.id),
  ]);
  const byId = new Map(modules.map((m) => [m.id, m]));
  const path = trainingPath(
    kind,
    modules.map((m) => ({
      id: m.id,
      code: m.code,
      audience: m.audience,
      required: m.required_for_matching === 1,
    })),
    needs,
    registrations,
  );
  return {
    items: path.map((step) => ({ module: presentModule(byId.get(step.moduleId)!), state: step.state })),
  };
}

/** A person's path (done, registered, waitlisted, required, recommended from the intake, available), for their coach. */
export async function trainingPathForStaff(deps: Deps, actor: Actor, personId: string) {
  const found = await loadVisiblePerson(deps.db.kysely, actor, personId);
  if (!found.ok) return found;
  return ok(await pathOf(deps, found.value));
}

/** The signed-in mentee's or mentor's own path. */
export async function ownTrainingPath(deps: Deps, userId: string) {
  const person = await findPersonByUser(deps.db.kysely, userId);
  if (!person) return fail('not_found', 'No profile is linked to this account.');
  return ok(await pathOf(deps, person));
}
