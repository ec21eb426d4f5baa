import { randomUUID } from 'node:crypto';
import { updatePerson } from '../../../src/db/queries/people.js';
import { submitQuestionnaireAnswers } from '../../../src/services/questionnaires/answer-questionnaire.js';
import {
  createInstrument,
  publishInstrumentVersion,
  saveInstrumentDraft,
} from '../../../src/services/questionnaires/manage-instruments.js';
import {
  scheduleQuestionnaire,
  unscheduleQuestionnaire,
} from '../../../src/services/questionnaires/schedule.js';
import { buildUser } from '../../factories/accounts.js';
import { buildPerson } from '../../factories/people.js';
import { actorOf, admin, arranged, contextOf, type WriteCase } from '../../support/rollback-actors.js';
import type { TestContext } from '../../support/test-context.js';

const texts = { nl: 'Vraag', fr: 'Question', en: 'Question' };
const draft = {
  languages: ['nl', 'fr', 'en'] as const,
  items: [{ id: 'q', kind: 'short_text' as const, required: true, text: texts }],
};

async function newInstrument(c: TestContext) {
  const a = await admin(c);
  const version = arranged(
    await createInstrument(c.deps, a.ctx, {
      code: `q_${randomUUID().slice(0, 8)}`,
      title: texts,
      ...draft,
      languages: [...draft.languages],
    }),
  );
  return { a, version };
}

export const questionnaireCases: WriteCase[] = [
  {
    name: 'questionnaires/manage-instruments.ts#createInstrument',
    act: async (c) => {
      const a = await admin(c);
      return () =>
        createInstrument(c.deps, a.ctx, {
          code: 'rollback_q',
          title: texts,
          ...draft,
          languages: [...draft.languages],
        });
    },
  },
  {
    name: 'questionnaires/manage-instruments.ts#saveInstrumentDraft',
    act: async (c) => {
      const { a, version } = await newInstrument(c);
      return () =>
        saveInstrumentDraft(c.deps, a.ctx, version.instrumentId, {
          languages: ['en'],
          items: [{ id: 'q', kind: 'long_text', required: false, text: { en: 'Changed' } }],
        });
    },
  },
  {
    name: 'questionnaires/manage-instruments.ts#publishInstrumentVersion',
    act: async (c) => {
      const { a, version } = await newInstrument(c);
      return () => publishInstrumentVersion(c.deps, a.ctx, version.instrumentId);
    },
  },
  {
    name: 'questionnaires/schedule.ts#scheduleQuestionnaire',
    act: async (c) => {
      const { a, version } = await newInstrument(c);
      arranged(await publishInstrumentVersion(c.deps, a.ctx, version.instrumentId));
      return () =>
        scheduleQuestionnaire(c.deps, a.ctx, {
          moment: 'pulse_month_3',
          role: 'mentor',
          versionId: version.id,
        });
    },
  },
  {
    name: 'questionnaires/schedule.ts#unscheduleQuestionnaire',
    act: async (c) => {
      const a = await admin(c);
      return () => unscheduleQuestionnaire(c.deps, a.ctx, 'builtin-gses-v1-baseline-mentee');
    },
  },
  {
    name: 'questionnaires/answer-questionnaire.ts#submitQuestionnaireAnswers',
    act: async (c) => {
      const mentee = await buildPerson(c.deps, { kind: 'mentee', associationId: null });
      const user = await buildUser(c.deps, { role: 'mentee', associationId: null });
      await updatePerson(c.deps.db.kysely, mentee.id, { user_id: user.id });
      await c.deps.db.kysely
        .insertInto('person_status_changes')
        .values({
          id: randomUUID(),
          person_id: mentee.id,
          seq: 1,
          from_status: 'intake_planned',
          to_status: 'assessed',
          at: new Date(c.deps.now().getTime() - 86_400_000).toISOString(),
          actor_id: null,
          reason_code: null,
          reason_text: null,
        })
        .execute();
      const answers = Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [`gse_${String(i + 1).padStart(2, '0')}`, 3]),
      );
      return () =>
        submitQuestionnaireAnswers(c.deps, contextOf(user), actorOf(user), 'builtin-gses-v1', {
          moment: 'baseline',
          partnershipId: null,
          answers,
        });
    },
  },
];
