import ical from 'ical-generator';
import { z } from 'zod';
import {
  type Assessment,
  type PersonDetail,
  parseStoredIntake,
  sensitiveDataResponse,
} from '../../contracts/people.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { replacePersonLanguages, updatePerson } from '../../db/queries/people.js';
import { sectionOfSector } from '../../db/queries/reference.js';
import {
  canPlanIntake,
  checkHeldIntake,
  type Decision,
  decide,
  firstStepBefore,
  isIntakeHeld,
  statusAfterAssessment,
} from '../../domain/people/person-status.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { intakeEmail } from '../applications/application-messages.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { checkReferenceCodes } from '../reference/check-codes.js';
import { inTransaction } from '../transaction.js';
import { changePersonStatus } from './change-person-status.js';
import { inviteParticipant } from './invite-participant.js';
import { loadVisiblePerson } from './load-person.js';
import { presentDetail } from './present-person.js';

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('intake use cases need a signed-in actor');
  return ctx.actor;
}

/** Opens a person's record for the coach; the read of a record is audited. */
export async function getPerson(deps: Deps, ctx: RequestContext, id: string): Promise<Result<PersonDetail>> {
  const found = await loadVisiblePerson(deps.db.kysely, actorOf(ctx), id);
  if (!found.ok) return found;
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'person.read',
    subjectType: 'person',
    subjectId: id,
  });
  return ok(await presentDetail(deps.db.kysely, found.value, deps.now(), { withNotes: true }));
}

/** The encrypted migrant-background details; every read by staff is audited. */
/** The sealed migrant-background details (applications store them only with the consent). */
const storedSensitiveData = z.object({
  migrantBackground: sensitiveDataResponse.shape.migrantBackground.unwrap().optional(),
  countryOfBirth: z.string().optional(),
  parentsCountries: z.array(z.string()).optional(),
});

export async function readSensitiveData(deps: Deps, ctx: RequestContext, id: string) {
  const found = await loadVisiblePerson(deps.db.kysely, actorOf(ctx), id);
  if (!found.ok) return found;
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'person.sensitive_read',
    subjectType: 'person',
    subjectId: id,
  });
  const data = found.value.sensitive
    ? parseStoredJson(storedSensitiveData, deps.keyring.decrypt(found.value.sensitive), 'sensitive data')
    : {};
  return ok({
    migrantBackground: data.migrantBackground ?? null,
    countryOfBirth: data.countryOfBirth ?? null,
    parentsCountries: data.parentsCountries ?? [],
  });
}

async function reload(deps: Deps, ctx: RequestContext, id: string) {
  const fresh = await loadVisiblePerson(deps.db.kysely, actorOf(ctx), id);
  if (!fresh.ok) return fresh;
  return ok(await presentDetail(deps.db.kysely, fresh.value, deps.now(), { withNotes: true }));
}

