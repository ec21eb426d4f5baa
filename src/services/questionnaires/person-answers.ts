import type { z } from 'zod';
import { instrumentItemsSchema, type personAnswersPage } from '../../contracts/questionnaires.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { answersConcerning, countAnswersConcerning } from '../../db/queries/questionnaires.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { loadVisiblePerson } from '../people/load-person.js';
import { inTransaction } from '../transaction.js';
import { storedAnswersSchema, titleOf } from './stored-instrument.js';

/**
 * The questionnaire answers that concern a person, for the staff who may see the person (the coach
 * of the caseload, an admin); a read of personal data, so it is audited.
 */
export async function listPersonAnswers(
  deps: Deps,
  ctx: RequestContext,
  personId: string,
  page: number,
  pageSize: number,
): Promise<Result<z.infer<typeof personAnswersPage>>> {
  if (!ctx.actor) return fail('not_found', 'No such person.');
  const found = await loadVisiblePerson(deps.db.kysely, ctx.actor, personId);
  if (!found.ok) return found;
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const [rows, total] = await Promise.all([
      answersConcerning(trx, personId, (page - 1) * pageSize, pageSize),
      countAnswersConcerning(trx, personId),
    ]);
    await recordAuditEvent(trx, ctx, now, {
      action: 'questionnaire.answers_read',
      subjectType: 'person',
      subjectId: personId,
    });
    return ok({
      items: rows.map((r) => ({
        id: r.id,
        instrumentCode: r.code,
        title: titleOf(r),
        version: r.version,
        moment: r.moment,
        locale: r.locale,
        respondentRole: r.respondent_role,
        respondentName: r.respondent_name,
        partnershipId: r.concerns_partnership_id,
        submittedAt: r.submitted_at,
        items: parseStoredJson(instrumentItemsSchema, r.items, 'instrument_versions.items'),
        answers: parseStoredJson(storedAnswersSchema, r.answers, 'questionnaire_answers.answers'),
      })),
      total,
      page,
      pageSize,
    });
  });
}
