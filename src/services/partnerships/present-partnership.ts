import type { Selectable } from 'kysely';
import { z } from 'zod';
import {
  meetingTopics,
  type ResponseAnswer,
  type Side,
  sides,
} from '../../contracts/partnership-vocabulary.js';
import { jobOutcomeSchema, type Meeting, type Partnership } from '../../contracts/partnerships.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import type { PartnershipRow } from '../../db/queries/partnerships.js';
import type { Database } from '../../db/schema.js';
import { isLateEntry } from '../../domain/partnerships/meeting.js';
import { type PairStory, pairStory } from '../../domain/partnerships/pair-story.js';
import { cadenceInputOf, type Viewer } from './load-partnership.js';

const outcomeDetailsSchema = jobOutcomeSchema.extend({ inMentoringSector: z.boolean().nullable() });

/** Explicit output shapes of the mentoring cycle: what each viewer gets to see. */
export function presentPartnership(
  row: PartnershipRow,
  viewer: Viewer,
  extra: {
    now: Date;
    /** The pair's story (stage, health, next meeting), told by pairStoryOf from the same facts. */
    story: PairStory;
    /** The sides that have submitted their end-of-cycle evaluation. */
    answered: readonly Side[];
    nextMeeting: Meeting | null;
    history: Array<{
      from_status: string | null;
      to_status: string;
      at: string;
      actor_name: string | null;
      reason_text: string | null;
    }>;
  },
): Partnership {
  const staff = viewer.kind === 'staff';
  const response = (answer: ResponseAnswer | null, at: string | null, reason: string | null) =>
    answer && at ? { answer, at, reason } : null;
  return {
    id: row.id,
    status: row.status,
    associationId: row.association_id,
    mentee: {
      id: row.mentee_id,
      name: `${row.mentee_first_name} ${row.mentee_last_name}`,
      email: row.mentee_email,
      phone: row.mentee_phone,
    },
    mentor: {
      id: row.mentor_id,
      name: `${row.mentor_first_name} ${row.mentor_last_name}`,
      email: row.mentor_email,
      phone: row.mentor_phone,
    },
    coach:
      row.coach_id && row.coach_name
        ? { id: row.coach_id, name: row.coach_name, email: row.coach_email ?? '', phone: row.coach_phone }
        : null,
    score: staff ? row.score : null,
    proposedAt: row.proposed_at,
    introducedAt: row.introduced_at,
    responses: {
      mentee: response(
        row.mentee_response,
        row.mentee_responded_at,
        staff || viewer.side === 'mentee' ? row.mentee_response_reason : null,
      ),
      mentor: response(
        row.mentor_response,
        row.mentor_responded_at,
        staff || viewer.side === 'mentor' ? row.mentor_response_reason : null,
      ),
    },
    startedAt: row.started_at,
    plannedEndAt: row.planned_end_at,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    endReasonText: staff ? row.end_reason_text : null,
    outcome: row.outcome,
    outcomeDetails: row.outcome_details ? outcomeDetailsSchema.parse(JSON.parse(row.outcome_details)) : null,
    evaluationSkippedReason: staff ? row.evaluation_skipped_reason : null,
    evaluationsMissing:
      row.status === 'closing' || row.status === 'completed'
        ? sides.filter((s) => !extra.answered.includes(s))
        : [],
    stage: extra.story.stage,
    health: extra.story.health,
    viewerSide: viewer.kind === 'participant' ? viewer.side : null,
    nextMeeting: extra.nextMeeting,
    history: staff
      ? extra.history.map((h) => ({
          from: h.from_status,
          to: h.to_status,
          at: h.at,
          by: h.actor_name,
          reason: h.reason_text,
        }))
      : [],
  };
}

export function presentMeeting(
  row: Selectable<Database['meetings']>,
  viewer: { userId: string; staff: boolean },
  notes: ReadonlyArray<{ meeting_id: string; author_id: string; author_name: string; text: string }>,
): Meeting {
  const own = notes.find((n) => n.meeting_id === row.id && n.author_id === viewer.userId);
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    kind: row.kind,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    place: row.place,
    videoUrl: row.video_url,
    topic: row.topic,
    applicationId: row.application_id,
    status: row.status,
    origin: row.origin === 'recorded' ? 'recorded' : 'planned',
    loggedAt: row.logged_at,
    enteredLate: isLateEntry({
      startsAt: row.starts_at,
      durationMinutes: row.held_minutes ?? row.duration_minutes,
      loggedAt: row.logged_at,
    }),
    heldMinutes: row.held_minutes,
    topics: parseStoredJson(z.array(z.enum(meetingTopics)), row.topics, 'meeting topics'),
    sharedNotes: row.shared_notes,
    privateNote: own?.text ?? null,
    privateNotes: viewer.staff
      ? notes.filter((n) => n.meeting_id === row.id).map((n) => ({ author: n.author_name, text: n.text }))
      : [],
  };
}

/** The story of one pair from its row and its story meetings (db/queries/meetings.ts storyMeetings). */
export function pairStoryOf(
  row: PartnershipRow,
  meetings: ReadonlyArray<
    Pick<Selectable<Database['meetings']>, 'id' | 'partnership_id' | 'kind' | 'status' | 'starts_at'>
  >,
  now: Date,
): PairStory {
  return pairStory(
    {
      status: row.status,
      cadence: cadenceInputOf(row),
      meetings: meetings
        .filter((m) => m.partnership_id === row.id)
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          status: m.status,
          startsAt: m.starts_at,
        })),
    },
    now,
  );
}
