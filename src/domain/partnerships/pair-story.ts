import type {
  MeetingKind,
  MeetingStatus,
  PairStage,
  PartnershipStatus,
} from '../../contracts/partnership-vocabulary.js';
import { type CadenceInput, type Health, partnershipHealth } from '../cadence/partnership-health.js';

/**
 * One story for a pair: the status line, the health and the next meeting all come from the same
 * facts here, so no screen can say the introduction is still to come when it was recorded, or show
 * a held introduction or the evaluation of a completed pair as the next meeting. Pure.
 */
export { type PairStage, pairStages } from '../../contracts/partnership-vocabulary.js';

export interface PairMeetingFact {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: string;
}

export interface PairFacts {
  status: PartnershipStatus;
  cadence: CadenceInput;
  /** The pair's meetings that matter for the story (planned ones and held ones at least). */
  meetings: readonly PairMeetingFact[];
}

export interface PairStory {
  stage: PairStage;
  health: Health | null;
  /** The next meeting to come, or null: never a held meeting, never one of a pair that is over. */
  nextMeetingId: string | null;
  /** Planned meetings whose time has passed: they wait for their log. */
  toLogIds: string[];
}

function stageOf(facts: PairFacts, planned: PairMeetingFact[], now: number): PairStage {
  const ofKind = (kind: MeetingKind) => planned.filter((m) => m.kind === kind);
  const started = (m: PairMeetingFact) => Date.parse(m.startsAt) <= now;
  switch (facts.status) {
    case 'proposed': {
      const intro = ofKind('introduction');
      if (intro.length === 0) return 'introduction_to_plan';
      return intro.some(started) ? 'introduction_to_log' : 'introduction_planned';
    }
    case 'introduced':
      return 'answers_pending';
    case 'active':
      return 'active';
    case 'closing': {
      if (facts.meetings.some((m) => m.kind === 'evaluation' && m.status === 'held'))
        return 'evaluation_held';
      const evaluation = ofKind('evaluation');
      return evaluation.some(started) ? 'evaluation_to_log' : 'evaluation_planned';
    }
    default:
      return facts.status;
  }
}

/** Derives the pair's stage, health and next meeting from its status, meeting summary and meetings. */
export function pairStory(facts: PairFacts, now: Date): PairStory {
  const nowMs = now.getTime();
  const over = facts.status === 'completed' || facts.status === 'ended_early' || facts.status === 'declined';
  const planned = facts.meetings
    .filter((m) => m.status === 'planned')
    // Once the pair is introduced, an introduction still marked planned is no longer to come.
    .filter((m) => m.kind !== 'introduction' || facts.status === 'proposed')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const next = over ? undefined : planned.find((m) => Date.parse(m.startsAt) > nowMs);
  return {
    stage: stageOf(facts, planned, nowMs),
    health: partnershipHealth(facts.cadence, now),
    nextMeetingId: next?.id ?? null,
    toLogIds: over ? [] : planned.filter((m) => Date.parse(m.startsAt) <= nowMs).map((m) => m.id),
  };
}
