/**
 * The words of the mentoring cycle, shared by the domain, the server and the web app (zod-free, so
 * the web bundle and the domain can import them).
 */
export const partnershipStatuses = [
  'proposed',
  'introduced',
  'active',
  'closing',
  'completed',
  'ended_early',
  'declined',
] as const;
export type PartnershipStatus = (typeof partnershipStatuses)[number];

/** The states in which the pair is still together (and the mentor's place is held). */
export const runningStatuses = [
  'proposed',
  'introduced',
  'active',
  'closing',
] as const satisfies readonly PartnershipStatus[];
export type RunningStatus = (typeof runningStatuses)[number];

/** The running states once the pair was introduced: they work together (the mentor sees the mentee's career). */
export const togetherStatuses = [
  'introduced',
  'active',
  'closing',
] as const satisfies readonly RunningStatus[];

/** Where a pair stands in its story (domain/partnerships/pair-story.ts): the status line of every screen. */
export const pairStages = [
  'introduction_to_plan',
  'introduction_planned',
  'introduction_to_log',
  'answers_pending',
  'active',
  'evaluation_planned',
  'evaluation_to_log',
  'evaluation_held',
  'completed',
  'ended_early',
  'declined',
] as const;
export type PairStage = (typeof pairStages)[number];

export const sides = ['mentee', 'mentor'] as const;
export type Side = (typeof sides)[number];

export const endReasons = [
  'found_work',
  'mentee_withdrew',
  'mentor_withdrew',
  'no_contact',
  'not_a_good_match',
  'personal_circumstances',
  'other',
] as const;
export type EndReason = (typeof endReasons)[number];

/** The outcome types at completion (contracts/outcome-vocabulary.ts). */
export { type OutcomeType as Outcome, outcomeTypes as outcomes } from './outcome-vocabulary.js';

export const meetingTopics = [
  'cv',
  'interview_practice',
  'job_applications',
  'sector_orientation',
  'workplace_expectations',
  'networking',
  'other',
] as const;
export type MeetingTopic = (typeof meetingTopics)[number];

export const meetingKinds = ['introduction', 'regular', 'evaluation'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
/** The kinds of meeting a coach may plan once the pair was introduced, the usual one first (the form's default). */
export const staffPlannableMeetingKinds = [
  'regular',
  'introduction',
  'evaluation',
] as const satisfies readonly MeetingKind[];

export const meetingStatuses = ['planned', 'held', 'not_held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** A meeting was planned first (then logged), or recorded after it took place. */
export const meetingOrigins = ['planned', 'recorded'] as const;
export type MeetingOrigin = (typeof meetingOrigins)[number];

/** A side's answer to the introduction. */
export const responseAnswers = ['accepted', 'declined'] as const;
export type ResponseAnswer = (typeof responseAnswers)[number];

export const contactChannels = ['call', 'visit', 'message', 'meeting'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const healthStates = ['on_track', 'at_risk', 'off_track'] as const;
export type HealthState = (typeof healthStates)[number];
/** The order of the coach's health screen, the stored rank 0, 1, 2: off track first, then at risk, then on track. */
export const healthStatesByRank = [
  'off_track',
  'at_risk',
  'on_track',
] as const satisfies readonly HealthState[];

export const healthRules = [
  'introduction_pending',
  'introduction_late',
  'introduction_overdue',
  'answers_pending',
  'answers_late',
  'no_meeting_45_days',
  'two_months_short',
  'last_month_short',
  'this_month_behind',
  'cadence_met',
  'cadence_starts',
  'end_date_passed',
  'after_first_months',
  'closing',
] as const;
export type HealthRule = (typeof healthRules)[number];
