import { questionnaires } from '../../domain/evaluation/end-of-cycle-questionnaire.js';
import type { Db } from '../client.js';
import { insertQuestionnaire } from '../queries/follow-up.js';

/**
 * Publishes every questionnaire version the code knows and the database does not have yet. A
 * published version is never rewritten (the insert ignores an existing code and version).
 */
export async function loadQuestionnaires(db: Db, now: Date): Promise<void> {
  for (const q of questionnaires) {
    await insertQuestionnaire(db.kysely, {
      id: `${q.code}-v${q.version}`,
      code: q.code,
      version: q.version,
      items: JSON.stringify(q.items),
      created_at: now.toISOString(),
    });
  }
}
