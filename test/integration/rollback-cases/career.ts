import { cvContentSchema } from '../../../src/contracts/cv.js';
import { addCvComment } from '../../../src/services/career/cv-comments.js';
import { saveCvVersion } from '../../../src/services/career/cv-versions.js';
import { createSectorTip, deleteSectorTip } from '../../../src/services/career/sector-tips.js';
import { buildCvContent, buildParticipant } from '../../factories/career.js';
import { admin, coachOfNewAssociation, type WriteCase } from '../../support/rollback-actors.js';

export const careerCases: WriteCase[] = [
  {
    name: 'career/cv-comments.ts#addCvComment',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      const saved = await saveCvVersion(
        c.deps,
        coach.ctx,
        mentee.id,
        { basedOn: null, content: cvContentSchema.parse(buildCvContent()) },
        'nl',
      );
      if (!saved.ok) throw new Error(`arrange: ${saved.error.code}`);
      return () =>
        addCvComment(c.deps, coach.ctx, mentee.id, 1, { section: 'profile', body: 'Kort en sterk.' });
    },
  },
  {
    name: 'career/cv-versions.ts#saveCvVersion',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      return () =>
        saveCvVersion(
          c.deps,
          coach.ctx,
          mentee.id,
          { basedOn: null, content: cvContentSchema.parse(buildCvContent()) },
          'nl',
        );
    },
  },
  {
    name: 'career/sector-tips.ts#createSectorTip',
    act: async (c) => {
      const { ctx } = await admin(c);
      return () =>
        createSectorTip(c.deps, ctx, { section: 'Q', text: { nl: 'Tip', fr: 'Astuce', en: 'Tip' } });
    },
  },
  {
    name: 'career/sector-tips.ts#deleteSectorTip',
    act: async (c) => {
      const { ctx } = await admin(c);
      const tip = await createSectorTip(c.deps, ctx, {
        section: 'Q',
        text: { nl: 'Tip', fr: 'Astuce', en: 'Tip' },
      });
      return () => deleteSectorTip(c.deps, ctx, tip.id);
    },
  },
];
