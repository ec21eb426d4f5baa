import type { PartnershipStatus } from '../../../src/contracts/partnership-vocabulary.js';
import {
  closingRequest,
  completeRequest,
  logMeetingRequest,
  planMeetingRequest,
  recordMeetingRequest,
} from '../../../src/contracts/partnerships.js';

import { ok } from '../../../src/domain/result.js';
import { changePartnership, staffOnly } from '../../../src/services/partnerships/change-partnership.js';
import { submitEvaluation } from '../../../src/services/partnerships/evaluation.js';
import { addContact, askForHelp, markHelpHandled } from '../../../src/services/partnerships/follow-up.js';
import { cancelMeeting, logMeeting, planMeeting } from '../../../src/services/partnerships/meetings.js';
import {
  answerPartnership,
  closePartnership,
  completePartnership,
  endPartnershipEarly,
  extendPartnership,
  markIntroduced,
} from '../../../src/services/partnerships/partnership-steps.js';
import { recordMeeting } from '../../../src/services/partnerships/record-meeting.js';
import { buildPartnership } from '../../factories/partnerships.js';
import { actorOf, arranged, contextOf, type WriteCase } from '../../support/rollback-actors.js';
import type { TestContext } from '../../support/test-context.js';

const day = 86_400_000;

/** A pair in the status asked for, with each side and its coach as an actor with a request context. */
async function pairOf(c: TestContext, status: PartnershipStatus, startedDaysAgo = 30) {
  const pair = await buildPartnership(c.deps, { status, startedDaysAgo });
  const as = (user: typeof pair.coach) => ({ ctx: contextOf(user), actor: actorOf(user) });
  return { ...pair, staff: as(pair.coach), menteeSide: as(pair.menteeUser) };
}

function inDays(c: TestContext, days: number): string {
  return new Date(c.deps.now().getTime() + days * day).toISOString();
}

/** An active pair with a regular meeting the coach planned for tomorrow. */
async function plannedMeeting(c: TestContext) {
  const pair = await pairOf(c, 'active');
  const meeting = arranged(
    await planMeeting(
      c.deps,
      pair.staff.ctx,
      pair.staff.actor,
      pair.id,
      planMeetingRequest.parse({ startsAt: inDays(c, 1), place: 'Bib, Gent' }),
    ),
  );
  return { pair, meeting };
}

const answers = {
  overall: 5,
  meetings_useful: 4,
  coach_support: 5,
  confidence: 4,
  situation: 'job',
  would_recommend: true,
};

