import { endPartnershipEarly, markIntroduced } from '../../../src/services/partnerships/partnership-steps.js';
import { buildPartnership } from '../../factories/partnerships.js';
import { actorOf, contextOf, type WriteCase } from '../../support/rollback-actors.js';

export const partnershipCases: WriteCase[] = [
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
