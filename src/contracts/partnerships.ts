import { z } from 'zod';
import { isoDateTimeSchema, pageOf, pageQuerySchema } from './common.js';
import { contractTypes, workingHours } from './outcome-vocabulary.js';
import {
  contactChannels,
  endReasons,
  healthRules,
  healthStates,
  meetingKinds,
  meetingOrigins,
  meetingStatuses,
  meetingTopics,
  outcomes,
  pairStages,
  partnershipStatuses,
  responseAnswers,
  sides,
} from './partnership-vocabulary.js';
import { plannedIntakeSchema } from './people.js';

/** Requests and responses of the mentoring cycle: partnerships, meetings, follow-up, evaluation. */
const shortText = (max: number) => z.string().trim().min(1).max(max);

export const healthSchema = z.object({
  state: z.enum(healthStates),
  rule: z.enum(healthRules),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
});

const personRef = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

const responseSchema = z
  .object({ answer: z.enum(responseAnswers), at: z.string(), reason: z.string().nullable() })
  .nullable();

export const meetingSchema = z.object({
  id: z.string(),
  partnershipId: z.string(),
  kind: z.enum(meetingKinds),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  place: z.string().nullable(),
  videoUrl: z.string().nullable(),
  topic: z.string().nullable(),
  applicationId: z.string().nullable(),
  status: z.enum(meetingStatuses),
  /** Planned first and logged afterwards, or recorded in one step after it took place. */
  origin: z.enum(meetingOrigins),
  /** When it was logged or recorded (startsAt is when it took place). */
  loggedAt: z.string().nullable(),
  /** Logged or recorded more than two days after it ended: history shows it as entered late. */
  enteredLate: z.boolean(),
  heldMinutes: z.number().int().nullable(),
  topics: z.array(z.enum(meetingTopics)),
  sharedNotes: z.string().nullable(),
  /** The viewer's own private note. */
  privateNote: z.string().nullable(),
  /** For the coach: the private notes of the pair, with their writer. */
  privateNotes: z.array(z.object({ author: z.string(), text: z.string() })),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** A job found at the end of the cycle, as a funder counts it. */
export const jobOutcomeSchema = z.strictObject({
  startDate: z.iso.date(),
  contractType: z.enum(contractTypes),
  hours: z.enum(workingHours),
  /** NACE code from the reference list (section letter or division). */
  sectorCode: z.string().trim().min(1).max(10),
});

export const partnershipSchema = z.object({
  id: z.string(),
  status: z.enum(partnershipStatuses),
  associationId: z.string().nullable(),
  mentee: personRef,
  mentor: personRef,
  coach: z
    .object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable() })
    .nullable(),
  score: z.number().nullable(),
  proposedAt: z.string(),
  introducedAt: z.string().nullable(),
  responses: z.object({ mentee: responseSchema, mentor: responseSchema }),
  startedAt: z.string().nullable(),
  plannedEndAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.enum(endReasons).nullable(),
  endReasonText: z.string().nullable(),
  outcome: z.enum(outcomes).nullable(),
  /** For a job: its details, and whether it lies in the sector of the mentoring (null: unknown). */
  outcomeDetails: jobOutcomeSchema.extend({ inMentoringSector: z.boolean().nullable() }).nullable(),
  /** Staff only: why the cycle was completed without a held evaluation meeting. */
  evaluationSkippedReason: z.string().nullable(),
  /** Sides whose end-of-cycle evaluation is not in yet (while closing or completed). */
  evaluationsMissing: z.array(z.enum(sides)),
  /** Where the pair stands, told from the same facts as the health and the next meeting. */
  stage: z.enum(pairStages),
  health: healthSchema.nullable(),
  /** Which side the viewer is, or null for staff. */
  viewerSide: z.enum(sides).nullable(),
  nextMeeting: meetingSchema.nullable(),
  /** Staff only: every status change with who, when and why. */
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      at: z.string(),
      by: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});
export type Partnership = z.infer<typeof partnershipSchema>;

export const respondRequest = z.strictObject({
  answer: z.enum(responseAnswers),
  reason: shortText(1000).optional(),
  /** Staff recording an answer given by phone name the side; participants answer for themselves. */
  side: z.enum(sides).optional(),
});

export const reasonRequest = z.strictObject({ reason: shortText(1000).optional() });

export const extendRequest = z.strictObject({
  plannedEndAt: isoDateTimeSchema,
  reason: shortText(1000),
});

export const planMeetingRequest = z.strictObject({
  kind: z.enum(meetingKinds).default('regular'),
  startsAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(15).max(480).default(60),
  place: shortText(200).optional(),
  videoUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
  topic: shortText(200).optional(),
  applicationId: z.uuid().optional(),
});

export const logMeetingRequest = z.strictObject({
  held: z.boolean(),
  durationMinutes: z.number().int().min(5).max(480).optional(),
  topics: z.array(z.enum(meetingTopics)).max(meetingTopics.length).default([]),
  sharedNotes: z.string().trim().max(4000).optional(),
  privateNote: z.string().trim().max(4000).optional(),
});

/**
 * A meeting that already took place, recorded in one step with the same log fields: when it was
 * (in the past, within the partnership), how long, which topics, notes.
 */
export const recordMeetingRequest = z.strictObject({
  kind: z.enum(meetingKinds).default('regular'),
  startsAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(5).max(480),
  place: shortText(200).optional(),
  topic: shortText(200).optional(),
  applicationId: z.uuid().optional(),
  topics: z.array(z.enum(meetingTopics)).min(1).max(meetingTopics.length),
  sharedNotes: z.string().trim().max(4000).optional(),
  privateNote: z.string().trim().max(4000).optional(),
});

export const closingRequest = z.strictObject({
  evaluationMeeting: planMeetingRequest.omit({ kind: true, applicationId: true }),
});