export const partnershipCases: WriteCase[] = [
  {
    name: 'partnerships/change-partnership.ts#changePartnership',
    act: async (c) => {
      const { id, staff } = await pairOf(c, 'active');
      return () =>
        changePartnership(c.deps, staff.ctx, staff.actor, id, {
          action: 'note',
          allowed: staffOnly,
          decide: (state) => ok(state),
          reasonText: 'Een stap zonder nieuwe status, met een reden',
        });
    },
  },
  {
    name: 'partnerships/evaluation.ts#submitEvaluation',
    act: async (c) => {
      const { id, menteeSide } = await pairOf(c, 'closing', 175);
      return () => submitEvaluation(c.deps, menteeSide.ctx, menteeSide.actor, id, answers);
    },
  },
  {
    name: 'partnerships/follow-up.ts#addContact',
    act: async (c) => {
      const { id, staff } = await pairOf(c, 'active');
      return () =>
        addContact(c.deps, staff.ctx, staff.actor, id, {
          side: 'mentee',
          channel: 'call',
          at: inDays(c, -1),
          note: 'Gaat goed.',
        });
    },
  },
  {
    name: 'partnerships/follow-up.ts#askForHelp',
    act: async (c) => {
      const { id, menteeSide } = await pairOf(c, 'active');
      return () => askForHelp(c.deps, menteeSide.ctx, menteeSide.actor, id, 'Mijn mentor antwoordt niet.');
    },
  },
  {
    name: 'partnerships/follow-up.ts#markHelpHandled',
    act: async (c) => {
      const { id, menteeSide, staff } = await pairOf(c, 'active');
      const asked = arranged(await askForHelp(c.deps, menteeSide.ctx, menteeSide.actor, id, 'Hulp graag.'));
      return () => markHelpHandled(c.deps, staff.ctx, staff.actor, asked.id, 'Gebeld.');
    },
  },
  {
    name: 'partnerships/meetings.ts#cancelMeeting',
    act: async (c) => {
      const { pair, meeting } = await plannedMeeting(c);
      return () => cancelMeeting(c.deps, pair.staff.ctx, pair.staff.actor, meeting.id);
    },
  },
  {
    name: 'partnerships/meetings.ts#logMeeting',
    act: async (c) => {
      const { pair, meeting } = await plannedMeeting(c);
      c.clock.advance(2 * day);
      const input = logMeetingRequest.parse({
        held: true,
        durationMinutes: 60,
        topics: ['cv'],
        privateNote: 'Nog wat stil.',
      });
      return () => logMeeting(c.deps, pair.staff.ctx, pair.staff.actor, meeting.id, input);
    },
  },
  {
    name: 'partnerships/meetings.ts#planMeeting',
    act: async (c) => {
      const { id, staff } = await pairOf(c, 'active');
      const input = planMeetingRequest.parse({ startsAt: inDays(c, 1), place: 'Bib, Gent' });
      return () => planMeeting(c.deps, staff.ctx, staff.actor, id, input);
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#answerPartnership',
    act: async (c) => {
      const { id, menteeSide } = await pairOf(c, 'introduced');
      return () => answerPartnership(c.deps, menteeSide.ctx, menteeSide.actor, id, { answer: 'accepted' });
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#answerPartnership',
    variant: 'declined: both people return to the pool',
    act: async (c) => {
      const { id, menteeSide } = await pairOf(c, 'introduced');
      return () =>
        answerPartnership(c.deps, menteeSide.ctx, menteeSide.actor, id, {
          answer: 'declined',
          reason: 'Te ver',
        });
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#closePartnership',
    act: async (c) => {
      const { id, staff } = await pairOf(c, 'active', 170);
      const input = closingRequest.parse({ evaluationMeeting: { startsAt: inDays(c, 7), place: 'Kantoor' } });
      return () => closePartnership(c.deps, staff.ctx, staff.actor, id, input);
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#completePartnership',
    act: async (c) => {
      const { id, staff } = await pairOf(c, 'closing', 180);
      const input = completeRequest.parse({
        outcome: 'studies',
        evaluationSkippedReason: 'De mentee verhuisde naar Luik.',
      });
      return () => completePartnership(c.deps, staff.ctx, staff.actor, id, input);
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#extendPartnership',
    act: async (c) => {
      const { id, staff } = await pairOf(c, 'active', 150);
      return () =>
        extendPartnership(c.deps, staff.ctx, staff.actor, id, {
          plannedEndAt: inDays(c, 60),
          reason: 'Nog sollicitaties lopende',
        });
    },
  },
  {
    name: 'partnerships/record-meeting.ts#recordMeeting',
    act: async (c) => {
      const { id, staff } = await pairOf(c, 'active');
      const input = recordMeetingRequest.parse({
        startsAt: inDays(c, -2),
        durationMinutes: 45,
        topics: ['cv'],
        privateNote: 'Goed gesprek.',
      });
      return () => recordMeeting(c.deps, staff.ctx, staff.actor, id, input);
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#endPartnershipEarly',
    act: async (c) => {
      const pair = await buildPartnership(c.deps, { status: 'active', startedDaysAgo: 30 });
      return () =>
        endPartnershipEarly(c.deps, contextOf(pair.coach), actorOf(pair.coach), pair.id, {
          reason: 'mentee_withdrew',
          reasonText: 'Verhuisd',
        });
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#markIntroduced',
    act: async (c) => {
      const pair = await buildPartnership(c.deps, { status: 'proposed' });
      return () => markIntroduced(c.deps, contextOf(pair.coach), actorOf(pair.coach), pair.id);
    },
  },
];
