import type { MeetingStatus } from '../../contracts/partnership-vocabulary.js';
import { fail, ok, type Result } from '../result.js';

/**
 * Meetings of a pair: planned by either side or the coach, then logged by either side (it happened
 * or not, how long, which topics). Pure checks; the services save.
 */
export type { MeetingKind, MeetingStatus, MeetingTopic } from '../../contracts/partnership-vocabulary.js';

/** Longest meeting the log accepts, in minutes. */
export const maxMeetingMinutes = 8 * 60;

/** Planning checks: a future start, a place or a video link. */
export function checkPlannedMeeting(
  input: { startsAt: string; durationMinutes: number; place?: string | null; videoUrl?: string | null },
  now: Date,
): Result<true> {
  if (new Date(input.startsAt).getTime() <= now.getTime())
    return fail('meeting.starts_in_past', 'A planned meeting must start in the future.', {
      field: 'startsAt',
    });
  if (!input.place?.trim() && !input.videoUrl?.trim())
    return fail('meeting.place_required', 'Give a place or a video link.', { field: 'place' });
  if (input.durationMinutes < 15 || input.durationMinutes > maxMeetingMinutes)
    return fail('meeting.duration_invalid', 'A meeting lasts between 15 minutes and 8 hours.', {
      field: 'durationMinutes',
    });
  return ok(true);
}

/** Logging checks: only a meeting that has started, once; interview practice may name an application. */
export function checkMeetingLog(
  meeting: { status: MeetingStatus; startsAt: string },
  input: { held: boolean; durationMinutes?: number | undefined; topics: readonly string[] },
  now: Date,
): Result<MeetingStatus> {
  if (meeting.status === 'cancelled')
    return fail('meeting.cancelled', 'This meeting was cancelled.', { field: 'meetingId' });
  if (meeting.status !== 'planned')
    return fail('meeting.already_logged', 'This meeting has been logged already.', { field: 'meetingId' });
  if (new Date(meeting.startsAt).getTime() > now.getTime())
    return fail('meeting.not_yet_started', 'A meeting can be logged once it has started.', {
      field: 'meetingId',
    });
  if (input.held && (input.durationMinutes === undefined || input.durationMinutes < 5))
    return fail('meeting.duration_required', 'Say how long the meeting lasted.', {
      field: 'durationMinutes',
    });
  if (input.held && input.topics.length === 0)
    return fail('meeting.topics_required', 'Pick at least one topic.', { field: 'topics' });
  return ok(input.held ? 'held' : 'not_held');
}

/** A meeting entered more than this many days after it ended shows as entered late. */
export const lateEntryDays = 2;

/** Whether a meeting was logged or recorded late: more than `lateEntryDays` after it ended. */
export function isLateEntry(meeting: {
  startsAt: string;
  durationMinutes: number;
  loggedAt: string | null;
}): boolean {
  if (!meeting.loggedAt) return false;
  const ended = Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000;
  return Date.parse(meeting.loggedAt) - ended > lateEntryDays * 24 * 60 * 60 * 1000;
}

/**
 * Checks for recording a meeting that already took place, in one step: it started in the past and
 * ended by now, within the partnership's dates (not before the proposal, not after its end), with
 * the same log fields as logging a planned meeting (how long, which topics).
 */
export function checkRecordedMeeting(
  input: { startsAt: string; durationMinutes?: number | undefined; topics: readonly string[] },
  partnership: { proposedAt: string; endedAt: string | null },
  now: Date,
): Result<true> {
  const starts = Date.parse(input.startsAt);
  if (starts > now.getTime())
    return fail('meeting.starts_in_future', 'A meeting that took place has a date in the past.', {
      field: 'startsAt',
    });
  const first = Date.parse(partnership.proposedAt);
  const last = partnership.endedAt ? Date.parse(partnership.endedAt) : now.getTime();
  if (starts < first || starts > last)
    return fail('meeting.outside_partnership', 'The date lies outside the partnership.', {
      field: 'startsAt',
      from: new Date(first).toISOString(),
      to: new Date(last).toISOString(),
    });
  if (input.durationMinutes === undefined || input.durationMinutes < 5)
    return fail('meeting.duration_required', 'Say how long the meeting lasted.', {
      field: 'durationMinutes',
    });
  if (starts + input.durationMinutes * 60_000 > now.getTime())
    return fail('meeting.not_yet_ended', 'Record a meeting once it has ended.', { field: 'durationMinutes' });
  if (input.topics.length === 0)
    return fail('meeting.topics_required', 'Pick at least one topic.', { field: 'topics' });
  return ok(true);
}