/**
 * The coach completes the cycle with its outcome. The evaluation meeting must have been held, or
 * `evaluationSkippedReason` says why not. A job needs its details.
 */
export const completeRequest = z
  .strictObject({
    outcome: z.enum(outcomes),
    job: jobOutcomeSchema.optional(),
    note: shortText(1000).optional(),
    evaluationSkippedReason: shortText(1000).optional(),
  })
  .refine((v) => v.outcome !== 'job' || v.job !== undefined, {
    message: 'A job needs its start date, contract, hours and sector.',
    path: ['job'],
  });

export const endEarlyRequest = z.strictObject({
  reason: z.enum(endReasons),
  reasonText: shortText(1000).optional(),
  /** Offer the mentee a new match (the default where the reason allows it). */
  offerRematch: z.boolean().optional(),
});

export const meetingListQuery = pageQuerySchema;
export const meetingPage = pageOf(meetingSchema);

export const healthScreenQuery = pageQuerySchema.extend({
  associationId: z.uuid().optional(),
  coachId: z.uuid().optional(),
  state: z.enum(healthStates).optional(),
});

export const healthRowSchema = z.object({
  id: z.string(),
  status: z.enum(partnershipStatuses),
  associationId: z.string().nullable(),
  menteeName: z.string(),
  mentorName: z.string(),
  coach: z.object({ id: z.string(), name: z.string() }).nullable(),
  health: healthSchema,
  startedAt: z.string().nullable(),
  plannedEndAt: z.string().nullable(),
  lastHeldAt: z.string().nullable(),
  nextPlannedAt: z.string().nullable(),
});
export const healthScreenResponse = pageOf(healthRowSchema).extend({
  counts: z.object({ on_track: z.number().int(), at_risk: z.number().int(), off_track: z.number().int() }),
});

export const contactRequest = z.strictObject({
  side: z.enum(sides),
  channel: z.enum(contactChannels),
  at: isoDateTimeSchema,
  note: z.string().trim().max(2000).optional(),
});

export const followUpSchema = z.object({
  contacts: z.array(
    z.object({
      id: z.string(),
      side: z.enum(sides),
      channel: z.enum(contactChannels),
      at: z.string(),
      note: z.string().nullable(),
      coachName: z.string().nullable(),
    }),
  ),
  due: z.array(
    z.object({
      side: z.enum(sides),
      required: z.number().int(),
      done: z.number().int(),
      periodStart: z.string(),
      periodEnd: z.string(),
      due: z.boolean(),
      lastContactAt: z.string().nullable(),
    }),
  ),
  helpRequests: z.array(
    z.object({
      id: z.string(),
      side: z.enum(sides),
      message: z.string(),
      createdAt: z.string(),
      handledAt: z.string().nullable(),
      handledNote: z.string().nullable(),
    }),
  ),
});

export const helpRequestRequest = z.strictObject({ message: shortText(2000) });
export const handleHelpRequestRequest = z.strictObject({ note: shortText(2000).optional() });

export const todoItemSchema = z.object({
  kind: z.enum([
    'discrimination_report',
    'help_request',
    'contact_due',
    'off_track',
    'at_risk',
    'introduction',
    'answers_pending',
    'meeting_to_log',
    'intake_overdue',
    'new_application',
    'waiting_long',
  ]),
  /** The partnership the item is about; null for a discrimination report and the intake pipeline. */
  partnershipId: z.string().nullable(),
  /** The person an item of the intake pipeline is about (their name is in menteeName or mentorName). */
  personId: z.string().nullable(),
  menteeName: z.string(),
  mentorName: z.string(),
  /** The help request's id, the side a contact is due with, the health rule, or the meeting's kind. */
  subject: z.string().nullable(),
  text: z.string().nullable(),
  since: z.string().nullable(),
});
export const todoResponse = pageOf(todoItemSchema);

const questionTexts = z.object({ nl: z.string(), fr: z.string(), en: z.string() });
export const evaluationFormSchema = z.object({
  questionnaire: z.object({ code: z.string(), version: z.number().int() }),
  side: z.enum(sides),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['scale5', 'yes_no', 'choice', 'text']),
      required: z.boolean(),
      text: questionTexts,
      options: z.array(z.object({ value: z.string(), text: questionTexts })).optional(),
    }),
  ),
  submittedAt: z.string().nullable(),
  /** Whether the form takes answers now (from the planning of the evaluation meeting on). */
  open: z.boolean(),
});
export const evaluationAnswersRequest = z.strictObject({
  answers: z.record(z.string().max(40), z.union([z.string().max(2000), z.number(), z.boolean()])),
});
export const evaluationsSchema = z.object({
  items: z.array(
    z.object({
      side: z.enum(sides),
      questionnaire: z.object({ code: z.string(), version: z.number().int() }),
      locale: z.string(),
      answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      submittedAt: z.string(),
    }),
  ),
});

/** A mentee's or mentor's own home page: their partnership, the next meeting, what is due, the coach. */
export const homeSchema = z.object({
  person: z
    .object({ id: z.string(), kind: z.enum(sides), firstName: z.string(), status: z.string() })
    .nullable(),
  partnerships: z.array(partnershipSchema),
  due: z.array(
    z.object({
      kind: z.enum(['answer_introduction', 'log_meeting', 'plan_meeting', 'comment_cv', 'evaluation']),
      partnershipId: z.string(),
      meetingId: z.string().nullable(),
      since: z.string().nullable(),
    }),
  ),
  /** The coach who follows this person: of the running partnership, else from the intake on. */
  coach: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
  /** The planned intake interview, while the person waits for it. */
  intake: plannedIntakeSchema.nullable(),
});
export type Home = z.infer<typeof homeSchema>;
