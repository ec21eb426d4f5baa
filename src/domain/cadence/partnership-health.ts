import {
  type HealthRule,
  type HealthState,
  healthStatesByRank,
} from '../../contracts/partnership-vocabulary.js';
import { standardMonths } from '../partnerships/partnership-lifecycle.js';
import {
  brusselsOffsetMs,
  dayMs,
  daysBetween,
  daysInMonth,
  localDayOfMonth,
  localMonthIndex,
  monthKey,
} from './calendar.js';

/**
 * The programme's norm (DESIGN.md section 4): at least two meetings in every calendar month of the
 * first six months. Each running partnership gets a health state with the rule that decided it, so
 * the coach sees why. Pure: the meetings and the time come in as arguments.
 */
export type { HealthRule, HealthState } from '../../contracts/partnership-vocabulary.js';

export interface Health {
  state: HealthState;
  rule: HealthRule;
  /** What the rule looked at, for the reason text (month, held, days ...). */
  details: Record<string, string | number>;
}

/** Meetings per month the norm asks for, and how quiet a pair may be before it is off track. */
export const meetingsPerMonth = 2;
export const silentDaysOffTrack = 45;
/** An introduction should happen within two weeks of the proposal; after a month it is overdue. */
export const introductionLateDays = 14;
export const introductionOverdueDays = 30;
/** In the last days of a month, fewer than two meetings held or planned puts the pair at risk. */
export const monthEndWarningDays = 10;

export interface CadenceInput {
  status: string;
  proposedAt: string;
  /** When the introduction took place (an introduced pair waits for both answers from then). */
  introducedAt?: string | null;
  startedAt: string | null;
  plannedEndAt: string | null;
  /** Held meetings per Brussels calendar month (YYYY-MM). */
  heldByMonth: Readonly<Record<string, number>>;
  lastHeldAt: string | null;
  /** Start times of meetings planned and not yet logged. */
  plannedStarts: readonly string[];
}

/**
 * The calendar months the norm applies to: six, starting with the month the partnership became
 * active when that was on or before the 15th, otherwise with the next month (a pair that starts on
 * the 28th is not asked for two meetings in three days; what they do meet counts for month one).
 */
export function firstCadenceMonth(startedAt: Date): number {
  const startMonth = localMonthIndex(startedAt);
  return localDayOfMonth(startedAt) <= 15 ? startMonth : startMonth + 1;
}

export function cadenceMonths(startedAt: Date): string[] {
  const first = firstCadenceMonth(startedAt);
  return Array.from({ length: standardMonths }, (_, i) => monthKey(first + i));
}

/** Held meetings that count for a cadence month (month one also takes the days before it). */
function heldIn(input: CadenceInput, started: Date, first: number, month: number): number {
  const held = input.heldByMonth[monthKey(month)] ?? 0;
  if (month !== first) return held;
  const startMonth = localMonthIndex(started);
  return startMonth === month ? held : held + (input.heldByMonth[monthKey(startMonth)] ?? 0);
}

export function partnershipHealth(input: CadenceInput, now: Date): Health | null {
  switch (input.status) {
    case 'proposed':
      return introductionHealth(input, now);
    case 'introduced':
      return answersHealth(input, now);
    case 'active':
      return activeHealth(input, now);
    case 'closing':
      return { state: 'on_track', rule: 'closing', details: {} };
    default:
      return null;
  }
}

function introductionHealth(input: CadenceInput, now: Date): Health {
  const days = daysBetween(new Date(input.proposedAt), now);
  if (days > introductionOverdueDays)
    return { state: 'off_track', rule: 'introduction_overdue', details: { days } };
  if (days > introductionLateDays) return { state: 'at_risk', rule: 'introduction_late', details: { days } };
  return { state: 'on_track', rule: 'introduction_pending', details: { days } };
}

/**
 * After the introduction the pair is no longer waiting for it: both sides are asked to answer. A
 * fortnight without both answers puts the pair at risk.
 */
function answersHealth(input: CadenceInput, now: Date): Health {
  const days = daysBetween(new Date(input.introducedAt ?? input.proposedAt), now);
  if (days > introductionLateDays) return { state: 'at_risk', rule: 'answers_late', details: { days } };
  return { state: 'on_track', rule: 'answers_pending', details: { days } };
}

