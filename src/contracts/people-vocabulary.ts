/**
 * The programme's word lists (statuses, levels, reasons ...), without zod, so the web app can import
 * them without pulling the validation library into its bundle. contracts/people.ts builds its schemas on them.
 */
/** CEFR levels, plus "native" for a mother tongue. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export const personKinds = ['mentee', 'mentor'] as const;
export type PersonKind = (typeof personKinds)[number];

/** DESIGN.md section 3. */
export const menteeStatuses = [
  'applied',
  'intake_planned',
  'assessed',
  'ready_to_match',
  'ineligible',
  'in_partnership',
  'completed',
  'left_early',
  'followed_up',
] as const;
export type MenteeStatus = (typeof menteeStatuses)[number];

/** A mentor is "assessed" between the intake and the decision, as a mentee is. */
export const mentorStatuses = [
  'applied',
  'intake_planned',
  'assessed',
  'accepted',
  'declined',
  'trained',
  'available',
  'in_partnership',
  'resting',
  'left',
] as const;
export type MentorStatus = (typeof mentorStatuses)[number];

/** Every status a person can have (a mentor passes "assessed" too: the intake is done, no decision yet). */
export const personStatuses = [...new Set([...menteeStatuses, ...mentorStatuses])] as ReadonlyArray<
  MenteeStatus | MentorStatus
>;
export type PersonStatus = MenteeStatus | MentorStatus;

/** Mentee statuses reached only after the intake (the programme report's "intake done"). */
export const menteeStatusesAfterIntake = [
  'assessed',
  'ready_to_match',
  'in_partnership',
  'completed',
  'left_early',
  'followed_up',
] as const satisfies readonly MenteeStatus[];

/** Mentors whom matching may propose: accepted, whether or not trained, and those already in a pair. */
export const matchableMentorStatuses = [
  'accepted',
  'trained',
  'available',
  'in_partnership',
] as const satisfies readonly MentorStatus[];

/** A coach's decision on a mentee after the intake (domain/people/person-status.ts). */
export const menteeDecisions = ['ready_to_match', 'ineligible'] as const satisfies readonly MenteeStatus[];
/** A coach's decision on a mentor after the intake. */
export const mentorDecisions = ['accepted', 'declined'] as const satisfies readonly MentorStatus[];
/** The statuses from which a coach may take (or reconsider) the decision on a mentee. */
export const menteeDecidableStatuses = [
  'assessed',
  'ineligible',
  'ready_to_match',
] as const satisfies readonly MenteeStatus[];
/** The statuses from which a coach may take (or reconsider) the decision on a mentor. */
export const mentorDecidableStatuses = [
  'intake_planned',
  'assessed',
  'declined',
  'accepted',
] as const satisfies readonly MentorStatus[];
/**
 * The statuses in which the person page shows the decision form: the decision can be taken or changed,
 * or is still to come (an applicant not yet assessed sees why it cannot be taken yet).
 */
export const decisionFormStatuses = [
  'applied',
  'intake_planned',
  'assessed',
  'ready_to_match',
  'ineligible',
  'accepted',
  'declined',
] as const satisfies readonly PersonStatus[];

/** Mentors free for a new pair: the suggestions of a mentee show only these. */
export const freeMentorStatuses = [
  'accepted',
  'trained',
  'available',
] as const satisfies readonly MentorStatus[];

/**
 * The statuses in which a person is on their way to, or in, a partnership: training still matters to
 * them (the overview's "still lacks a required module"; the directory's active mentors).
 */
export const activeMenteeStatuses = [
  'assessed',
  'ready_to_match',
  'in_partnership',
] as const satisfies readonly MenteeStatus[];
export const activeMentorStatuses = [
  'accepted',
  'trained',
  'available',
  'in_partnership',
  'resting',
] as const satisfies readonly MentorStatus[];

/** Statuses before the coach's decision on the intake: no intake yet, or held without a decision. */
export const undecidedStatuses = [
  'applied',
  'intake_planned',
  'assessed',
] as const satisfies readonly PersonStatus[];
/** The intake's decision was no: a mentee not eligible, a mentor not taken on. */
export const notAdmittedStatuses = ['ineligible', 'declined'] as const satisfies readonly PersonStatus[];
/** The person's part in the programme is over. */
export const finishedStatuses = [
  'completed',
  'left_early',
  'followed_up',
  'left',
] as const satisfies readonly PersonStatus[];

export const heardFromOptions = [
  'association',
  'friend',
  'public_employment_service',
  'social_media',
  'employer',
  'event',
  'other',
] as const;

export const educationLevels = ['none', 'primary', 'secondary', 'vocational', 'higher'] as const;

export const trainingNeeds = [
  'sector_orientation',
  'job_applications',
  'cv_and_talents',
  'dutch_language',
  'digital_skills',
  'coaching_skills',
  'diversity_training',
  'networking',
] as const;

export const menteeDecisionReasons = [
  'age',
  'no_migrant_background',
  'no_work_experience',
  'recognised_qualification',
  'not_reachable',
  'withdrew',
  'other',
] as const;

export const mentorDecisionReasons = [
  'no_sector_experience',
  'not_available',
  'not_reachable',
  'withdrew',
  'other',
] as const;

export const caseloadSorts = ['applied_desc', 'applied_asc', 'name_asc', 'status'] as const;
