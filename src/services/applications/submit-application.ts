import { randomUUID } from 'node:crypto';
import type { Locale } from '../../contracts/common.js';
import type { MenteeApplication, MentorApplication } from '../../contracts/people.js';
import {
  findAssociationRegion,
  findDuplicate,
  insertApplication,
  insertConsent,
  insertPerson,
  insertStatusChange,
  updatePerson,
} from '../../db/queries/people.js';
import { sectionOfSector } from '../../db/queries/reference.js';
import { checkEligibility, type EligibilityRule } from '../../domain/eligibility/check-eligibility.js';
import { foldForSearch } from '../../domain/reference/fold-text.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { currentPrivacyVersionOf } from '../privacy/privacy-texts.js';
import { checkReferenceCodes, type FieldProblem } from '../reference/check-codes.js';
import { inTransaction } from '../transaction.js';
import { applicationConfirmationEmail } from './application-messages.js';

export interface ApplicationReceipt {
  outcome: 'received' | 'linked';
  eligibility: { eligible: boolean; failed: EligibilityRule[] } | null;
}

/** Digits only, Belgian 0... numbers as +32..., so "0475 12 34 56" and "+32 475123456" meet. */
export function phoneKey(phone: string | undefined | null): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = `32${digits.slice(1)}`;
  return digits.length >= 6 ? digits : null;
}

interface CommonFields {
  kind: 'mentee' | 'mentor';
  locale: Locale;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | undefined;
  postcode: string;
  sectorCode: string;
  occupationCodes: Array<{ path: Array<string | number>; value: string }>;
  languages: MenteeApplication['languages'];
  preferredAssociationId?: string | undefined;
  privacyVersion: string;
  website?: string | undefined;
  dateOfBirth: string | null;
  /** The answers kept with the person, without anything sensitive. */
  answers: Record<string, unknown>;
  eligibility: ApplicationReceipt['eligibility'];
  sensitive: Record<string, unknown> | null;
  migrantConsent: boolean;
}

async function submit(
  deps: Deps,
  ctx: RequestContext,
  fields: CommonFields,
): Promise<Result<ApplicationReceipt>> {
  const now = deps.now();
  const db = deps.db.kysely;
  if (fields.website) {
    await recordAuditEvent(db, ctx, now, {
      action: 'application.rejected',
      outcome: 'denied',
      details: { reason: 'honeypot' },
    });
    return fail('application.rejected', 'This application could not be accepted.');
  }
  const currentPrivacyVersion = currentPrivacyVersionOf(deps).id;
  if (fields.privacyVersion !== currentPrivacyVersion) {
    return fail('application.privacy_version_outdated', 'The privacy text has changed; read it again.', [
      {
        path: ['consents', 'privacyVersion'],
        code: 'application.privacy_version_outdated',
        message: `current version is ${currentPrivacyVersion}`,
      },
    ]);
  }
  const problems: FieldProblem[] = [];
  const checked = await checkReferenceCodes(db, {
    postcode: { path: ['postcode'], value: fields.postcode },
    sector: {
      path: [fields.kind === 'mentee' ? 'targetSectorCode' : 'sectorCode'],
      value: fields.sectorCode,
    },
    occupations: fields.occupationCodes,
    languages: fields.languages.map((l, i) => ({ path: ['languages', i, 'code'], value: l.code })),
  });
  problems.push(...checked.problems);
  let associationId: string | null = null;
  if (fields.preferredAssociationId) {
    const association = await findAssociationRegion(db, fields.preferredAssociationId);
    if (association) associationId = association.id;
    else
      problems.push({
        path: ['preferredAssociationId'],
        code: 'application.unknown_association',
        message: 'Unknown association',
      });
  }
  if (problems.length > 0) return fail('validation.failed', 'Some answers need another look.', problems);

  const id = randomUUID();
  const key = phoneKey(fields.phone);
  const iso = now.toISOString();
  return inTransaction(deps, async (trx) => {
    const duplicate = await findDuplicate(trx, fields.kind, fields.email, key);
    const personId = duplicate?.id ?? id;
    if (duplicate) {
      await updatePerson(trx, duplicate.id, {
        linked_applications: duplicate.linked_applications + 1,
        updated_at: iso,
      });
      await recordAuditEvent(trx, ctx, now, {
        action: 'application.linked',
        subjectType: 'person',
        subjectId: duplicate.id,
        details: { kind: fields.kind },
      });
    } else {
      await insertPerson(
        trx,
        {
          id,
          kind: fields.kind,
          status: 'applied',
          association_id: associationId,
          region_code: checked.region,
          user_id: null,
          first_name: fields.firstName,
          last_name: fields.lastName,
          search_name: foldForSearch(`${fields.firstName} ${fields.lastName}`),
          email: fields.email,
          phone: fields.phone ?? null,
          phone_key: key,
          locale: fields.locale,
          postcode: fields.postcode,
          date_of_birth: fields.dateOfBirth,
          sector_code: fields.sectorCode,
          sector_section: await sectionOfSector(trx, fields.sectorCode),
          eligible: fields.eligibility ? (fields.eligibility.eligible ? 1 : 0) : null,
          eligibility_failed: JSON.stringify(fields.eligibility?.failed ?? []),
          application: JSON.stringify(fields.answers),
          assessment: null,
          intake: null,
          sensitive:
            fields.sensitive && fields.migrantConsent
              ? deps.keyring.encrypt(JSON.stringify(fields.sensitive))
              : null,
          linked_applications: 0,
          applied_at: iso,
          status_changed_at: iso,
          updated_at: iso,
        },
        fields.languages.map((l) => l.code),
      );
      await insertStatusChange(trx, {
        id: randomUUID(),
        personId: id,
        from: null,
        to: 'applied',
        at: iso,
        actorId: null,
      });
      await recordAuditEvent(trx, ctx, now, {
        action: 'application.received',
        subjectType: 'person',
        subjectId: id,
        details: { kind: fields.kind, eligible: fields.eligibility?.eligible ?? null },
      });
    }
    await insertApplication(trx, {
      id: randomUUID(),
      personId,
      kind: fields.kind,
      submittedAt: iso,
      payload: JSON.stringify(fields.answers),
    });
    await insertConsent(trx, {
      id: randomUUID(),
      personId,
      kind: 'privacy',
      version: fields.privacyVersion,
      locale: fields.locale,
      givenAt: iso,
    });
    if (fields.migrantConsent)
      await insertConsent(trx, {
        id: randomUUID(),
        personId,
        kind: 'migrant_background',
        version: fields.privacyVersion,
        locale: fields.locale,
        givenAt: iso,
      });
    const message = applicationConfirmationEmail(fields.locale, {
      firstName: fields.firstName,
      kind: fields.kind,
      linked: Boolean(duplicate),
    });
    await deps.mailer.enqueue(trx, { to: fields.email, ...message }, now);
    return ok({
      outcome: duplicate ? ('linked' as const) : ('received' as const),
      eligibility: fields.eligibility,
    });
  });
}

