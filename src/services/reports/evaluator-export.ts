import { createHmac, randomBytes } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import ExcelJS from 'exceljs';
import { loadEvaluatorCohort } from '../../db/queries/reports.js';
import { csvFile } from '../../domain/exports/spreadsheet-cell.js';
import {
  type EvaluatorRecord,
  evaluatorColumns,
  evaluatorDictionary,
  evaluatorRecord,
} from '../../domain/reports/evaluator-export.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { reportPeriod } from './report-period.js';

export interface EvaluatorExport {
  from: string;
  to: string;
  columns: readonly string[];
  records: EvaluatorRecord[];
  dictionary: typeof evaluatorDictionary;
}

/**
 * The pseudonymised participant records of a cohort for an external evaluator (docs/evaluator-export.md).
 * Admins only. Each export draws a fresh key for its pseudonyms and forgets it, so two exports cannot
 * be joined on the pseudonym, nor a pseudonym traced back to a record. The export is audited, in the
 * transaction that reads it.
 */
export async function evaluatorExport(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor | null,
  input: { from: string; to: string },
): Promise<Result<EvaluatorExport>> {
  if (actor !== null && actor.role !== 'admin')
    return fail('auth.forbidden', 'Only a programme administrator may export records for an evaluator.');
  const period = reportPeriod(input.from, input.to);
  if (!period.ok) return period;
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const cohort = await loadEvaluatorCohort(trx, {
      from: period.value.from.toISOString(),
      before: period.value.before.toISOString(),
      associationId: null,
    });
    const held = new Map<string, string[]>();
    for (const m of cohort.meetings)
      held.set(m.partnership_id, [...(held.get(m.partnership_id) ?? []), m.starts_at]);
    const latest = new Map<string, (typeof cohort.partnerships)[number]>();
    for (const p of cohort.partnerships) {
      const current = latest.get(p.mentee_id);
      const key = (x: typeof p) => `${x.started_at ? 1 : 0}${x.started_at ?? x.proposed_at}`;
      if (!current || key(p) > key(current)) latest.set(p.mentee_id, p);
    }
    const attended = new Map(cohort.training.map((t) => [t.person_id, Number(t.n)]));
    const key = randomBytes(32);
    const pseudonym = (id: string) =>
      encodeBase32LowerCaseNoPadding(createHmac('sha256', key).update(id).digest()).slice(0, 16);
    const records = cohort.people.map((m) => {
      const p = latest.get(m.id);
      return evaluatorRecord(
        {
          regionCode: m.region_code,
          dateOfBirth: m.date_of_birth,
          appliedAt: m.applied_at,
          status: m.status,
          gender: m.gender,
          labourMarketStatus: m.labour_market_status,
          longTermUnemployed: m.long_term_unemployed,
          education: m.education,
          entryDate: m.entry_date,
          exitDate: m.exit_date,
          partnership: p
            ? {
                status: p.status,
                startedAt: p.started_at,
                endedAt: p.ended_at,
                outcome: p.outcome,
                endReason: p.end_reason,
                heldMeetings: held.get(p.id) ?? [],
              }
            : null,
          trainingSessionsAttended: attended.get(m.id) ?? 0,
        },
        pseudonym(m.id),
        now,
      );
    });
    // Ordered by pseudonym, so the order of the rows does not give away the order of the applications.
    records.sort((a, b) => String(a.pseudonym).localeCompare(String(b.pseudonym)));
    await recordAuditEvent(trx, ctx, now, {
      action: 'report.evaluator_export',
      details: { from: input.from, to: input.to, participants: records.length },
    });
    return ok({
      from: input.from,
      to: input.to,
      columns: evaluatorColumns,
      records,
      dictionary: evaluatorDictionary,
    });
  });
}

const cellText = (value: string | number | null) => (value === null ? '' : String(value));

/** The export as a workbook: the records on the first sheet, the data dictionary on the second. */
export async function evaluatorExportXlsx(data: EvaluatorExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const records = workbook.addWorksheet('records', { views: [{ state: 'frozen', ySplit: 1 }] });
  records.addRow([...data.columns]).font = { bold: true };
  for (const r of data.records)
    records.addRow(data.columns.map((c) => r[c as keyof EvaluatorRecord] ?? null));
  const dictionary = workbook.addWorksheet('dictionary');
  dictionary.columns = [{ width: 30 }, { width: 90 }, { width: 60 }];
  dictionary.addRow(['column', 'meaning', 'values']).font = { bold: true };
  for (const d of data.dictionary) dictionary.addRow([d.column, d.meaning, d.values]);
  dictionary.addRow([]);
  dictionary.addRow([`Mentor2Work evaluator export, applications received ${data.from} to ${data.to}.`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The records as CSV (the dictionary goes with it as its own file). */
export function evaluatorExportCsv(data: EvaluatorExport): string {
  return csvFile(
    data.columns,
    data.records.map((r) => data.columns.map((c) => cellText(r[c as keyof EvaluatorRecord] ?? null))),
  );
}
