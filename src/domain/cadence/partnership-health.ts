import type { HealthRule, HealthState } from '../../contracts/partnership-vocabulary.js';
import { standardMonths } from '../partnerships/partnership-lifecycle.js';
import { dayMs, daysBetween, daysInMonth, localDay, localMonth, shiftMonth } from './calendar.js';

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
export function cadenceMonths(startedAt: Date): string[] {
  const startMonth = localMonth(startedAt);
  const first = Number(localDay(startedAt).slice(8, 10)) <= 15 ? startMonth : shiftMonth(startMonth, 1);
  return Array.from({ length: standardMonths }, (_, i) => shiftMonth(first, i));
}

/** Held meetings that count for a cadence month (month one also takes the days before it). */
export function heldInCadenceMonth(input: CadenceInput, months: readonly string[], month: string): number {
  const held = input.heldByMonth[month] ?? 0;
  if (month !== months[0] || !input.startedAt) return held;
  const startMonth = localMonth(new Date(input.startedAt));
  return startMonth === month ? held : held + (input.heldByMonth[startMonth] ?? 0);
}

export function partnershipHealth(input: CadenceInput, now: Date): Health | null {
  switch (input.status) {
    case 'proposed':
    case 'introduced':
      return introductionHealth(input, now);
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

function activeHealth(input: CadenceInput, now: Date): Health {
  const started = new Date(input.startedAt ?? input.proposedAt);
  const lastContact = input.lastHeldAt ? new Date(input.lastHeldAt) : started;
  const silent = daysBetween(lastContact, now);
  if (silent > silentDaysOffTrack)
    return { state: 'off_track', rule: 'no_meeting_45_days', details: { days: silent } };

  const months = cadenceMonths(started);
  const current = localMonth(now);
  const completed = months.filter((m) => m < current);
  const short = (m: string) => heldInCadenceMonth(input, months, m) < meetingsPerMonth;
  const last = completed.at(-1);
  const beforeLast = completed.at(-2);
  if (last && beforeLast && short(last) && short(beforeLast))
    return {
      state: 'off_track',
      rule: 'two_months_short',
      details: { month: beforeLast, nextMonth: last },
    };
  if (last && short(last))
    return {
      state: 'at_risk',
      rule: 'last_month_short',
      details: { month: last, held: heldInCadenceMonth(input, months, last) },
    };

  if (months.includes(current)) {
    const held = heldInCadenceMonth(input, months, current);
    const planned = input.plannedStarts.filter((s) => {
      const at = new Date(s);
      return at.getTime() > now.getTime() && localMonth(at) === current;
    }).length;
    const daysLeft = daysInMonth(current) - Number(localDay(now).slice(8, 10));
    if (held + planned < meetingsPerMonth && daysLeft < monthEndWarningDays)
      return {
        state: 'at_risk',
        rule: 'this_month_behind',
        details: { month: current, held, planned, daysLeft },
      };
    return { state: 'on_track', rule: 'cadence_met', details: { month: current, held, planned } };
  }
  if (input.plannedEndAt && now.getTime() > new Date(input.plannedEndAt).getTime())
    return {
      state: 'at_risk',
      rule: 'end_date_passed',
      details: { days: daysBetween(new Date(input.plannedEndAt), now) },
    };
  return { state: 'on_track', rule: 'after_first_months', details: {} };
}

/** The order of the coach's health screen: off track first, then at risk, then on track. */
export function healthRank(health: Health | null): number {
  if (!health) return 3;
  return health.state === 'off_track' ? 0 : health.state === 'at_risk' ? 1 : 2;
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
  alerted: string | null,
  health: Health | null,
): { alert: boolean; remember: string | null } {
  const state = health?.state ?? null;
  if (state === 'off_track') return { alert: alerted !== 'off_track', remember: 'off_track' };
  return { alert: false, remember: state };
}