function activeHealth(input: CadenceInput, now: Date): Health {
  const started = new Date(input.startedAt ?? input.proposedAt);
  const lastContact = new Date(lastContactMs(input, started.getTime()));
  const silent = daysBetween(lastContact, now);
  if (silent > silentDaysOffTrack)
    return { state: 'off_track', rule: 'no_meeting_45_days', details: { days: silent } };

  const first = firstCadenceMonth(started);
  const lastOfWindow = first + standardMonths - 1;
  const current = localMonthIndex(now);
  const short = (m: number) => heldIn(input, started, first, m) < meetingsPerMonth;
  // The last completed month counts only while it is one of the cadence months or just after them;
  // an extended pair is not held to a short sixth month for the rest of its partnership.
  const last = current <= lastOfWindow + 1 ? Math.min(lastOfWindow, current - 1) : first - 1;
  if (last >= first + 1 && short(last) && short(last - 1))
    return {
      state: 'off_track',
      rule: 'two_months_short',
      details: { month: monthKey(last - 1), nextMonth: monthKey(last) },
    };
  if (last >= first && short(last))
    return {
      state: 'at_risk',
      rule: 'last_month_short',
      details: { month: monthKey(last), held: heldIn(input, started, first, last) },
    };

  if (current >= first && current <= lastOfWindow) {
    const held = heldIn(input, started, first, current);
    const nowMs = now.getTime();
    let planned = 0;
    for (const s of input.plannedStarts) {
      const at = Date.parse(s);
      if (at > nowMs && localMonthIndex(at) === current) planned += 1;
    }
    const daysLeft = daysInMonth(monthKey(current)) - localDayOfMonth(now);
    const month = monthKey(current);
    if (held + planned < meetingsPerMonth && daysLeft < monthEndWarningDays)
      return { state: 'at_risk', rule: 'this_month_behind', details: { month, held, planned, daysLeft } };
    return { state: 'on_track', rule: 'cadence_met', details: { month, held, planned } };
  }
  if (current < first)
    return { state: 'on_track', rule: 'cadence_starts', details: { month: monthKey(first) } };
  if (input.plannedEndAt && now.getTime() > new Date(input.plannedEndAt).getTime())
    return {
      state: 'at_risk',
      rule: 'end_date_passed',
      details: { days: daysBetween(new Date(input.plannedEndAt), now) },
    };
  return { state: 'on_track', rule: 'after_first_months', details: {} };
}

/**
 * The first instant after `now` at which the health of this partnership may change while its
 * meetings and status stay as they are: a day threshold passes, a Brussels day or month begins, a
 * planned meeting starts or the planned end passes. Until then a stored health is still exact;
 * null when it never changes (a partnership that is over).
 */
export function healthValidUntil(input: CadenceInput, now: Date): Date | null {
  const candidates: number[] = [];
  const nowMs = now.getTime();
  const after = (t: number) => {
    if (t > nowMs) candidates.push(t);
  };
  switch (input.status) {
    case 'proposed': {
      // The rules and the "days since the proposal" they show change on each whole day after it.
      after(nextWholeDay(Date.parse(input.proposedAt), nowMs));
      break;
    }
    case 'introduced': {
      after(nextWholeDay(Date.parse(input.introducedAt ?? input.proposedAt), nowMs));
      break;
    }
    case 'active': {
      const started = Date.parse(input.startedAt ?? input.proposedAt);
      after(nextWholeDay(lastContactMs(input, started), nowMs));
      after(nextLocalMidnight(now));
      for (const s of input.plannedStarts) after(Date.parse(s));
      if (input.plannedEndAt) {
        // Up to the end, the first instant past it; after it, each day adds to "days past the end".
        const end = Date.parse(input.plannedEndAt);
        after(nowMs <= end ? end + 1 : nextWholeDay(end, nowMs));
      }
      break;
    }
    default:
      return null;
  }
  return candidates.length ? new Date(Math.min(...candidates)) : null;
}

/** The next instant, after `nowMs`, that is a whole number of days after `from`. */
function nextWholeDay(from: number, nowMs: number): number {
  return from + (Math.floor((nowMs - from) / dayMs) + 1) * dayMs;
}

/** The next start of a Brussels calendar day (month changes happen there too). */
function nextLocalMidnight(now: Date): number {
  const offset = brusselsOffsetMs(now);
  const local = new Date(now.getTime() + offset);
  const nextLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1);
  // The offset of the next day may differ (the clock changes at 01:00 UTC, after local midnight).
  return nextLocal - brusselsOffsetMs(new Date(nextLocal - offset));
}

/**
 * When the pair last met as an active pair: the last held meeting, but never before the start (the
 * introduction meeting usually comes weeks before both sides accept).
 */
export function lastContactMs(input: CadenceInput, startedMs: number): number {
  return Math.max(input.lastHeldAt ? Date.parse(input.lastHeldAt) : startedMs, startedMs);
}

/** The order of the coach's health screen: off track first, then at risk, then on track. */
export function healthRank(health: Health | null): number {
  if (!health) return 3;
  return healthStatesByRank.indexOf(health.state);
}

/** Days ahead in which a pair should have a meeting planned; otherwise they get a reminder. */
export const planningHorizonDays = 14;

/**
 * Whether an active pair should be reminded to plan a meeting, and the key that makes the reminder
 * unique: at most one reminder per fortnight of the partnership, however often the job runs.
 */
export function planningReminder(
  partnershipId: string,
  input: CadenceInput,
  now: Date,
): { key: string } | null {
  if (input.status !== 'active' || !input.startedAt) return null;
  const horizon = now.getTime() + planningHorizonDays * dayMs;
  const hasPlanned = input.plannedStarts.some((s) => {
    const at = new Date(s).getTime();
    return at > now.getTime() && at <= horizon;
  });
  if (hasPlanned) return null;
  const fortnight = Math.floor(daysBetween(new Date(input.startedAt), now) / planningHorizonDays);
  return { key: `plan-meeting:${partnershipId}:${fortnight}` };
}

/**
 * Whether the coach is alerted: only when a partnership goes off track, not again while it stays
 * there. `alerted` is the state remembered from the last alert decision.
 */
export function offTrackAlert(
  alerted: HealthState | null,
  state: HealthState | null,
): { alert: boolean; remember: HealthState | null } {
  if (state === 'off_track') return { alert: alerted !== 'off_track', remember: 'off_track' };
  return { alert: false, remember: state };
}
