import type { PartnershipStatus } from '../../contracts/partnership-vocabulary.js';
import {
  followUpMonths,
  type QuestionnaireMoment,
  type RespondentRole,
} from '../../contracts/questionnaire-vocabulary.js';
import { localDay } from '../cadence/calendar.js';

/**
 * Which questionnaires are due for a person today, from the programme's schedule (stored as data:
 * which instrument version answers which moment for which role) and the person's own dates. Dates are
 * Brussels calendar days (YYYY-MM-DD), as the rest of the programme counts (docs/questionnaires.md).
 */
export interface ScheduleEntry {
  moment: QuestionnaireMoment;
  role: RespondentRole;
  instrumentId: string;
  versionId: string;
}

export interface PartnershipDates {
  id: string;
  status: PartnershipStatus;
  startedAt: string | null;
  /** When the coach planned the end of the cycle (the status became "closing"). */
  closingAt: string | null;
  endedAt: string | null;
}

export interface DueInput {
  role: RespondentRole;
  /** When the intake was done (mentee or mentor); null for a coach or before the intake. */
  intakeDoneAt: string | null;
  /** The partnerships the respondent is a side of, or coaches. */
  partnerships: readonly PartnershipDates[];
  schedule: readonly ScheduleEntry[];
  /** What the respondent answered already: any version of the instrument counts for its moment. */
  answered: ReadonlyArray<{
    instrumentId: string;
    moment: QuestionnaireMoment;
    partnershipId: string | null;
  }>;
}

export interface DueQuestionnaire {
  moment: QuestionnaireMoment;
  instrumentId: string;
  versionId: string;
  /** The partnership it concerns; null for the baseline, which concerns the person. */
  partnershipId: string | null;
  /** First and, when bounded, the day after the last Brussels day it can be answered. */
  from: string;
  until: string | null;
}

/** The same day-of-month `n` months after a YYYY-MM-DD day, clamped to the month's last day. */
export function addMonthsToDay(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const ended: readonly PartnershipStatus[] = ['completed', 'ended_early'];
/** The end-of-cycle questionnaire opens when the coach plans the end, as the evaluation does. */
const endOfCycleOpen: readonly PartnershipStatus[] = ['closing', 'completed'];

/** The window of a moment for one partnership (or the person, for the baseline), or null when it has none. */
export function momentWindow(
  moment: QuestionnaireMoment,
  intakeDoneAt: string | null,
  p: PartnershipDates | null,
): { from: string; until: string | null } | null {
  if (moment === 'baseline')
    return intakeDoneAt ? { from: localDay(new Date(intakeDoneAt)), until: null } : null;
  if (!p) return null;
  if (moment === 'pulse_month_3') {
    if (!p.startedAt || p.endedAt) return null;
    const start = localDay(new Date(p.startedAt));
    return { from: addMonthsToDay(start, 2), until: addMonthsToDay(start, 3) };
  }
  if (moment === 'end_of_cycle') {
    if (!endOfCycleOpen.includes(p.status)) return null;
    const opened = p.closingAt ?? p.endedAt;
    if (!opened) return null;
    return {
      from: localDay(new Date(opened)),
      until: p.endedAt ? addMonthsToDay(localDay(new Date(p.endedAt)), followUpMonths.follow_up_3) : null,
    };
  }
  if (!p.endedAt || !ended.includes(p.status)) return null;
  const end = localDay(new Date(p.endedAt));
  const months = followUpMonths[moment];
  const next = moment === 'follow_up_3' ? 6 : moment === 'follow_up_6' ? 12 : 15;
  return { from: addMonthsToDay(end, months), until: addMonthsToDay(end, next) };
}

/** The questionnaires due on `today` for the respondent, not yet answered, in schedule order. */
export function dueQuestionnaires(input: DueInput, today: Date): DueQuestionnaire[] {
  const day = localDay(today);
  const due: DueQuestionnaire[] = [];
  const answered = new Set(
    input.answered.map((a) => `${a.instrumentId}|${a.moment}|${a.partnershipId ?? ''}`),
  );
  for (const entry of input.schedule) {
    if (entry.role !== input.role) continue;
    const occasions = entry.moment === 'baseline' ? [null] : input.partnerships;
    for (const p of occasions) {
      const window = momentWindow(entry.moment, input.intakeDoneAt, p);
      if (!window || day < window.from || (window.until !== null && day >= window.until)) continue;
      const partnershipId = p?.id ?? null;
      if (answered.has(`${entry.instrumentId}|${entry.moment}|${partnershipId ?? ''}`)) continue;
      due.push({
        moment: entry.moment,
        instrumentId: entry.instrumentId,
        versionId: entry.versionId,
        partnershipId,
        ...window,
      });
    }
  }
  return due;
}
