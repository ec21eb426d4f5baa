import {
  type AgeBand,
  type ReportMeasure,
  reportMeasureNesting,
  reportMeasures,
  unknownGroup,
} from '../../contracts/report-vocabulary.js';
import { type CellState, suppressReport } from './suppression.js';

/** What the records say about one mentee of the cohort (docs/reports.md, "Measures"). */
export interface CohortMenteeFacts {
  group: string | null;
  eligible: boolean;
  /** The intake took place: the mentee was assessed at some point (status history or a later status). */
  assessed: boolean;
  partnerships: ReadonlyArray<{
    status: string;
    startedAt: string | null;
    outcome: string | null;
    endReason: string | null;
  }>;
}

/** Which measures one mentee counts in; nested by construction (each implies the one before it). */
export function measuresOf(facts: CohortMenteeFacts): Record<ReportMeasure, boolean> {
  const started = facts.partnerships.filter((p) => p.startedAt !== null);
  const eligible = facts.eligible;
  const intakeDone = eligible && facts.assessed;
  const matched = intakeDone && facts.partnerships.length > 0;
  const active = matched && started.length > 0;
  const completed = active && started.some((p) => p.status === 'completed');
  const endedEarly = active && !completed && started.some((p) => p.status === 'ended_early');
  const inWorkAtEnd =
    active &&
    started.some(
      (p) =>
        (p.status === 'completed' && p.outcome === 'job') ||
        (p.status === 'ended_early' && p.endReason === 'found_work'),
    );
  return { applied: true, eligible, intakeDone, matched, active, completed, endedEarly, inWorkAtEnd };
}

/** The ESF+ age band on a day, from a date of birth (YYYY-MM-DD); null when it is not recorded. */
export function ageBandOn(dateOfBirth: string | null, on: string): AgeBand | null {
  if (!dateOfBirth || !/^\d{4}-\d{2}-\d{2}/.test(dateOfBirth)) return null;
  const [by, bm, bd] = dateOfBirth.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.slice(0, 10).split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 18) return 'under18';
  if (age < 30) return '18-29';
  if (age < 55) return '30-54';
  return '55plus';
}

export type ReportCells = Record<ReportMeasure, number | null>;
export type ReportCellStates = Record<ReportMeasure, CellState>;

export interface ReportTable {
  rows: Array<{ group: string; cells: ReportCells; states: ReportCellStates }>;
  total: { cells: ReportCells; states: ReportCellStates };
}

/**
 * Counts the cohort per group, groups in the order given (then any other group met, then "unknown"),
 * and for the funder hides small counts with their complements (domain/reports/suppression.ts).
 */
export function tallyReport(
  mentees: readonly CohortMenteeFacts[],
  options:
    | { groups?: readonly string[]; suppress: false }
    | { groups?: readonly string[]; suppress: true; threshold: number },
): ReportTable {
  const counts = new Map<string, number[]>();
  for (const group of options.groups ?? [])
    counts.set(
      group,
      reportMeasures.map(() => 0),
    );
  const total = reportMeasures.map(() => 0);
  for (const mentee of mentees) {
    const group = mentee.group ?? unknownGroup;
    const row = counts.get(group) ?? reportMeasures.map(() => 0);
    counts.set(group, row);
    const flags = measuresOf(mentee);
    for (const [m, measure] of reportMeasures.entries())
      if (flags[measure]) {
        row[m] = (row[m] ?? 0) + 1;
        total[m] = (total[m] ?? 0) + 1;
      }
  }
  if (counts.has(unknownGroup)) {
    const unknown = counts.get(unknownGroup) as number[];
    counts.delete(unknownGroup);
    counts.set(unknownGroup, unknown);
  }
  const groups = [...counts.keys()];
  const raw = groups.map((g) => counts.get(g) as number[]);
  const asCells = (values: ReadonlyArray<number | null>) =>
    Object.fromEntries(reportMeasures.map((m, i) => [m, values[i] ?? null])) as ReportCells;
  const asStates = (states: readonly CellState[]) =>
    Object.fromEntries(reportMeasures.map((m, i) => [m, states[i] ?? 'shown'])) as ReportCellStates;
  if (!options.suppress) {
    const shown = reportMeasures.map(() => 'shown' as const);
    return {
      rows: groups.map((group, i) => ({
        group,
        cells: asCells(raw[i] as number[]),
        states: asStates(shown),
      })),
      total: { cells: asCells(total), states: asStates(shown) },
    };
  }
  const index = (measure: ReportMeasure) => reportMeasures.indexOf(measure);
  const suppressed = suppressReport({
    totals: total,
    tables: [{ rows: raw }],
    nested: reportMeasureNesting.map(([part, whole]) => [index(part), index(whole)] as const),
    threshold: options.threshold,
  });
  const table = suppressed.tables[0] as { rows: Array<Array<number | null>>; states: CellState[][] };
  return {
    rows: groups.map((group, i) => ({
      group,
      cells: asCells(table.rows[i] as Array<number | null>),
      states: asStates(table.states[i] as CellState[]),
    })),
    total: { cells: asCells(suppressed.totals), states: asStates(suppressed.totalStates) },
  };
}
