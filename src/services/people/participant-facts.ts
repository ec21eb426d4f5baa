import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type {
  IncompleteFactsPage,
  ParticipantFactsRequest,
  ParticipantFactsResponse,
} from '../../contracts/participant-facts.js';
import { optionalFacts, specialFactsConsentKind } from '../../contracts/participant-facts-vocabulary.js';
import { educationLevels } from '../../contracts/people-vocabulary.js';
import {
  findParticipantFacts,
  listParticipantsWithFacts,
  type ParticipantFactsRow,
  saveParticipantFacts,
} from '../../db/queries/participant-facts.js';
import { insertConsent, listConsents, updatePerson, withdrawConsents } from '../../db/queries/people.js';
import type { Database } from '../../db/schema.js';
import { personScopeOf } from '../../domain/access/person-access.js';
import {
  checkFacts,
  iscedFromEducation,
  isParticipant,
  missingFacts,
  type ParticipantFacts,
  participantStatuses,
  withoutSpecialFacts,
} from '../../domain/people/participant-facts.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { currentPrivacyVersionOf } from '../privacy/privacy-texts.js';
import { inTransaction } from '../transaction.js';
import { type LoadedPerson, loadVisiblePerson, regionOfActor } from './load-person.js';

/** The education answers of a stored application; other answers and older shapes are ignored. */
const storedEducation = z.object({
  education: z.array(z.object({ level: z.enum(educationLevels) })).catch([]),
});

function suggestedEducation(person: LoadedPerson) {
  const parsed = storedEducation.safeParse(JSON.parse(person.application));
  return iscedFromEducation(parsed.success ? parsed.data.education : []);
}

/** The record's columns; the optional answers are left out of lists. */
type FactColumns = Pick<
  ParticipantFactsRow,
  'gender' | 'labour_market_status' | 'long_term_unemployed' | 'education' | 'entry_date' | 'exit_date'
> &
  Partial<Pick<ParticipantFactsRow, 'disability' | 'third_country_national' | 'housing_exclusion'>>;

function factsOf(person: { date_of_birth: string | null }, row: FactColumns | undefined): ParticipantFacts {
  return {
    gender: row?.gender ?? null,
    dateOfBirth: person.date_of_birth,
    labourMarketStatus: row?.labour_market_status ?? null,
    longTermUnemployed:
      row?.long_term_unemployed === null || row?.long_term_unemployed === undefined
        ? null
        : row.long_term_unemployed === 1,
    education: row?.education ?? null,
    entryDate: row?.entry_date ?? null,
    exitDate: row?.exit_date ?? null,
    disability: row?.disability ?? null,
    thirdCountryNational: row?.third_country_national ?? null,
    housingExclusion: row?.housing_exclusion ?? null,
  };
}

async function loadMentee(deps: Deps, ctx: RequestContext, personId: string): Promise<Result<LoadedPerson>> {
  if (!ctx.actor) return fail('not_found', 'No such person.');
  const found = await loadVisiblePerson(deps.db.kysely, ctx.actor, personId);
  if (!found.ok) return found;
  if (found.value.kind !== 'mentee')
    return fail('person.invalid_transition', 'Participant facts are recorded for mentees only.');
  return found;
}

async function present(db: Kysely<Database>, person: LoadedPerson): Promise<ParticipantFactsResponse> {
  const [row, consents] = await Promise.all([
    findParticipantFacts(db, person.id),
    listConsents(db, person.id),
  ]);
  const consent = consents
    .filter((c) => c.kind === specialFactsConsentKind && c.withdrawn_at === null)
    .at(-1);
  const facts = factsOf(person, row);
  return {
    personId: person.id,
    participant: isParticipant(person.kind, person.status),
    facts: {
      gender: facts.gender,
      dateOfBirth: facts.dateOfBirth,
      labourMarketStatus: facts.labourMarketStatus,
      longTermUnemployed: facts.longTermUnemployed,
      education: facts.education,
      entryDate: facts.entryDate,
      exitDate: facts.exitDate,
      disability: facts.disability,
      thirdCountryNational: facts.thirdCountryNational,
      housingExclusion: facts.housingExclusion,
    },
    specialConsent: {
      given: consent !== undefined,
      givenAt: consent?.given_at ?? null,
      version: consent?.version ?? null,
    },
    missing: isParticipant(person.kind, person.status) ? missingFacts(facts, person.status) : [],
    suggestedEducation: suggestedEducation(person),
    updatedAt: row?.updated_at ?? null,
  };
}

