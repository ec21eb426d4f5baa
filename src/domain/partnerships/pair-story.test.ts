import { describe, expect, it } from 'vitest';
import type { CadenceInput } from '../cadence/partnership-health.js';
import { type PairFacts, type PairMeetingFact, type PairStage, pairStages, pairStory } from './pair-story.js';

const day = 86_400_000;
const now = new Date('2027-03-10T12:00:00.000Z');
const at = (days: number) => new Date(now.getTime() + days * day).toISOString();

function cadence(status: string, extra: Partial<CadenceInput> = {}): CadenceInput {
  return {
    status,
    proposedAt: at(-70),
    introducedAt: null,
    startedAt: null,
    plannedEndAt: null,
    heldByMonth: {},
    lastHeldAt: null,
    plannedStarts: [],
    ...extra,
  };
}

const meeting = (
  id: string,
  kind: PairMeetingFact['kind'],
  status: PairMeetingFact['status'],
  days: number,
) => ({
  id,
  kind,
  status,
  startsAt: at(days),
});

const active = { startedAt: at(-40), plannedEndAt: at(140), heldByMonth: { '2027-02': 2, '2027-03': 1 } };

/** Every step of a cycle as the store holds it after that step, and the story it must tell. */
const walk: Array<{ step: string; facts: PairFacts; stage: PairStage; next: string | null }> = [
  {
    step: 'proposed, no introduction planned',
    facts: { status: 'proposed', cadence: cadence('proposed', { proposedAt: at(-3) }), meetings: [] },
    stage: 'introduction_to_plan',
    next: null,
  },
  {
    step: 'introduction planned',
    facts: {
      status: 'proposed',
      cadence: cadence('proposed', { proposedAt: at(-3) }),
      meetings: [meeting('intro', 'introduction', 'planned', 2)],
    },
    stage: 'introduction_planned',
    next: 'intro',
  },
  {
    step: 'introduction time passed, not logged',
    facts: {
      status: 'proposed',
      cadence: cadence('proposed', { proposedAt: at(-5) }),
      meetings: [meeting('intro', 'introduction', 'planned', -1)],
    },
    stage: 'introduction_to_log',
    next: null,
  },
  {
    step: 'introduction recorded (the planned one still in the store)',
    facts: {
      status: 'introduced',
      cadence: cadence('introduced', { proposedAt: at(-5), introducedAt: at(-1) }),
      meetings: [meeting('intro', 'introduction', 'planned', 3), meeting('first', 'regular', 'planned', 6)],
    },
    stage: 'answers_pending',
    next: 'first',
  },
  {
    step: 'introduction logged as held',
    facts: {
      status: 'introduced',
      cadence: cadence('introduced', { proposedAt: at(-5), introducedAt: at(-1) }),
      meetings: [],
    },
    stage: 'answers_pending',
    next: null,
  },
  {
    step: 'active with a meeting ahead and one to log',
    facts: {
      status: 'active',
      cadence: cadence('active', active),
      meetings: [meeting('past', 'regular', 'planned', -2), meeting('soon', 'regular', 'planned', 4)],
    },
    stage: 'active',
    next: 'soon',
  },
  {
    step: 'closing, evaluation planned',
    facts: {
      status: 'closing',
      cadence: cadence('closing', active),
      meetings: [meeting('eval', 'evaluation', 'planned', 5)],
    },
    stage: 'evaluation_planned',
    next: 'eval',
  },
  {
    step: 'closing, evaluation time passed',
    facts: {
      status: 'closing',
      cadence: cadence('closing', active),
      meetings: [meeting('eval', 'evaluation', 'planned', -1)],
    },
    stage: 'evaluation_to_log',
    next: null,
  },
  {
    step: 'closing, evaluation held',
    facts: {
      status: 'closing',
      cadence: cadence('closing', active),
      meetings: [meeting('eval', 'evaluation', 'held', -1)],
    },
    stage: 'evaluation_held',
    next: null,
  },
  {
    step: 'completed with the evaluation still planned',
    facts: {
      status: 'completed',
      cadence: cadence('completed', active),
      meetings: [meeting('eval', 'evaluation', 'planned', 5)],
    },
    stage: 'completed',
    next: null,
  },
  {
    step: 'ended early with a meeting still planned',
    facts: {
      status: 'ended_early',
      cadence: cadence('ended_early', active),
      meetings: [meeting('later', 'regular', 'planned', 5)],
    },
    stage: 'ended_early',
    next: null,
  },
  {
    step: 'declined after the introduction',
    facts: { status: 'declined', cadence: cadence('declined'), meetings: [] },
    stage: 'declined',
    next: null,
  },
];

/** Health rules that speak of the introduction as still to come. */
const introductionToCome = ['introduction_pending', 'introduction_late', 'introduction_overdue'];

describe('the story of a pair', () => {
  it('walks every stage once', () => {
    expect(new Set(walk.map((w) => w.stage))).toEqual(new Set(pairStages));
  });

  for (const w of walk)
    it(`tells one story: ${w.step}`, () => {
      const story = pairStory(w.facts, now);
      expect(story.stage).toBe(w.stage);
      expect(story.nextMeetingId).toBe(w.next);
      const next = w.facts.meetings.find((m) => m.id === story.nextMeetingId);
      // The next meeting is always ahead and still planned; an introduction only before it happened.
      if (next) {
        expect(next.status).toBe('planned');
        expect(Date.parse(next.startsAt)).toBeGreaterThan(now.getTime());
        if (next.kind === 'introduction') expect(story.stage).toBe('introduction_planned');
      }
      // The health says the introduction is to come exactly while the status line does.
      const sayIntroductionToCome = introductionToCome.includes(story.health?.rule ?? '');
      expect(sayIntroductionToCome).toBe(story.stage.startsWith('introduction_'));
      // A pair that is over has no health, no next meeting and nothing to log.
      if (['completed', 'ended_early', 'declined'].includes(story.stage)) {
        expect(story.health).toBeNull();
        expect(story.toLogIds).toEqual([]);
      } else expect(story.health).not.toBeNull();
    });

  it('lists planned meetings whose time has passed as to log, and only those', () => {
    const step = walk.find((w) => w.stage === 'active')!;
    expect(pairStory(step.facts, now).toLogIds).toEqual(['past']);
  });
});
