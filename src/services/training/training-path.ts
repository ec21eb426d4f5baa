import { assessmentRequest } from '../../contracts/people.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { assignmentsOf, listModules, registrationsByModule } from '../../db/queries/training.js';
import { pagesReadByModule, selfStudyPageCounts } from '../../db/queries/training-material.js';
import {
  findSessionWithCounts,
  nextSessionsByModule,
  sessionsOfPerson,
} from '../../db/queries/training-sessions.js';
import { fail, ok } from '../../domain/result.js';
import { trainingPath } from '../../domain/training/training-path.js';
import type { Actor, Deps } from '../context.js';
import { type LoadedPerson, loadVisiblePerson } from '../people/load-person.js';
import { presentModule, presentSession } from './catalogue.js';
import { completedModules } from './module-completion.js';

async function pathOf(deps: Deps, person: LoadedPerson) {
  const db = deps.db.kysely;
  const kind = person.kind;
  const needs = person.assessment
    ? parseStoredJson(assessmentRequest, person.assessment, 'assessment').trainingNeeds
    : [];
  const now = deps.now().toISOString();
  const [modules, registrations, completed, pageCounts, reads, own, assignments] = await Promise.all([
    listModules(db, kind),
    registrationsByModule(db, person.id),
    completedModules(db, [person.id]),
    selfStudyPageCounts(db),
    pagesReadByModule(db, [person.id]),
    sessionsOfPerson(db, person.id, now),
    assignmentsOf(db, person.id),
  ]);
  const assignedBy = new Map(assignments.map((a) => [a.module_id, a.assigned_by_name ?? '']));
  // A self-study module read to the end counts as done, like an attended session.
  for (const moduleId of completed.get(person.id) ?? []) registrations.set(moduleId, 'attended');
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
    new Set(assignedBy.keys()),
  );
  const coming = await nextSessionsByModule(
    db,
    path.map((step) => step.moduleId),
    now,
  );
  const heldSession = new Map<string, string>();
  for (const s of own)
    if (s.status !== 'waitlisted' && !heldSession.has(s.module_id)) heldSession.set(s.module_id, s.id);
  const read = reads.get(person.id) ?? new Map<string, number>();
  const items = [];
  for (const step of path) {
    const held = heldSession.get(step.moduleId);
    const session =
      step.state === 'done'
        ? undefined
        : held
          ? await findSessionWithCounts(db, held)
          : coming.get(step.moduleId);
    items.push({
      module: presentModule(byId.get(step.moduleId)!),
      state: step.state,
      assignedBy: assignedBy.has(step.moduleId) ? assignedBy.get(step.moduleId) || null : null,
      nextSession: session ? presentSession(session) : null,
      pagesRead: read.get(step.moduleId) ?? 0,
      pageCount: pageCounts.get(step.moduleId) ?? 0,
    });
  }
  return { items };
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
