import type { Kysely } from 'kysely';
import { attendedModules } from '../../db/queries/training.js';
import { pagesReadByModule, selfStudyPageCounts } from '../../db/queries/training-material.js';
import type { Database } from '../../db/schema.js';
import { isModuleComplete } from '../../domain/training/module-completion.js';

/** Per person: the module ids they completed (attended a session, or read every self-study page). */
export async function completedModules(db: Kysely<Database>, personIds: readonly string[]) {
  const [attended, pageCounts, reads] = await Promise.all([
    attendedModules(db, personIds),
    selfStudyPageCounts(db),
    pagesReadByModule(db, personIds),
  ]);
  const result = new Map<string, Set<string>>();
  for (const personId of personIds) {
    const done = new Set(attended.get(personId) ?? []);
    for (const [moduleId, pagesRead] of reads.get(personId) ?? new Map<string, number>()) {
      const pageCount = pageCounts.get(moduleId) ?? 0;
      if (isModuleComplete({ attended: false, selfStudy: pageCount > 0, pageCount, pagesRead }))
        done.add(moduleId);
    }
    result.set(personId, done);
  }
  return result;
}
