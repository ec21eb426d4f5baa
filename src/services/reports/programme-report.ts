import { isOneOf, regions } from '../../contracts/base-vocabulary.js';
import type { Locale } from '../../contracts/common.js';
import { genders } from '../../contracts/participant-facts-vocabulary.js';
import {
  ageBands,
  type ReportAudience,
  type ReportGrouping,
  type ReportMeasure,
  reportMeasures,
  unknownGroup,
} from '../../contracts/report-vocabulary.js';
import { listSectorLabels } from '../../db/queries/reference.js';
import { loadReportCohort } from '../../db/queries/reports.js';
import { findAssociationName } from '../../db/queries/users.js';
import {
  ageBandOn,
  type CohortMenteeFacts,
  type ReportCellStates,
  type ReportCells,
  tallyReport,
} from '../../domain/reports/programme-report.js';
import { programmeReportAccess } from '../../domain/reports/report-access.js';
import { checkThreshold, minimumThreshold } from '../../domain/reports/suppression.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { caseloadExportWords } from '../caseload/caseload-export-words.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { reportCsv, reportXlsx } from './report-files.js';
import { invalidReportField, reportPeriod } from './report-period.js';
import { reportWords } from './report-words.js';

export interface ProgrammeReportInput {
  /** First and last day of the period (Brussels calendar days, YYYY-MM-DD), both included. */
  from: string;
  to: string;
  by: ReportGrouping;
  audience: ReportAudience;
  /** Small-count threshold: at least 5 (the default); only a funder report is suppressed. */
  threshold?: number | undefined;
  locale: Locale;
  /** One association's records (a coach's report), or null for the whole programme. */
  associationId?: string | null | undefined;
}

/** The report contract of docs/reports.md: `null` is a hidden cell. */
export interface ProgrammeReport {
  audience: ReportAudience;
  threshold: number;
  from: string;
  to: string;
  by: ReportGrouping;
  measures: ReportMeasure[];
  scope: { associationName: string | null };
  rows: Array<{ group: string; label: string; cells: ReportCells; hidden: HiddenCells }>;
  total: { cells: ReportCells; hidden: HiddenCells };
}

/** Why each hidden cell is hidden: a small count ("< 5") or its complement. */
export type HiddenCells = Partial<Record<ReportMeasure, 'small' | 'complementary'>>;

function hiddenOf(states: ReportCellStates): HiddenCells {
  const hidden: HiddenCells = {};
  for (const measure of reportMeasures) {
    const state = states[measure];
    if (state !== 'shown') hidden[measure] = state;
  }
  return hidden;
}

/**
 * The programme report: the cohort of mentees whose application arrived in the period, counted per
 * group at each step of the cycle (docs/reports.md, "Measures"). The funder's report hides small
 * counts and their complements (domain/reports/suppression.ts). Producing a report is audited.
 */
