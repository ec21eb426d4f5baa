import { localDay, localMonthIndex, monthKey } from '../cadence/calendar.js';
import { cadenceMonths, meetingsPerMonth } from '../cadence/partnership-health.js';
import { ageBandOn } from './programme-report.js';

/**
 * The pseudonymised record of one participant for an external evaluator (docs/evaluator-export.md):
 * groups and dates of programme events only. No name, contact detail, exact birth date, postcode or
 * free text can reach it, because the source type does not carry them.
 */
export interface EvaluatorSource {
  regionCode: string | null;
  dateOfBirth: string | null;
  appliedAt: string;
  status: string;
  gender: string | null;
  labourMarketStatus: string | null;
  longTermUnemployed: number | null;
  education: string | null;
  entryDate: string | null;
  exitDate: string | null;
  /** The mentee's latest partnership that started, or else the latest one proposed. */
  partnership: {
    status: string;
    startedAt: string | null;
    endedAt: string | null;
    outcome: string | null;
    endReason: string | null;
    /** Start times of the meetings held. */
    heldMeetings: readonly string[];
  } | null;
  trainingSessionsAttended: number;
}

export type EvaluatorRecord = Record<(typeof evaluatorColumns)[number], string | number | null>;

/** The columns, in order; each is explained in the data dictionary. */
export const evaluatorColumns = [
  'pseudonym',
  'region',
  'age_band_at_entry',
  'gender',
  'education_isced',
  'labour_market_status_at_entry',
  'long_term_unemployed',
  'status',
  'applied_on',
  'entry_date',
  'exit_date',
  'partnership_status',
  'partnership_started_on',
  'partnership_ended_on',
  'cadence_months',
  'cadence_months_met',
  'training_sessions_attended',
  'outcome_at_end',
  'end_reason',
] as const;

/** The data dictionary shipped with every export: column, meaning, values. */
export const evaluatorDictionary: ReadonlyArray<{
  column: (typeof evaluatorColumns)[number];
  meaning: string;
  values: string;
}> = [
  {
    column: 'pseudonym',
    meaning: 'Keyed pseudonym of the participant, valid within this export only (a new key per export).',
    values: '16 characters',
  },
  { column: 'region', meaning: "The applicant's region.", values: 'BRU, VLG, WAL, empty = not recorded' },
  {
    column: 'age_band_at_entry',
    meaning: 'ESF+ age band on the entry date (or the application date while no entry date is recorded).',
    values: 'under18, 18-29, 30-54, 55plus, empty = no date of birth',
  },
  {
    column: 'gender',
    meaning: 'Gender as stated by the participant.',
    values: 'woman, man, non_binary, prefer_not_to_say, empty = not recorded',
  },
  {
    column: 'education_isced',
    meaning: 'Highest education completed, ISCED 2011 groups.',
    values: 'isced_0_2, isced_3_4, isced_5_8, empty = not recorded',
  },
  {
    column: 'labour_market_status_at_entry',
    meaning: 'ESF+ labour-market status at entry.',
    values: 'unemployed, inactive, employed, empty = not recorded',
  },
  {
    column: 'long_term_unemployed',
    meaning: 'Unemployed 12 months or more in a row at entry (6 under 25).',
    values: '1, 0, empty = not asked or not recorded',
  },
  {
    column: 'status',
    meaning: "The participant's status in the programme on the day of the export.",
    values: 'assessed, ready_to_match, in_partnership, completed, left_early, followed_up',
  },
  {
    column: 'applied_on',
    meaning: 'Day the application was received (Brussels time).',
    values: 'YYYY-MM-DD',
  },
  {
    column: 'entry_date',
    meaning: 'Day the support began (ESF+ entry).',
    values: 'YYYY-MM-DD, empty = not recorded',
  },
  {
    column: 'exit_date',
    meaning: 'Day the participant left the programme (ESF+ exit).',
    values: 'YYYY-MM-DD, empty = not left or not recorded',
  },
  {
    column: 'partnership_status',
    meaning: "The status of the participant's latest partnership.",
    values: 'proposed, introduced, active, closing, completed, ended_early, declined, empty = never matched',
  },
  {
    column: 'partnership_started_on',
    meaning: 'Day the partnership became active (both said yes).',
    values: 'YYYY-MM-DD, empty = not started',
  },
  {
    column: 'partnership_ended_on',
    meaning: 'Day the partnership was completed or ended early.',
    values: 'YYYY-MM-DD, empty = not ended',
  },
  {
    column: 'cadence_months',
    meaning:
      'Cadence months of the first six that have ended by the export (or by the end of the partnership).',
    values: '0 to 6',
  },
  {
    column: 'cadence_months_met',
    meaning: 'Of those, the months with at least two meetings held (the programme norm).',
    values: '0 to cadence_months',
  },
  {
    column: 'training_sessions_attended',
    meaning: 'Training sessions the participant attended.',
    values: 'a count',
  },
  {
    column: 'outcome_at_end',
    meaning: 'The outcome recorded when the partnership was completed.',
    values: 'job, internship, training, studies, still_searching, other, empty = none recorded',
  },
  {
    column: 'end_reason',
    meaning: 'Why a partnership ended early.',
    values: 'a reason code of the programme, empty = not ended early',
  },
];

/** The cadence months that have ended by `until`, and how many of them had two meetings held. */
export function cadenceMet(startedAt: string, heldMeetings: readonly string[], until: Date) {
  const months = cadenceMonths(new Date(startedAt));
  const currentMonth = monthKey(localMonthIndex(until));
  const ended = months.filter((m) => m < currentMonth);
  const first = months[0];
  const held = new Map<string, number>();
  for (const at of heldMeetings) {
    // Meetings before the first cadence month count for month one (a late-month start).
    let month = monthKey(localMonthIndex(new Date(at)));
    if (first && month < first) month = first;
    held.set(month, (held.get(month) ?? 0) + 1);
  }
  return { months: ended.length, met: ended.filter((m) => (held.get(m) ?? 0) >= meetingsPerMonth).length };
}

const day = (at: string | null) => (at ? localDay(new Date(at)) : null);

/** One participant's row of the export; `pseudonym` comes from the caller's keyed hash. */
export function evaluatorRecord(source: EvaluatorSource, pseudonym: string, now: Date): EvaluatorRecord {
  const p = source.partnership;
  const cadence = p?.startedAt
    ? cadenceMet(p.startedAt, p.heldMeetings, p.endedAt ? new Date(p.endedAt) : now)
    : null;
  return {
    pseudonym,
    region: source.regionCode,
    age_band_at_entry: ageBandOn(source.dateOfBirth, source.entryDate ?? source.appliedAt),
    gender: source.gender,
    education_isced: source.education,
    labour_market_status_at_entry: source.labourMarketStatus,
    long_term_unemployed: source.longTermUnemployed,
    status: source.status,
    applied_on: day(source.appliedAt),
    entry_date: source.entryDate,
    exit_date: source.exitDate,
    partnership_status: p?.status ?? null,
    partnership_started_on: day(p?.startedAt ?? null),
    partnership_ended_on: day(p?.endedAt ?? null),
    cadence_months: cadence?.months ?? 0,
    cadence_months_met: cadence?.met ?? 0,
    training_sessions_attended: source.trainingSessionsAttended,
    outcome_at_end: p?.status === 'completed' ? p.outcome : null,
    end_reason: p?.status === 'ended_early' ? p.endReason : null,
  };
}