/** A mentee's ESF+ record as staff see it; a read of personal data, so it is audited. */
export async function getParticipantFacts(
  deps: Deps,
  ctx: RequestContext,
  personId: string,
): Promise<Result<ParticipantFactsResponse>> {
  const found = await loadMentee(deps, ctx, personId);
  if (!found.ok) return found;
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    await recordAuditEvent(trx, ctx, now, {
      action: 'participant_facts.read',
      subjectType: 'person',
      subjectId: personId,
    });
    return ok(await present(trx, found.value));
  });
}

/**
 * The coach records the ESF+ facts told at the intake. The optional special-category answers are
 * kept only with their own consent; withdrawing it clears them. Save, consent and audit event in
 * one transaction; the audit event names the fields that changed, never their values.
 */
export async function recordParticipantFacts(
  deps: Deps,
  ctx: RequestContext,
  personId: string,
  input: ParticipantFactsRequest,
): Promise<Result<ParticipantFactsResponse>> {
  const found = await loadMentee(deps, ctx, personId);
  if (!found.ok) return found;
  const person = found.value;
  const now = deps.now();
  const at = now.toISOString();
  const { specialConsent, ...given } = input;
  if (!specialConsent) {
    const answered = optionalFacts.filter((field) => given[field] !== null);
    if (answered.length > 0)
      return fail(
        'validation.failed',
        'The optional questions are kept only when the participant agrees to answer them.',
        answered.map((field) => ({
          path: [field],
          code: 'needs_special_consent',
          message: 'Needs the consent first.',
        })),
      );
  }
  const checked = checkFacts(specialConsent ? given : withoutSpecialFacts(given), at);
  if (!checked.ok) return checked;
  const facts = checked.value;
  return inTransaction(deps, async (trx) => {
    const before = factsOf(person, await findParticipantFacts(trx, personId));
    const consents = await listConsents(trx, personId);
    const hadConsent = consents.some((c) => c.kind === specialFactsConsentKind && c.withdrawn_at === null);
    if (specialConsent && !hadConsent)
      await insertConsent(trx, {
        id: randomUUID(),
        personId,
        kind: specialFactsConsentKind,
        version: currentPrivacyVersionOf(deps).id,
        locale: person.locale,
        givenAt: at,
      });
    if (!specialConsent && hadConsent) await withdrawConsents(trx, personId, specialFactsConsentKind, at);
    await saveParticipantFacts(trx, {
      person_id: personId,
      gender: facts.gender,
      labour_market_status: facts.labourMarketStatus,
      long_term_unemployed: facts.longTermUnemployed === null ? null : facts.longTermUnemployed ? 1 : 0,
      education: facts.education,
      entry_date: facts.entryDate,
      exit_date: facts.exitDate,
      disability: facts.disability,
      third_country_national: facts.thirdCountryNational,
      housing_exclusion: facts.housingExclusion,
      updated_at: at,
      updated_by: ctx.actor?.id ?? null,
    });
    if (facts.dateOfBirth !== person.date_of_birth)
      await updatePerson(trx, personId, { date_of_birth: facts.dateOfBirth, updated_at: at });
    const changed = (Object.keys(facts) as Array<keyof ParticipantFacts>).filter(
      (k) => facts[k] !== before[k],
    );
    await recordAuditEvent(trx, ctx, now, {
      action: 'participant_facts.changed',
      subjectType: 'person',
      subjectId: personId,
      details: {
        fields: changed,
        ...(specialConsent !== hadConsent ? { specialConsent: specialConsent ? 'given' : 'withdrawn' } : {}),
      },
    });
    const fresh = { ...person, date_of_birth: facts.dateOfBirth };
    return ok(await present(trx, fresh));
  });
}

/**
 * The participants of the actor's caseload whose record is incomplete, with what each lacks (the
 * same rule as the person page: the person table's 'list' scope). Admins see every association, a
 * coach their own (and their region's unclaimed applications); anyone else, and a coach without an
 * association, sees none.
 */
export async function listIncompleteFacts(
  deps: Deps,
  actor: Actor,
  page: number,
  pageSize: number,
): Promise<IncompleteFactsPage> {
  const viewer = { actor, actorRegion: await regionOfActor(deps.db.kysely, actor) };
  const rows = await listParticipantsWithFacts(
    deps.db.kysely,
    personScopeOf(viewer, 'list'),
    participantStatuses,
  );
  const incomplete = rows
    .map((r) => ({
      personId: r.id,
      name: `${r.first_name} ${r.last_name}`,
      status: r.status,
      missing: missingFacts(factsOf(r, r), r.status),
    }))
    .filter((r) => r.missing.length > 0);
  return {
    items: incomplete.slice((page - 1) * pageSize, page * pageSize),
    total: incomplete.length,
    page,
    pageSize,
    participants: rows.length,
  };
}
