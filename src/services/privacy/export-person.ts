import { z } from 'zod';
import { parseStoredJson } from '../../contracts/stored-json.js';
import {
  accountOf,
  auditEventsAbout,
  careerOf,
  emailsTo,
  meetingsOf,
  partnershipHistory,
  partnershipsOf,
  personIdOfUser,
  personRow,
  privateNotesBy,
  questionnaireAnswersOf,
  recordsOfPerson,
  sideRecords,
  trainingOf,
} from '../../db/queries/person-export.js';
import { listAcceptedPrivacyVersions } from '../../db/queries/privacy-acceptances.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { PdfUnavailable, renderPdf } from '../documents/render-pdf.js';
import { inTransaction } from '../transaction.js';
import { exportLocaleOf, personExportHtml } from './export-html.js';

/** The version of the export's format (docs/privacy.md, "Your data"): raised when a field changes meaning. */
export const personExportFormat = 1;

const anyJson = z.unknown();
const json = (text: string | null, what: string) =>
  text === null ? null : parseStoredJson(anyJson, text, what);

/**
 * Everything the platform holds about one person, as one JSON document (right of access and
 * portability, GDPR art. 15 and 20): profile, account and sessions, consents, applications, intake
 * and assessment, ESF+ facts, partnerships with their history, meetings with the shared notes and
 * the person's own private notes (never the other side's), help requests and coach contacts of their
 * side, questionnaires, training, CV versions and comments, job applications, discrimination reports,
 * emails, and the audit events about them. No column names another person: the other side of a pair
 * is left out, staff appear by role (and by name only as the actor of an audit event).
 */
