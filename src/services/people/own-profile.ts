import { z } from 'zod';
import type { Locale } from '../../contracts/common.js';
import { specialFactsConsentKind } from '../../contracts/participant-facts-vocabulary.js';
import type { PersonDetail } from '../../contracts/people.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { clearSpecialFacts } from '../../db/queries/participant-facts.js';
import {
  findPersonByUser,
  replacePersonLanguages,
  updatePerson,
  withdrawConsents,
} from '../../db/queries/people.js';
import { updateUser } from '../../db/queries/users.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { phoneKey } from '../applications/submit-application.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { checkReferenceCodes } from '../reference/check-codes.js';
import { inTransaction } from '../transaction.js';
import { presentDetail } from './present-person.js';

/** A mentee's or mentor's own record (without the coach's notes). */
export async function getOwnProfile(deps: Deps, userId: string): Promise<Result<PersonDetail>> {
  const person = await findPersonByUser(deps.db.kysely, userId);
  if (!person) return fail('not_found', 'No profile is linked to this account.');
  return ok(await presentDetail(deps.db.kysely, person, deps.now(), { withNotes: false }));
}

export interface OwnProfileChanges {
  phone?: string | null | undefined;
  postcode?: string | undefined;
  languages?: Array<{ code: string; level: string }> | undefined;
  locale?: Locale | undefined;
}

/** The person corrects their own contact details and languages. */
export async function updateOwnProfile(
  deps: Deps,
  ctx: RequestContext,
  userId: string,
  changes: OwnProfileChanges,
): Promise<Result<PersonDetail>> {
  const now = deps.now();
  const person = await findPersonByUser(deps.db.kysely, userId);
  if (!person) return fail('not_found', 'No profile is linked to this account.');
  const checked = await checkReferenceCodes(deps.db.kysely, {
    ...(changes.postcode ? { postcode: { path: ['postcode'], value: changes.postcode } } : {}),
    languages: (changes.languages ?? []).map((l, i) => ({ path: ['languages', i, 'code'], value: l.code })),
  });
  if (checked.problems.length)
    return fail('validation.failed', 'Some answers need another look.', checked.problems);
  await inTransaction(deps, async (trx) => {
    const iso = now.toISOString();
    const application = parseStoredJson(z.record(z.string(), z.unknown()), person.application, 'application');
    if (changes.languages) application.languages = changes.languages;
    await updatePerson(trx, person.id, {
      ...(changes.phone !== undefined ? { phone: changes.phone, phone_key: phoneKey(changes.phone) } : {}),
      ...(changes.postcode ? { postcode: changes.postcode, region_code: checked.region } : {}),
      ...(changes.locale ? { locale: changes.locale } : {}),
      application: JSON.stringify(application),
      updated_at: iso,
    });
    if (changes.locale) await updateUser(trx, userId, { locale: changes.locale, updated_at: iso });
    if (changes.languages)
      await replacePersonLanguages(
        trx,
        person.id,
        changes.languages.map((l) => l.code),
      );
    await recordAuditEvent(trx, ctx, now, {
      action: 'person.profile_updated',
      subjectType: 'person',
      subjectId: person.id,
      details: { fields: Object.keys(changes) },
    });
  });
  return getOwnProfile(deps, userId);
}

/** Withdrawing consent for the migrant background erases the stored details at once. */
export async function withdrawMigrantBackgroundConsent(
  deps: Deps,
  ctx: RequestContext,
  userId: string,
): Promise<Result<{ ok: true }>> {
  const now = deps.now();
  const person = await findPersonByUser(deps.db.kysely, userId);
  if (!person) return fail('not_found', 'No profile is linked to this account.');
  await inTransaction(deps, async (trx) => {
    const withdrawn = await withdrawConsents(trx, person.id, 'migrant_background', now.toISOString());
    await updatePerson(trx, person.id, { sensitive: null, updated_at: now.toISOString() });
    await recordAuditEvent(trx, ctx, now, {
      action: 'consent.withdrawn',
      subjectType: 'person',
      subjectId: person.id,
      details: { kind: 'migrant_background', consents: withdrawn },
    });
  });
  return ok({ ok: true as const });
}

/**
 * Withdrawing consent for the ESF+ special-category questions (disability, third-country national,
 * housing exclusion) clears the answers at once: the coach's screen, the exports and the reports read
 * only what is stored, so the withdrawal takes effect everywhere. Consent, answers and audit event
 * change in one transaction.
 */
export async function withdrawSpecialCategoriesConsent(
  deps: Deps,
  ctx: RequestContext,
  userId: string,
): Promise<Result<{ ok: true }>> {
  const now = deps.now();
  const person = await findPersonByUser(deps.db.kysely, userId);
  if (!person) return fail('not_found', 'No profile is linked to this account.');
  await inTransaction(deps, async (trx) => {
    const at = now.toISOString();
    const withdrawn = await withdrawConsents(trx, person.id, specialFactsConsentKind, at);
    await clearSpecialFacts(trx, person.id, at);
    await recordAuditEvent(trx, ctx, now, {
      action: 'consent.withdrawn',
      subjectType: 'person',
      subjectId: person.id,
      details: { kind: specialFactsConsentKind, consents: withdrawn },
    });
  });
  return ok({ ok: true as const });
}
