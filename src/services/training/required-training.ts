import type { Kysely } from 'kysely';
import { listRequiredModules } from '../../db/queries/training.js';
import type { Database } from '../../db/schema.js';
import { missingRequiredModules } from '../../domain/training/registration.js';
import { completedModules } from './module-completion.js';

/** Per person: the codes of the modules required before matching that they have not completed. */
export async function missingTrainingFor(
  db: Kysely<Database>,
  people: ReadonlyArray<{ id: string; kind: 'mentee' | 'mentor' }>,
) {
  const required = await listRequiredModules(db);
  if (required.length === 0) return new Map<string, string[]>();
  const attended = await completedModules(
    db,
    people.map((p) => p.id),
  );
  return new Map(
    people.map((p) => [p.id, missingRequiredModules(p.kind, required, attended.get(p.id) ?? new Set())]),
  );
}