export async function programmeReport(
  deps: Deps,
  ctx: RequestContext,
  input: ProgrammeReportInput,
): Promise<Result<ProgrammeReport>> {
  const period = reportPeriod(input.from, input.to);
  if (!period.ok) return period;
  const threshold = checkThreshold(input.threshold ?? minimumThreshold);
  if (!threshold.ok) return invalidReportField('threshold', threshold.problem);

  const db = deps.db.kysely;
  const associationId = input.associationId ?? null;
  const cohort = await loadReportCohort(db, {
    from: period.value.from.toISOString(),
    before: period.value.before.toISOString(),
    associationId,
  });
  const byMentee = new Map<string, CohortMenteeFacts['partnerships'][number][]>();
  for (const p of cohort.partnerships) {
    const list = byMentee.get(p.mentee_id) ?? [];
    list.push({ status: p.status, startedAt: p.started_at, outcome: p.outcome, endReason: p.end_reason });
    byMentee.set(p.mentee_id, list);
  }
  const groupOf = (m: (typeof cohort.mentees)[number]): string | null => {
    switch (input.by) {
      case 'total':
        return 'total';
      case 'region':
        return m.region_code;
      case 'association':
        return m.association_id;
      case 'sector':
        return m.sector_code ? m.sector_code.slice(0, 2) : null;
      case 'ageBand':
        // ESF+ counts the age at entry; before the entry date is recorded, the application date.
        return ageBandOn(m.date_of_birth, m.entry_date ?? m.applied_at);
      case 'gender':
        return m.gender;
    }
  };
  const facts: CohortMenteeFacts[] = cohort.mentees.map((m) => ({
    group: groupOf(m),
    eligible: m.eligible === 1,
    assessed: cohort.assessedIds.has(m.id) || isOneOf(cohort.afterIntake, m.status),
    partnerships: byMentee.get(m.id) ?? [],
  }));
  const fixedGroups =
    input.by === 'region'
      ? regions
      : input.by === 'ageBand'
        ? ageBands
        : input.by === 'gender'
          ? genders
          : input.by === 'total'
            ? ['total']
            : [];
  const table = tallyReport(
    facts,
    input.audience === 'funder'
      ? { groups: fixedGroups, suppress: true, threshold: threshold.threshold }
      : { groups: fixedGroups, suppress: false },
  );

  const words = reportWords(input.locale);
  const regionWords = caseloadExportWords(input.locale).regions;
  const associationNames = new Map(cohort.mentees.map((m) => [m.association_id, m.association_name]));
  const sectorLabels =
    input.by === 'sector'
      ? new Map((await listSectorLabels(db, input.locale)).map((s) => [s.code, s.label]))
      : new Map();
  const labelOf = (group: string): string => {
    if (group === unknownGroup) return words.unknown;
    switch (input.by) {
      case 'total':
        return words.groupings.total;
      case 'region':
        return regionWords[group as keyof typeof regionWords] ?? group;
      case 'association':
        return associationNames.get(group) ?? group;
      case 'sector':
        return sectorLabels.get(group) ?? group;
      case 'ageBand':
        return words.ageBands[group as keyof typeof words.ageBands] ?? group;
      case 'gender':
        return words.genders[group as keyof typeof words.genders] ?? group;
    }
  };
  let rows = table.rows.map((row) => ({
    group: row.group,
    label: labelOf(row.group),
    cells: row.cells,
    hidden: hiddenOf(row.states),
  }));
  if (input.by === 'association' || input.by === 'sector')
    rows = rows.sort((a, b) =>
      a.group === unknownGroup
        ? 1
        : b.group === unknownGroup
          ? -1
          : a.label.localeCompare(b.label, input.locale),
    );
  await recordAuditEvent(db, ctx, deps.now(), {
    action: 'report.produced',
    details: {
      audience: input.audience,
      from: input.from,
      to: input.to,
      by: input.by,
      threshold: threshold.threshold,
    },
  });
  return ok({
    audience: input.audience,
    threshold: threshold.threshold,
    from: input.from,
    to: input.to,
    by: input.by,
    measures: [...reportMeasures],
    scope: {
      associationName: associationId ? ((await findAssociationName(db, associationId)) ?? null) : null,
    },
    rows,
    total: { cells: table.total.cells, hidden: hiddenOf(table.total.states) },
  });
}

/** The report as a reader asks for it on screen: the audience and the scope follow from who they are. */
export async function programmeReportFor(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  query: { from: string; to: string; by: ReportGrouping; lang?: Locale | undefined },
): Promise<Result<ProgrammeReport>> {
  const access = programmeReportAccess(actor);
  if (!access) return fail('auth.forbidden', 'You may not read the programme report.');
  return programmeReport(deps, ctx, {
    from: query.from,
    to: query.to,
    by: query.by,
    audience: access.audience,
    associationId: access.associationId,
    locale: query.lang ?? 'nl',
  });
}

/** The report as a CSV or XLSX file in the reader's language. */
export async function programmeReportFile(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  query: { from: string; to: string; by: ReportGrouping; lang?: Locale | undefined; format: 'csv' | 'xlsx' },
) {
  const report = await programmeReportFor(deps, ctx, actor, query);
  if (!report.ok) return report;
  const locale = query.lang ?? 'nl';
  const name = `programme-report-${query.from}-${query.to}-${query.by}.${query.format}`;
  return ok(
    query.format === 'csv'
      ? {
          fileName: name,
          contentType: 'text/csv; charset=utf-8',
          body: Buffer.from(reportCsv(report.value, locale), 'utf8'),
        }
      : {
          fileName: name,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          body: await reportXlsx(report.value, locale),
        },
  );
}
