import {
  changeAssociation,
  createAssociation,
  setMentorSharing,
} from '../../../src/services/associations/manage-associations.js';
import { renewCalendarFeed } from '../../../src/services/calendar/calendar-feed-token.js';
import { cliContext } from '../../../src/services/context.js';
import { addDemoData } from '../../../src/services/demo/demo-data.js';
import { commitImport } from '../../../src/services/import/import-people.js';
import { blockPair } from '../../../src/services/matching/block-pair.js';
import { confirmRun } from '../../../src/services/matching/confirm-run.js';
import { runMatching } from '../../../src/services/matching/run-matching.js';
import { updateWeights } from '../../../src/services/matching/update-weights.js';
import { changeUser } from '../../../src/services/users/manage-users.js';
import { setPhone } from '../../../src/services/users/set-phone.js';
import { buildAssociation, buildUser } from '../../factories/accounts.js';
import { csvBase64, mentorHeader, mentorRows } from '../../factories/spreadsheets.js';
import {
  admin,
  coachOfNewAssociation,
  matchablePool,
  type WriteCase,
} from '../../support/rollback-actors.js';

export const otherCases: WriteCase[] = [
  {
    name: 'associations/manage-associations.ts#createAssociation',
    act: async (c) => {
      const { ctx } = await admin(c);
      return () => createAssociation(c.deps, ctx, { name: 'Vzw Nieuw Begin', region: 'VLG' });
    },
  },
  {
    name: 'associations/manage-associations.ts#setMentorSharing',
    act: async (c) => {
      const { ctx, actor } = await admin(c);
      const association = await buildAssociation(c.deps);
      const row = await c.deps.db.kysely
        .selectFrom('associations')
        .select('shares_mentors')
        .where('id', '=', association.id)
        .executeTakeFirstOrThrow();
      return () => setMentorSharing(c.deps, ctx, actor, association.id, Number(row.shares_mentors) !== 1);
    },
  },
  {
    name: 'calendar/calendar-feed-token.ts#renewCalendarFeed',
    act: async (c) => {
      const { ctx, user } = await admin(c);
      return () => renewCalendarFeed(c.deps, ctx, user.id);
    },
  },
  {
    name: 'matching/block-pair.ts#blockPair',
    act: async (c) => {
      const p = await matchablePool(c);
      return () =>
        blockPair(c.deps, p.ctx, p.actor, { menteeId: p.mentee.id, mentorId: p.mentor.id, reason: 'Buren' });
    },
  },
  {
    name: 'matching/confirm-run.ts#confirmRun',
    act: async (c) => {
      const p = await matchablePool(c);
      const run = await runMatching(c.deps, p.ctx, p.actor, { locked: [] });
      if (!run.ok || run.value.pairs.length !== 1) throw new Error('arrange: run');
      return () =>
        confirmRun(c.deps, p.ctx, p.actor, run.value.id, [{ menteeId: p.mentee.id, mentorId: p.mentor.id }]);
    },
  },
  {
    name: 'matching/run-matching.ts#runMatching',
    act: async (c) => {
      const p = await matchablePool(c);
      return () => runMatching(c.deps, p.ctx, p.actor, { locked: [] });
    },
  },
  {
    name: 'matching/update-weights.ts#updateWeights',
    act: async (c) => {
      const { ctx, actor } = await admin(c);
      return () => updateWeights(c.deps, ctx, actor, { sector: 0.5 });
    },
  },
  {
    name: 'users/manage-users.ts#changeUser',
    act: async (c) => {
      const { ctx } = await admin(c);
      const coach = await buildUser(c.deps, {
        role: 'coach',
        associationId: (await buildAssociation(c.deps)).id,
      });
      return () => changeUser(c.deps, ctx, coach.id, { disabled: true });
    },
  },
  {
    name: 'users/set-phone.ts#setPhone',
    act: async (c) => {
      const { ctx } = await admin(c);
      return () => setPhone(c.deps, ctx, '+32470123456');
    },
  },
  {
    name: 'associations/manage-associations.ts#changeAssociation',
    act: async (c) => {
      const { ctx } = await admin(c);
      const association = await buildAssociation(c.deps);
      return () => changeAssociation(c.deps, ctx, association.id, { name: 'Vzw Nieuwe Naam', city: 'Aalst' });
    },
  },
  {
    name: 'demo/demo-data.ts#addDemoData',
    act: async (c) => async () => addDemoData(c.deps, cliContext),
  },
  {
    name: 'import/import-people.ts#commitImport',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const input = {
        kind: 'mentor' as const,
        fileName: 'mentoren.csv',
        contentBase64: csvBase64(mentorHeader, mentorRows(3)),
      };
      return () => commitImport(c.deps, coach.ctx, coach.actor, input);
    },
  },
];