export async function exportPersonData(
  deps: Deps,
  ctx: RequestContext,
  input: { personId: string } | { self: true },
  format: 'json' | 'pdf' = 'json',
) {
  const actor = ctx.actor;
  // The command line acts as the system (an administrator on the server), audited as such.
  const system = ctx.requestId === 'cli' && actor === null;
  if (!actor && !system) return fail('not_found', 'No such person.');
  return inTransaction(deps, async (trx) => {
    const personId = 'self' in input ? (actor ? await personIdOfUser(trx, actor.id) : null) : input.personId;
    if (personId === null) return fail('not_found', 'This account has no participant record to export.');
    const person = await personRow(trx, personId);
    const mayExport =
      person !== undefined &&
      (system || actor?.role === 'admin' || (actor !== null && person.user_id === actor.id));
    if (!person || !mayExport) return fail('not_found', 'No such person.');

    const records = await recordsOfPerson(trx, person.id);
    const account = person.user_id ? await accountOf(trx, person.user_id) : null;
    const partnerships = await partnershipsOf(trx, person.id);
    const ids = partnerships.map((p) => p.id);
    const sides = partnerships.map((p) => ({
      id: p.id,
      side: p.mentee_id === person.id ? ('mentee' as const) : ('mentor' as const),
    }));
    const [history, meetings, privateNotes, side, questionnaires, training, career, emails] =
      await Promise.all([
        partnershipHistory(trx, ids),
        meetingsOf(trx, ids),
        person.user_id ? privateNotesBy(trx, person.user_id) : Promise.resolve([]),
        sideRecords(trx, sides),
        questionnaireAnswersOf(trx, person.id),
        trainingOf(trx, person.id),
        careerOf(trx, person.id),
        emailsTo(trx, person.email),
      ]);
    const privacyVersionsAccepted = person.user_id
      ? await listAcceptedPrivacyVersions(trx, person.user_id)
      : records.consents
          .filter((c) => c.kind === 'privacy')
          .map((c) => ({ version: c.version, locale: c.locale, acceptedAt: c.given_at, via: 'application' }));
    const audit = await auditEventsAbout(trx, [person.id, ...(person.user_id ? [person.user_id] : [])]);
    const now = deps.now();

    const document = {
      format: personExportFormat,
      exportedAt: now.toISOString(),
      person: {
        id: person.id,
        kind: person.kind,
        status: person.status,
        firstName: person.first_name,
        lastName: person.last_name,
        email: person.email,
        phone: person.phone,
        locale: person.locale,
        postcode: person.postcode,
        regionCode: person.region_code,
        dateOfBirth: person.date_of_birth,
        sectorCode: person.sector_code,
        eligible: person.eligible === null ? null : person.eligible === 1,
        appliedAt: person.applied_at,
        statusChangedAt: person.status_changed_at,
        languages: records.languages.map(({ person_id: _, ...rest }) => rest),
        application: json(person.application, 'people.application'),
        assessment: json(person.assessment, 'people.assessment'),
        intake: json(person.intake, 'people.intake'),
        migrantBackground: person.sensitive
          ? json(deps.keyring.decrypt(person.sensitive), 'people.sensitive')
          : null,
        statusHistory: records.statusChanges,
      },
      account: account?.account
        ? {
            email: account.account.email,
            name: account.account.name,
            role: account.account.role,
            locale: account.account.locale,
            phone: account.account.phone,
            createdAt: account.account.created_at,
            disabledAt: account.account.disabled_at,
            sessions: account.sessions,
            passkeys: account.passkeys.map((p) => ({
              name: p.name,
              createdAt: p.created_at,
              lastUsedAt: p.last_used_at,
              synced: p.backed_up === 1,
            })),
            calendarFeedSince: account.calendarFeed?.created_at ?? null,
          }
        : null,
      consents: records.consents,
      privacyVersionsAccepted,
      applications: records.applications.map((a) => ({
        kind: a.kind,
        submittedAt: a.submitted_at,
        answers: json(a.payload, 'applications.payload'),
      })),
      participantFacts: records.facts,
      mentorDirectory: records.directory,
      partnerships: partnerships.map((p) => {
        const role = p.mentee_id === person.id ? 'mentee' : 'mentor';
        const own = role === 'mentee' ? 'mentee' : 'mentor';
        return {
          id: p.id,
          role,
          status: p.status,
          proposedAt: p.proposed_at,
          introducedAt: p.introduced_at,
          response: p[`${own}_response`],
          responseReason: p[`${own}_response_reason`],
          respondedAt: p[`${own}_responded_at`],
          startedAt: p.started_at,
          plannedEndAt: p.planned_end_at,
          endedAt: p.ended_at,
          endReason: p.end_reason,
          endReasonText: p.end_reason_text,
          outcome: p.outcome,
          outcomeDetails: json(p.outcome_details, 'partnerships.outcome_details'),
          history: history.filter((h) => h.partnership_id === p.id).map(({ partnership_id: _, ...h }) => h),
          meetings: meetings
            .filter((m) => m.partnership_id === p.id)
            .map(({ partnership_id: _, ...m }) => ({
              ...m,
              topics: json(m.topics, 'meetings.topics'),
              myPrivateNote: privateNotes.find((n) => n.meeting_id === m.id)?.text ?? null,
            })),
          helpRequests: side.helpRequests
            .filter((h) => h.partnership_id === p.id)
            .map(({ partnership_id: _, ...h }) => h),
          coachContacts: side.coachContacts
            .filter((c) => c.partnership_id === p.id)
            .map(({ partnership_id: _, ...c }) => c),
        };
      }),
      questionnaires: questionnaires.map((q) => ({
        ...q,
        answers: json(q.answers, 'questionnaire_responses.answers'),
      })),
      training,
      career: {
        cvVersions: career.cvVersions.map((v) => ({ ...v, content: json(v.content, 'cv_versions.content') })),
        cvComments: career.cvComments,
        cvAttachments: career.cvAttachments,
        jobApplications: career.jobApplications.map((a) => ({
          ...a,
          stages: career.stageChanges
            .filter((s) => s.application_id === a.id)
            .map(({ application_id: _, ...s }) => s),
          feedback: career.feedback
            .filter((f) => f.application_id === a.id)
            .map(({ application_id: _, ...f }) => f),
        })),
        discriminationReports: career.reports.map((r) => ({
          id: r.id,
          applicationId: r.application_id,
          occurredOn: r.occurred_on,
          report: json(deps.keyring.decrypt(r.sealed), 'discrimination_reports.sealed'),
          status: r.status,
          createdAt: r.created_at,
          handledAt: r.handled_at,
          handledNote: r.handled_note_sealed ? deps.keyring.decrypt(r.handled_note_sealed) : null,
        })),
      },
      emails,
      auditEvents: audit.map((e) => ({
        at: e.at,
        action: e.action,
        outcome: e.outcome,
        byRole: e.actor_role,
        // Who read or changed the record: staff by name, the person as "self", another participant by role only.
        by:
          e.actor_id !== null && e.actor_id === person.user_id
            ? 'self'
            : e.actor_role === 'mentee' || e.actor_role === 'mentor'
              ? null
              : (e.actor_name ?? null),
      })),
    };

    await recordAuditEvent(trx, ctx, now, {
      action: 'person.data_exported',
      subjectType: 'person',
      subjectId: person.id,
      details: {
        by: system ? 'cli' : actor && person.user_id === actor.id ? 'self' : (actor?.role ?? null),
        format,
      },
    });
    return ok({ fileName: `mentor2work-data-${now.toISOString().slice(0, 10)}.${format}`, document });
  });
}

/** The export document, as exportPersonData builds it. */
export type PersonExport = Extract<
  Awaited<ReturnType<typeof exportPersonData>>,
  { ok: true }
>['value']['document'];

/**
 * The same export as a readable PDF in the reader's language (the account's, else the person's), made
 * by Chromium from an HTML page (docs/privacy.md, "Your data"). Audited as the JSON export is, with
 * `format: "pdf"`.
 */
export async function exportPersonPdf(
  deps: Deps,
  ctx: RequestContext,
  input: { personId: string } | { self: true },
): Promise<Result<{ fileName: string; pdf: Buffer }>> {
  const exported = await exportPersonData(deps, ctx, input, 'pdf');
  if (!exported.ok) return exported;
  const document = exported.value.document;
  const html = personExportHtml(exportLocaleOf(document), document, deps.now());
  try {
    const pdf = await renderPdf(html, { chromiumPath: deps.config.chromiumPath });
    return ok({ fileName: exported.value.fileName, pdf: Buffer.from(pdf) });
  } catch (error) {
    if (error instanceof PdfUnavailable)
      return fail('documents.pdf_unavailable', 'PDF documents cannot be made on this server right now.');
    throw error;
  }
}
