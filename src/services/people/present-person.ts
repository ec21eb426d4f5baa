import type { Kysely } from 'kysely';
import type { Locale } from '../../contracts/common.js';
import type { Assessment, PersonDetail, PersonSummary } from '../../contracts/people.js';
import { listConsents, listStatusChanges, type PersonRow, personLanguages } from '../../db/queries/people.js';
import type { Database } from '../../db/schema.js';

const dayMs = 86_400_000;

type Region = PersonSummary['region'];

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
    kind: row.kind as PersonSummary['kind'],
    name: `${row.first_name} ${row.last_name}`,
    status: row.status,
    associationId: row.association_id,
    associationName: row.association_name,
    region: (row.region_code as Region) ?? null,
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
  const assessment = row.assessment ? (JSON.parse(row.assessment) as Assessment) : null;
  if (assessment && !options.withNotes) delete assessment.notes;
  return {
    ...presentSummary(row, languages.get(row.id) ?? [], now),
    email: row.email,
    phone: row.phone,
    locale: row.locale as Locale,
    postcode: row.postcode,
    dateOfBirth: row.date_of_birth,
    application: JSON.parse(row.application) as Record<string, unknown>,
    eligibilityFailed: JSON.parse(row.eligibility_failed) as PersonDetail['eligibilityFailed'],
    assessment,
    intake: intakeOf(row.intake),
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

/** The stored intake as the person page shows it: planned, or held on a recorded date (and when entered). */
function intakeOf(stored: string | null): PersonDetail['intake'] {
  if (!stored) return null;
  const parsed = JSON.parse(stored) as NonNullable<PersonDetail['intake']>;
  return {
    startsAt: parsed.startsAt,
    durationMinutes: parsed.durationMinutes,
    place: parsed.place ?? null,
    videoUrl: parsed.videoUrl ?? null,
    heldAt: parsed.heldAt ?? null,
    recordedAt: parsed.recordedAt ?? null,
  };
}
