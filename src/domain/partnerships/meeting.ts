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
