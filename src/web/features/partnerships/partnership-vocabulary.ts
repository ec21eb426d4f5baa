import { contractTypes, workingHours } from '../../../contracts/outcome-vocabulary';
import {
  contactChannels,
  endReasons,
  type HealthState,
  healthRules,
  healthStates,
  meetingKinds,
  meetingStatuses,
  meetingTopics,
  outcomes,
  type PartnershipStatus,
  pairStages,
  partnershipStatuses,
  sides,
  togetherStatuses,
} from '../../../contracts/partnership-vocabulary';

/** The words of the mentoring cycle (contracts/partnership-vocabulary.ts), worded under partnerships.*. */
export {
  contactChannels,
  contractTypes,
  endReasons,
  healthRules,
  healthStates,
  meetingKinds,
  meetingStatuses,
  meetingTopics,
  outcomes,
  pairStages,
  partnershipStatuses,
  sides,
  workingHours,
};

/** What a participant's home page asks them to do, worded under partnerships.due.*. */
export const dueKinds = [
  'answer_introduction',
  'log_meeting',
  'plan_meeting',
  'comment_cv',
  'evaluation',
] as const;

/** The coach's to-do items, worded under partnerships.todo.kinds.*. */
export const todoKinds = [
  'discrimination_report',
  'help_request',
  'contact_due',
  'off_track',
  'at_risk',
  'introduction',
  'answers_pending',
  'meeting_to_log',
] as const;

/** The API's error codes of the mentoring cycle, translated under errors.*. */
export const partnershipErrorCodes = [
  'meeting.application_not_found',
  'partnership.not_found',
  'partnership.not_allowed',
  'partnership.invalid_transition',
  'partnership.already_answered',
  'partnership.changed_meanwhile',
  'partnership.not_running',
  'partnership.reason_required',
  'partnership.extension_not_later',
  'partnership.extension_too_long',
  'meeting.not_found',
  'meeting.already_logged',
  'meeting.cancelled',
  'meeting.not_yet_started',
  'meeting.starts_in_past',
  'meeting.place_required',
  'meeting.duration_invalid',
  'meeting.duration_required',
  'meeting.topics_required',
  'meeting.kind_for_coach',
  'meeting.before_introduction',
  'meeting.starts_in_future',
  'meeting.outside_partnership',
  'meeting.not_yet_ended',
  'partnership.evaluation_not_held',
  'help_request.not_found',
  'help_request.already_handled',
  'evaluation.already_submitted',
  'evaluation.not_open',
  'evaluation.answer_required',
  'evaluation.answer_invalid',
  'evaluation.unknown_item',
  'contact.in_future',
] as const;

/** Badge colours (classes badge--*) per partnership status. */
export const statusTones: Record<PartnershipStatus, string> = {
  proposed: 'pending',
  introduced: 'pending',
  active: 'info',
  closing: 'info',
  completed: 'success',
  ended_early: 'expired',
  declined: 'expired',
};

/** Badge colours per health state. */
export const healthTones: Record<HealthState, string> = {
  on_track: 'success',
  at_risk: 'pending',
  off_track: 'failure',
};

/** Statuses in which the pair still meets and plans. */
export const meetingStatusesOfPair: readonly PartnershipStatus[] = togetherStatuses;
