import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Locale } from '../../contracts/base-vocabulary.js';
import {
  defaultProgramme,
  type QuestionnaireMoment,
  type RespondentRole,
} from '../../contracts/questionnaire-vocabulary.js';
import type {
  dueQuestionnairesResponse,
  questionnaireFormResponse,
  submitAnswersRequest,
} from '../../contracts/questionnaires.js';
import { findPersonByUser } from '../../db/queries/people.js';
import {
  answeredBy,
  evaluatedPartnerships,
  findInstrument,
  findVersion,
  insertAnswer,
  intakeDoneAt,
  partnershipsForQuestionnaires,
  scheduleOf,
} from '../../db/queries/questionnaires.js';
import type { Database } from '../../db/schema.js';
import { localDay } from '../../domain/cadence/calendar.js';
import {
  addMonthsToDay,
  type DueQuestionnaire,
  dueQuestionnaires,
} from '../../domain/questionnaires/due-questionnaires.js';
import { checkAnswers, languageFor, withoutBlanks } from '../../domain/questionnaires/instrument.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { titleOf, versionOf } from './stored-instrument.js';

/**
 * A mentee, mentor or coach answers the questionnaires due for them (docs/questionnaires.md): the due
 * list is computed by domain/questionnaires/due-questionnaires.ts from the stored schedule and the
 * respondent's dates; answers are checked against the version's items and stored once per occasion.
 */
interface Respondent {
  role: RespondentRole;
  userId: string;
  personId: string | null;
  locale: Locale;
}

async function respondentOf(db: Kysely<Database>, actor: Actor): Promise<Result<Respondent>> {
  if (actor.role === 'coach') {
    const user = await db.selectFrom('users').select('locale').where('id', '=', actor.id).executeTakeFirst();
    return ok({ role: 'coach', userId: actor.id, personId: null, locale: user?.locale ?? 'nl' });
  }
  if (actor.role !== 'mentee' && actor.role !== 'mentor')
    return fail('questionnaire.not_due', 'Mentees, mentors and coaches answer questionnaires.');
  const person = await findPersonByUser(db, actor.id);
  if (!person) return fail('questionnaire.not_due', 'There is no participant record for this account.');
  return ok({ role: actor.role, userId: actor.id, personId: person.id, locale: person.locale });
}

async function dueFor(db: Kysely<Database>, respondent: Respondent, now: Date) {
  // The last follow-up closes 15 months after the end; older partnerships have nothing due.
  const endedSince = `${addMonthsToDay(localDay(now), -16)}T00:00:00.000Z`;
  const [schedule, partnerships, answered, intake, evaluated] = await Promise.all([
    scheduleOf(db, defaultProgramme),
    partnershipsForQuestionnaires(db, respondent, endedSince),
    answeredBy(db, respondent.userId),
    respondent.personId ? intakeDoneAt(db, respondent.personId) : Promise.resolve(null),
    respondent.personId ? evaluatedPartnerships(db, respondent.personId) : Promise.resolve([]),
  ]);
  // A side that filled in the partnership's evaluation has answered its end-of-cycle questionnaire.
  const endOfCycle = schedule.find((s) => s.code === `end_of_cycle_${respondent.role}`);
  const evaluationMoment: QuestionnaireMoment = 'end_of_cycle';
  const fromEvaluation = endOfCycle
    ? evaluated.map((partnershipId) => ({
        instrumentId: endOfCycle.instrument_id,
        moment: evaluationMoment,
        partnershipId,
      }))
    : [];
  const due = dueQuestionnaires(
    {
      role: respondent.role,
      intakeDoneAt: intake,
      partnerships: partnerships.map((p) => ({
        id: p.id,
        status: p.status,
        startedAt: p.started_at,
        closingAt: p.closing_at,
        endedAt: p.ended_at,
      })),
      schedule: schedule.map((s) => ({
        moment: s.moment,
        role: s.respondent_role,
        instrumentId: s.instrument_id,
        versionId: s.instrument_version_id,
      })),
      answered: [
        ...answered.map((a) => ({
          instrumentId: a.instrument_id,
          moment: a.moment,
          partnershipId: a.concerns_partnership_id,
        })),
        ...fromEvaluation,
      ],
    },
    now,
  );
  return { due, schedule, partnerships };
}

/** The questionnaires due for me today. */
export async function myDueQuestionnaires(
  deps: Deps,
  actor: Actor,
): Promise<Result<z.infer<typeof dueQuestionnairesResponse>>> {
  const db = deps.db.kysely;
  const respondent = await respondentOf(db, actor);
  if (!respondent.ok) return ok({ items: [] });
  const { due, schedule } = await dueFor(db, respondent.value, deps.now());
  return ok({
    items: due.map((d) => {
      const entry = schedule.find((s) => s.instrument_version_id === d.versionId);
      return {
        versionId: d.versionId,
        instrumentCode: entry?.code ?? '',
        title: entry ? titleOf(entry) : {},
        moment: d.moment,
        partnershipId: d.partnershipId,
        from: d.from,
        until: d.until,
      };
    }),
  });
}