/** A coach takes an application from the regional inbox into their own association. */
export async function claimPerson(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<Result<PersonDetail>> {
  const actor = actorOf(ctx);
  const found = await loadVisiblePerson(deps.db.kysely, actor, id);
  if (!found.ok) return found;
  if (!actor.associationId)
    return fail(
      'person.invalid_transition',
      'Only a coach of an association can take a person into a caseload.',
    );
  if (found.value.association_id === actor.associationId) return reload(deps, ctx, id);
  await inTransaction(deps, async (trx) => {
    await updatePerson(trx, id, {
      association_id: actor.associationId,
      coach_id: actor.role === 'coach' ? actor.id : found.value.coach_id,
      updated_at: deps.now().toISOString(),
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'person.claimed',
      subjectType: 'person',
      subjectId: id,
      details: { associationId: actor.associationId },
    });
  });
  return reload(deps, ctx, id);
}

export interface IntakeInput {
  startsAt: string;
  durationMinutes: number;
  place?: string | undefined;
  videoUrl?: string | undefined;
  note?: string | undefined;
}

/** Plans the intake interview and emails the applicant with a calendar file. */
export async function planIntake(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: IntakeInput,
): Promise<Result<PersonDetail>> {
  const actor = actorOf(ctx);
  const now = deps.now();
  const found = await loadVisiblePerson(deps.db.kysely, actor, id);
  if (!found.ok) return found;
  const person = found.value;
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() <= now.getTime())
    return fail('validation.failed', 'The intake must be in the future.', [
      { path: ['startsAt'], code: 'intake.in_past', message: 'in the past' },
    ]);
  if (!canPlanIntake(person.status))
    return fail(
      'person.invalid_transition',
      `An intake cannot be planned for a person who is ${person.status}.`,
      { firstStep: firstStepBefore(person.kind, person.status, 'plan_intake') },
    );
  const end = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  const calendar = ical({ name: 'Mentor2Work' });
  calendar.createEvent({
    id: `intake-${id}@mentor2work`,
    start: startsAt,
    end,
    summary: 'Mentor2Work intake',
    location: input.place ?? input.videoUrl ?? null,
    url: input.videoUrl ?? null,
    description: input.note ?? null,
    organizer: { name: actor.name, email: 'no-reply@mentor2work.localhost' },
  });
  const intake = {
    startsAt: startsAt.toISOString(),
    durationMinutes: input.durationMinutes,
    place: input.place ?? null,
    videoUrl: input.videoUrl ?? null,
  };
  await inTransaction(deps, async (trx) => {
    const iso = now.toISOString();
    const planned = {
      intake: JSON.stringify(intake),
      association_id: person.association_id ?? actor.associationId,
      // The coach who plans the intake follows the person from now on.
      coach_id: actor.role === 'coach' ? actor.id : person.coach_id,
    };
    if (person.status === 'intake_planned') await updatePerson(trx, id, { ...planned, updated_at: iso });
    else
      await changePersonStatus(trx, ctx, now, {
        person,
        step: 'plan_intake',
        to: 'intake_planned',
        actorId: actor.id,
        alongside: planned,
      });
    const message = intakeEmail(person.locale, {
      firstName: person.first_name,
      when: startsAt,
      place: intake.place,
      videoUrl: intake.videoUrl,
      coach: actor.name,
    });
    await deps.mailer.enqueue(
      trx,
      {
        to: person.email,
        ...message,
        attachments: [
          {
            filename: 'intake.ics',
            contentType: 'text/calendar; charset=utf-8; method=REQUEST',
            content: calendar.toString(),
          },
        ],
      },
      now,
    );
    await recordAuditEvent(trx, ctx, now, {
      action: 'person.intake_planned',
      subjectType: 'person',
      subjectId: id,
      details: { startsAt: intake.startsAt },
    });
  });
  await deps.mailer.deliverQueued(deps.db, deps.now);
  return reload(deps, ctx, id);
}

/** An intake that took place on a past date, recorded with its assessment without planning it first. */
export interface HeldIntake {
  heldAt: string;
  durationMinutes: number;
  place?: string | undefined;
}

/**
 * Records the intake's assessment (DESIGN.md section 4); codes are checked against the reference
 * lists. The person moves to "assessed" only once the intake took place (its planned time passed,
 * or `held` records it on a past date); saved before a planned intake it waits as preparation.
 */