/** A job seeker's application: checked, eligibility told, stored once per person, confirmed by email. */
export async function submitMenteeApplication(
  deps: Deps,
  ctx: RequestContext,
  input: MenteeApplication,
): Promise<Result<ApplicationReceipt>> {
  const today = deps.now().toISOString().slice(0, 10);
  if (input.dateOfBirth > today || input.dateOfBirth < '1900-01-01') {
    return fail('validation.failed', 'Check the date of birth.', [
      {
        path: ['dateOfBirth'],
        code: 'application.date_of_birth_in_future',
        message: 'date of birth in the future or before 1900',
      },
    ]);
  }
  const eligibility = checkEligibility(
    {
      dateOfBirth: input.dateOfBirth,
      migrantBackground: input.migrantBackground !== 'no',
      yearsOfExperience: input.yearsOfExperience,
      hasRecognisedQualification: input.education.some((e) => e.recognisedInBelgium),
    },
    today,
  );
  const { website, consents, migrantBackground, migrantBackgroundDetail, ...answers } = input;
  const occupationCodes = [
    ...(input.targetOccupationCode
      ? [{ path: ['targetOccupationCode'], value: input.targetOccupationCode }]
      : []),
    ...input.experience.flatMap((e, i) =>
      e.occupationCode ? [{ path: ['experience', i, 'occupationCode'], value: e.occupationCode }] : [],
    ),
  ];
  return submit(deps, ctx, {
    kind: 'mentee',
    locale: input.locale,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    postcode: input.postcode,
    sectorCode: input.targetSectorCode,
    occupationCodes,
    languages: input.languages,
    preferredAssociationId: input.preferredAssociationId,
    privacyVersion: consents.privacyVersion,
    website,
    dateOfBirth: input.dateOfBirth,
    answers,
    eligibility: { eligible: eligibility.eligible, failed: eligibility.failed },
    sensitive: { migrantBackground, ...(migrantBackgroundDetail ?? {}) },
    migrantConsent: consents.migrantBackground,
  });
}

/** A volunteer's application to mentor. */
export async function submitMentorApplication(
  deps: Deps,
  ctx: RequestContext,
  input: MentorApplication,
): Promise<Result<ApplicationReceipt>> {
  const { website, consents, ...answers } = input;
  return submit(deps, ctx, {
    kind: 'mentor',
    locale: input.locale,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    postcode: input.postcode,
    sectorCode: input.sectorCode,
    occupationCodes: input.occupationCode ? [{ path: ['occupationCode'], value: input.occupationCode }] : [],
    languages: input.languages,
    preferredAssociationId: input.preferredAssociationId,
    privacyVersion: consents.privacyVersion,
    website,
    dateOfBirth: null,
    answers,
    eligibility: null,
    sensitive: null,
    migrantConsent: false,
  });
}