async function findDue(
  db: Kysely<Database>,
  respondent: Respondent,
  now: Date,
  versionId: string,
  moment: QuestionnaireMoment,
  partnershipId: string | null,
): Promise<Result<{ due: DueQuestionnaire; concernsPersonId: string }>> {
  const { due, partnerships } = await dueFor(db, respondent, now);
  const found = due.find(
    (d) => d.versionId === versionId && d.moment === moment && d.partnershipId === partnershipId,
  );
  if (!found) return fail('questionnaire.not_due', 'This questionnaire is not open for you now.');
  const partnership = partnerships.find((p) => p.id === partnershipId);
  // A side's answers concern the side; a coach's concern the mentee of the pair.
  const concernsPersonId =
    respondent.personId && respondent.role !== 'coach' ? respondent.personId : partnership?.mentee_id;
  if (!concernsPersonId) return fail('questionnaire.not_due', 'This questionnaire is not open for you now.');
  return ok({ due: found, concernsPersonId });
}

/** The form of a due questionnaire, in my language when the version has it. */
export async function questionnaireForm(
  deps: Deps,
  actor: Actor,
  versionId: string,
  query: { moment: QuestionnaireMoment; partnershipId?: string | undefined },
): Promise<Result<z.infer<typeof questionnaireFormResponse>>> {
  const db = deps.db.kysely;
  const respondent = await respondentOf(db, actor);
  if (!respondent.ok) return respondent;
  const found = await findDue(
    db,
    respondent.value,
    deps.now(),
    versionId,
    query.moment,
    query.partnershipId ?? null,
  );
  if (!found.ok) return found;
  const row = await findVersion(db, versionId);
  const instrument = row ? await findInstrument(db, row.instrument_id) : undefined;
  if (!row || !instrument) return fail('questionnaire.not_found', 'No such questionnaire.');
  const version = versionOf(row);
  return ok({
    versionId,
    instrumentCode: instrument.code,
    title: titleOf(instrument),
    version: row.version,
    locale: languageFor(version, respondent.value.locale),
    moment: query.moment,
    partnershipId: query.partnershipId ?? null,
    items: [...version.items],
  });
}

/**
 * Stores my answers to a due questionnaire with its instrument, version, language, my role, what it
 * concerns and when; once per occasion. Missing or unfitting answers are a 400 naming each item.
 */
export async function submitQuestionnaireAnswers(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  versionId: string,
  input: z.infer<typeof submitAnswersRequest>,
): Promise<Result<{ id: string; submittedAt: string }>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const respondent = await respondentOf(trx, actor);
    if (!respondent.ok) return respondent;
    const found = await findDue(trx, respondent.value, now, versionId, input.moment, input.partnershipId);
    if (!found.ok) {
      const answered = (await answeredBy(trx, respondent.value.userId)).some(
        (a) => a.moment === input.moment && a.concerns_partnership_id === input.partnershipId,
      );
      return answered
        ? fail('questionnaire.already_answered', 'You have filled in this questionnaire already.')
        : found;
    }
    const row = await findVersion(trx, versionId);
    if (row?.status !== 'published') return fail('questionnaire.not_found', 'No such questionnaire.');
    const version = versionOf(row);
    const problems = checkAnswers(version, input.answers);
    if (problems.length)
      return fail(
        'validation.failed',
        `Some answers are missing or do not fit: ${problems.map((p) => p.field).join(', ')}.`,
        problems.map((p) => ({ path: ['answers', p.field], code: p.code, message: p.message })),
      );
    const id = randomUUID();
    const inserted = await insertAnswer(trx, {
      id,
      instrument_id: row.instrument_id,
      instrument_version_id: row.id,
      version: row.version,
      moment: input.moment,
      locale: languageFor(version, respondent.value.locale),
      respondent_role: respondent.value.role,
      respondent_user_id: respondent.value.userId,
      respondent_person_id: respondent.value.personId,
      concerns_person_id: found.value.concernsPersonId,
      concerns_partnership_id: input.partnershipId,
      occasion: `${input.moment}:${input.partnershipId ?? 'person'}`,
      answers: JSON.stringify(withoutBlanks(input.answers)),
      submitted_at: now.toISOString(),
    });
    if (!inserted)
      return fail('questionnaire.already_answered', 'You have filled in this questionnaire already.');
    await recordAuditEvent(trx, ctx, now, {
      action: 'questionnaire.answered',
      subjectType: 'person',
      subjectId: found.value.concernsPersonId,
      details: { instrument: row.instrument_id, version: row.version, moment: input.moment },
    });
    return ok({ id, submittedAt: now.toISOString() });
  });
}
