import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { evaluationFormSchema, evaluationsSchema } from '../../contracts/partnerships.js';
import { insertResponse, latestQuestionnaire, responsesOf } from '../../db/queries/follow-up.js';
import {
  type Answers,
  checkAnswers,
  itemsFor,
  type Questionnaire,
} from '../../domain/evaluation/end-of-cycle-questionnaire.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { loadPartnershipFor } from './load-partnership.js';

const code = 'end_of_cycle';
/** The evaluation is open once the coach has planned it (closing), and stays open after completion. */
const openStatuses = ['closing', 'completed'];

async function published(deps: Deps): Promise<{ id: string; questionnaire: Questionnaire }> {
  const row = await latestQuestionnaire(deps.db.kysely, code);
  if (!row) throw new Error('The end-of-cycle questionnaire is not published; run the migrations.');
  return {
    id: row.id,
    questionnaire: { code: row.code, version: row.version, items: JSON.parse(row.items) },
  };
}

/** The form for the viewer's side, in the published version, and whether they answered already. */
export async function evaluationForm(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<Result<z.infer<typeof evaluationFormSchema>>> {
  const loaded = await loadPartnershipFor(deps.db.kysely, actor, id);
  if (!loaded.ok) return loaded;
  const { viewer, row } = loaded.value;
  if (viewer.kind !== 'participant')
    return fail('partnership.not_allowed', 'The mentee and the mentor fill in this form.');
  const { questionnaire } = await published(deps);
  const mine = (await responsesOf(deps.db.kysely, id)).find((r) => r.side === viewer.side);
  return ok({
    questionnaire: { code: questionnaire.code, version: questionnaire.version },
    side: viewer.side,
    items: itemsFor(questionnaire, viewer.side).map((i) => ({
      id: i.id,
      kind: i.kind,
      required: i.required,
      text: i.text,
      ...(i.options ? { options: i.options.map((o) => ({ value: o.value, text: o.text })) } : {}),
    })),
    submittedAt: mine?.submitted_at ?? null,
    open: openStatuses.includes(row.status),
  });
}

/** A side's answers, stored with the instrument's version and the language they were given in; once. */
export async function submitEvaluation(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  answers: Answers,
): Promise<Result<{ submittedAt: string }>> {
  const now = deps.now();
  const { id: questionnaireId, questionnaire } = await published(deps);
  return inTransaction(deps, async (trx) => {
    const loaded = await loadPartnershipFor(trx, actor, id);
    if (!loaded.ok) return loaded;
    const { viewer, row } = loaded.value;
    if (viewer.kind !== 'participant')
      return fail('partnership.not_allowed', 'The mentee and the mentor fill in this form.');
    if (!openStatuses.includes(row.status))
      return fail('evaluation.not_open', 'The evaluation opens when the coach plans the end of the cycle.');
    const problems = checkAnswers(questionnaire, viewer.side, answers);
    if (problems.length)
      return fail(
        'validation.failed',
        'Some answers are missing or do not fit.',
        problems.map((p) => ({ path: ['answers', p.field], code: p.code, message: p.message })),
      );
    if ((await responsesOf(trx, id)).some((r) => r.side === viewer.side))
      return fail('evaluation.already_submitted', 'You have filled in this evaluation already.');
    const personId = viewer.side === 'mentee' ? row.mentee_id : row.mentor_id;
    await insertResponse(trx, {
      id: randomUUID(),
      questionnaire_id: questionnaireId,
      partnership_id: id,
      side: viewer.side,
      person_id: personId,
      locale: viewer.side === 'mentee' ? row.mentee_locale : row.mentor_locale,
      answers: JSON.stringify(answers),
      submitted_at: now.toISOString(),
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'evaluation.submit',
      subjectType: 'partnership',
      subjectId: id,
    });
    return ok({ submittedAt: now.toISOString() });
  });
}

/** Both sides' answers for the coach; the read is audited. */
export async function listEvaluations(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<Result<z.infer<typeof evaluationsSchema>>> {
  const loaded = await loadPartnershipFor(deps.db.kysely, actor, id);
  if (!loaded.ok) return loaded;
  if (loaded.value.viewer.kind !== 'staff') return fail('partnership.not_found', 'No such partnership.');
  const rows = await responsesOf(deps.db.kysely, id);
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'evaluation.read',
    subjectType: 'partnership',
    subjectId: id,
  });
  return ok({
    items: rows.map((r) => ({
      side: r.side,
      questionnaire: { code: r.code, version: r.version },
      locale: r.locale,
      answers: JSON.parse(r.answers),
      submittedAt: r.submitted_at,
    })),
  });
}
