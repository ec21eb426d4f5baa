import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isOneOf, regions } from '../../contracts/base-vocabulary.js';
import {
  assessmentRequest,
  eligibilityRuleSchema,
  type PersonDetail,
  type PersonSummary,
  parseStoredIntake,
} from '../../contracts/people.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { listConsents, listStatusChanges, type PersonRow, personLanguages } from '../../db/queries/people.js';
import type { Database } from '../../db/schema.js';

const dayMs = 86_400_000;

/** Whole days since the application, the waiting time the caseload shows and filters on. */
export function waitingDays(appliedAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(appliedAt).getTime()) / dayMs));
}

export function presentSummary(
  row: Pick<
    PersonRow,
    | 'id'
    | 'kind'
    | 'first_name'
    | 'last_name'
    | 'status'
    | 'association_id'
    | 'region_code'
    | 'sector_code'
    | 'applied_at'
    | 'eligible'
    | 'linked_applications'
  > & { association_name: string | null },
  languages: string[],
  now: Date,
): PersonSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: `${row.first_name} ${row.last_name}`,
    status: row.status,
    associationId: row.association_id,
    associationName: row.association_name,
    region: isOneOf(regions, row.region_code) ? row.region_code : null,
    sectorCode: row.sector_code,
    languages,
    appliedAt: row.applied_at,
    waitingDays: waitingDays(row.applied_at, now),
    eligible: row.eligible === null ? null : row.eligible === 1,
    duplicate: row.linked_applications > 0,
  };
}

/** The whole record for the coach (or, without coach notes, for the person themself). */
export async function presentDetail(
  db: Kysely<Database>,
  row: PersonRow & { association_name: string | null },
  now: Date,
  options: { withNotes: boolean },
): Promise<PersonDetail> {
  const [languages, history, consents] = await Promise.all([
    personLanguages(db, [row.id]),
    listStatusChanges(db, row.id),
    listConsents(db, row.id),
  ]);
  const assessment = row.assessment ? parseStoredJson(assessmentRequest, row.assessment, 'assessment') : null;
  if (assessment && !options.withNotes) delete assessment.notes;
  return {
    ...presentSummary(row, languages.get(row.id) ?? [], now),
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    postcode: row.postcode,
    dateOfBirth: row.date_of_birth,
    application: parseStoredJson(z.record(z.string(), z.unknown()), row.application, 'application'),
    eligibilityFailed: parseStoredJson(
      z.array(eligibilityRuleSchema),
      row.eligibility_failed,
      'failed eligibility rules',
    ),
    assessment,
    intake: parseStoredIntake(row.intake),
    history: history.map((h) => ({
      from: h.from_status,
      to: h.to_status,
      at: h.at,
      actorName: h.actor_name ?? null,
      reasonCode: h.reason_code,
      reasonText: h.reason_text,
    })),
    consents: consents.map((c) => ({
      kind: c.kind,
      version: c.version,
      locale: c.locale,
      givenAt: c.given_at,
      withdrawnAt: c.withdrawn_at,
    })),
    hasSensitiveData: row.sensitive !== null,
    hasAccount: row.user_id !== null,
    linkedApplications: row.linked_applications,
  };
}