export async function recordAssessment(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: Assessment,
  held?: HeldIntake,
): Promise<Result<PersonDetail>> {
  const actor = actorOf(ctx);
  const now = deps.now();
  const found = await loadVisiblePerson(deps.db.kysely, actor, id);
  if (!found.ok) return found;
  const person = found.value;
  if (held) {
    const checked = checkHeldIntake(held, { status: person.status, appliedAt: person.applied_at }, now);
    if (!checked.ok)
      return checked.problem === 'person.invalid_transition'
        ? fail(checked.problem, `An intake cannot be recorded for a person who is ${person.status}.`)
        : fail('validation.failed', 'The intake date is not possible.', [
            { path: ['heldAt'], code: checked.problem, message: checked.problem },
          ]);
  }
  const stored = parseStoredIntake(person.intake);
  const next = statusAfterAssessment(
    person.kind,
    person.status,
    held !== undefined || isIntakeHeld(stored, now),
  );
  if (!next.ok)
    return fail(next.problem, `The assessment cannot be changed for a person who is ${person.status}.`, {
      firstStep: firstStepBefore(person.kind, person.status, 'assess'),
    });
  const checked = await checkReferenceCodes(deps.db.kysely, {
    postcode: { path: ['postcode'], value: input.postcode },
    sector: { path: ['sectorCode'], value: input.sectorCode },
    occupations: input.occupationCode ? [{ path: ['occupationCode'], value: input.occupationCode }] : [],
    skills: input.skillUris.map((uri, i) => ({ path: ['skillUris', i], value: uri })),
    languages: input.languages.map((l, i) => ({ path: ['languages', i, 'code'], value: l.code })),
  });
  if (checked.problems.length)
    return fail('validation.failed', 'Some answers need another look.', checked.problems);
  await inTransaction(deps, async (trx) => {
    const iso = now.toISOString();
    const section = await sectionOfSector(trx, input.sectorCode);
    const assessed = {
      ...(held
        ? {
            intake: JSON.stringify({
              startsAt: new Date(held.heldAt).toISOString(),
              durationMinutes: held.durationMinutes,
              place: held.place ?? null,
              videoUrl: null,
              heldAt: new Date(held.heldAt).toISOString(),
              recordedBy: actor.id,
              recordedAt: iso,
            }),
          }
        : {}),
      assessment: JSON.stringify(input),
      sector_code: input.sectorCode,
      sector_section: section,
      postcode: input.postcode,
      region_code: checked.region,
    };
    if (next.status === person.status) await updatePerson(trx, id, { ...assessed, updated_at: iso });
    else
      await changePersonStatus(trx, ctx, now, {
        person,
        step: 'assess',
        to: next.status,
        actorId: actor.id,
        reasonText: held ? `Intake held on ${new Date(held.heldAt).toISOString().slice(0, 10)}` : null,
        alongside: assessed,
      });
    await replacePersonLanguages(
      trx,
      id,
      input.languages.map((l) => l.code),
    );
    if (held)
      await recordAuditEvent(trx, ctx, now, {
        action: 'person.intake_held',
        subjectType: 'person',
        subjectId: id,
        details: { heldAt: new Date(held.heldAt).toISOString() },
      });
    await recordAuditEvent(trx, ctx, now, {
      action: 'person.assessed',
      subjectType: 'person',
      subjectId: id,
    });
  });
  return reload(deps, ctx, id);
}

export interface DecisionInput {
  decision: Decision;
  reasonCode?: string | undefined;
  reasonText?: string | undefined;
  overrideReason?: string | undefined;
}

/** The coach's decision: ready to match or not (mentee), accepted or declined (mentor), with why. */
export async function decideOnPerson(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: DecisionInput,
): Promise<Result<PersonDetail>> {
  const actor = actorOf(ctx);
  const now = deps.now();
  const found = await loadVisiblePerson(deps.db.kysely, actor, id);
  if (!found.ok) return found;
  const person = found.value;
  const outcome = decide({
    kind: person.kind,
    status: person.status,
    decision: input.decision,
    eligibilityFailed: parseStoredJson(
      z.array(z.string()),
      person.eligibility_failed,
      'failed eligibility rules',
    ),
    reasonCode: input.reasonCode,
    overrideReason: input.overrideReason,
  });
  if (!outcome.ok) {
    const field =
      outcome.problem === 'person.override_reason_required'
        ? 'overrideReason'
        : outcome.problem === 'person.reason_required'
          ? 'reasonCode'
          : 'decision';
    const firstStep =
      outcome.problem === 'person.invalid_transition'
        ? { firstStep: firstStepBefore(person.kind, person.status, 'decide') }
        : {};
    return fail(outcome.problem, 'This decision is not possible now.', [
      { path: [field], code: outcome.problem, message: outcome.problem, ...firstStep },
    ]);
  }
  await inTransaction(deps, async (trx) => {
    const reasonText =
      [input.reasonText, input.overrideReason ? `Override: ${input.overrideReason}` : undefined]
        .filter(Boolean)
        .join('\n') || null;
    await changePersonStatus(trx, ctx, now, {
      person,
      step: 'decide',
      to: outcome.status,
      actorId: actor.id,
      reasonCode: input.reasonCode ?? null,
      reasonText,
      alongside: { association_id: person.association_id ?? actor.associationId },
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'person.decided',
      subjectType: 'person',
      subjectId: id,
      details: { decision: outcome.status, reasonCode: input.reasonCode ?? null },
    });
    if (outcome.overridden) {
      await recordAuditEvent(trx, ctx, now, {
        action: 'person.eligibility_overridden',
        subjectType: 'person',
        subjectId: id,
        details: { failed: JSON.parse(person.eligibility_failed), reason: input.overrideReason },
      });
    }
    if ((outcome.status === 'ready_to_match' || outcome.status === 'accepted') && !person.user_id) {
      await inviteParticipant(trx, deps, ctx, {
        ...person,
        association_id: person.association_id ?? actor.associationId,
      });
    }
  });
  await deps.mailer.deliverQueued(deps.db, deps.now);
  return reload(deps, ctx, id);
}
