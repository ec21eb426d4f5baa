import {
  freeMentorStatuses,
  type MenteeStatus,
  type MentorStatus,
  menteeDecidableStatuses,
  menteeDecisions,
  mentorDecidableStatuses,
  mentorDecisions,
  type PersonKind,
  type PersonStatus,
} from '../../contracts/people-vocabulary.js';

/**
 * The whole lifecycle of a mentee and of a mentor (DESIGN.md section 3), as one table of steps:
 * which step leads from which status to which. person-status.ts decides the steps up to matching
 * (intake, assessment, decision); matching and the partnership's end take the person further.
 * services/people/change-person-status.ts writes no status change this table does not allow.
 */
export type PersonStep =
  /** A coach plans the intake interview. */
  | 'plan_intake'
  /** The intake's assessment is recorded once the intake took place. */
  | 'assess'
  /** The coach's decision after the intake (or a reconsidered one). */
  | 'decide'
  /** A coach confirms a pair of a matching run: both people are in a partnership. */
  | 'match'
  /** The partnership was declined or ended early: the mentee returns to the pool (with priority). */
  | 'return_to_pool'
  /** The cycle was completed. */
  | 'complete'
  /** The mentee left the programme when the partnership ended early. */
  | 'leave_early'
  /** The mentor's partnership ended and no other holds them: free for a new pair. */
  | 'release_mentor'
  /** The follow-up after a completed cycle was done. */
  | 'follow_up'
  /** A mentor finished the required training. */
  | 'finish_training'
  /** A mentor says they are available for a pair. */
  | 'make_available'
  /** A mentor takes a break, or comes back from it. */
  | 'rest'
  | 'return_from_rest'
  /** A mentor leaves the programme. */
  | 'leave';

type Step<S extends PersonStatus> = { step: PersonStep; from: readonly S[]; to: readonly S[] };

const mentee: ReadonlyArray<Step<MenteeStatus>> = [
  { step: 'plan_intake', from: ['applied'], to: ['intake_planned'] },
  { step: 'assess', from: ['applied', 'intake_planned'], to: ['assessed'] },
  {
    step: 'decide',
    from: menteeDecidableStatuses,
    to: menteeDecisions,
  },
  { step: 'match', from: ['ready_to_match'], to: ['in_partnership'] },
  { step: 'return_to_pool', from: ['in_partnership'], to: ['ready_to_match'] },
  { step: 'complete', from: ['in_partnership'], to: ['completed'] },
  { step: 'leave_early', from: ['in_partnership'], to: ['left_early'] },
  { step: 'follow_up', from: ['completed', 'left_early'], to: ['followed_up'] },
];

const mentor: ReadonlyArray<Step<MentorStatus>> = [
  { step: 'plan_intake', from: ['applied'], to: ['intake_planned'] },
  { step: 'assess', from: ['applied', 'intake_planned'], to: ['assessed'] },
  {
    step: 'decide',
    from: mentorDecidableStatuses,
    to: mentorDecisions,
  },
  { step: 'finish_training', from: ['accepted'], to: ['trained'] },
  { step: 'make_available', from: ['accepted', 'trained', 'resting'], to: ['available'] },
  { step: 'match', from: freeMentorStatuses, to: ['in_partnership'] },
  { step: 'release_mentor', from: ['in_partnership'], to: ['accepted'] },
  { step: 'rest', from: freeMentorStatuses, to: ['resting'] },
  { step: 'return_from_rest', from: ['resting'], to: ['accepted'] },
  {
    step: 'leave',
    from: ['applied', 'intake_planned', 'accepted', 'declined', 'trained', 'available', 'resting'],
    to: ['left'],
  },
];

/** The lifecycle table of a kind of person: each step, the statuses it starts from and leads to. */
export const personLifecycle: { readonly [K in PersonKind]: ReadonlyArray<Step<PersonStatus>> } = {
  mentee,
  mentor,
};

/** A person's first status: every record starts with its application. */
export const firstPersonStatus = 'applied' satisfies PersonStatus;

/**
 * Whether `step` may move a person of `kind` from `from` to `to`. A decision may confirm the status
 * it already has (a coach reconsiders and keeps it: the history records the decision again).
 */
export function canChangeStatus(kind: PersonKind, step: PersonStep, from: string, to: string): boolean {
  if (from === to && step !== 'decide') return false;
  return personLifecycle[kind].some(
    (s) =>
      s.step === step &&
      (s.from as readonly string[]).includes(from) &&
      (s.to as readonly string[]).includes(to),
  );
}
