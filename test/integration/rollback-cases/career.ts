import { cvContentSchema } from '../../../src/contracts/cv.js';
import { uploadCvAttachment } from '../../../src/services/career/cv-attachments.js';
import { addCvComment } from '../../../src/services/career/cv-comments.js';
import { saveCvVersion } from '../../../src/services/career/cv-versions.js';
import {
  handleDiscriminationReport,
  reportDiscrimination,
} from '../../../src/services/career/discrimination-reports.js';
import {
  addJobApplicationFeedback,
  changeJobApplicationStage,
  createJobApplication,
  updateJobApplicationFacts,
} from '../../../src/services/career/job-applications.js';
import {
  createSectorTip,
  deleteSectorTip,
  updateSectorTip,
} from '../../../src/services/career/sector-tips.js';
import { buildCvContent, buildParticipant } from '../../factories/career.js';
import { buildPdf } from '../../factories/documents.js';
import {
  admin,
  arranged,
  coachOfNewAssociation,
  contextOf,
  type WriteCase,
} from '../../support/rollback-actors.js';
import type { TestContext } from '../../support/test-context.js';

/** A coach and a mentee of their association with a signed-in account. */
async function coachAndMentee(c: TestContext) {
  const coach = await coachOfNewAssociation(c);
  const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
  return { coach, mentee };
}

/** A coach, their mentee and one job application of the mentee, made by the coach. */
async function trackedApplication(c: TestContext) {
  const { coach, mentee } = await coachAndMentee(c);
  const application = arranged(
    await createJobApplication(c.deps, coach.ctx, mentee.id, {
      employer: 'AZ Sint-Jan',
      role: 'Zorgkundige',
      appliedOn: c.deps.now().toISOString().slice(0, 10),
      channel: 'public_employment_service',
    }),
  );
  return { coach, mentee, application };
}

const tipText = { nl: 'Tip', fr: 'Astuce', en: 'Tip' };

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
  {
    name: 'career/cv-attachments.ts#uploadCvAttachment',
    act: async (c) => {
      const { coach, mentee } = await coachAndMentee(c);
      arranged(
        await saveCvVersion(
          c.deps,
          coach.ctx,
          mentee.id,
          { basedOn: null, content: cvContentSchema.parse(buildCvContent()) },
          'nl',
        ),
      );
      const data = buildPdf().toString('base64');
      return () =>
        uploadCvAttachment(c.deps, coach.ctx, mentee.id, 1, {
          fileName: 'cv.pdf',
          contentType: 'application/pdf',
          data,
        });
    },
  },
  {
    name: 'career/discrimination-reports.ts#handleDiscriminationReport',
    act: async (c) => {
      const { coach, mentee } = await coachAndMentee(c);
      const report = arranged(
        await reportDiscrimination(c.deps, contextOf(mentee.user), {
          occurredOn: '2026-10-20',
          whatHappened: 'Geweigerd om mijn hoofddoek.',
          grounds: ['religion'],
        }),
      );
      return () => handleDiscriminationReport(c.deps, coach.ctx, report.id, 'Gemeld bij Unia.');
    },
  },
  {
    name: 'career/discrimination-reports.ts#reportDiscrimination',
    act: async (c) => {
      const { mentee } = await coachAndMentee(c);
      return () =>
        reportDiscrimination(c.deps, contextOf(mentee.user), {
          occurredOn: '2026-10-20',
          whatHappened: 'Geweigerd om mijn hoofddoek.',
          grounds: ['religion'],
        });
    },
  },
  {
    name: 'career/job-applications.ts#addJobApplicationFeedback',
    act: async (c) => {
      const { coach, application } = await trackedApplication(c);
      return () => addJobApplicationFeedback(c.deps, coach.ctx, application.id, 'Goede brief.');
    },
  },
  {
    name: 'career/job-applications.ts#changeJobApplicationStage',
    act: async (c) => {
      const { coach, application } = await trackedApplication(c);
      return () => changeJobApplicationStage(c.deps, coach.ctx, application.id, 'interview');
    },
  },
  {
    name: 'career/job-applications.ts#createJobApplication',
    act: async (c) => {
      const { coach, mentee } = await coachAndMentee(c);
      return () =>
        createJobApplication(c.deps, coach.ctx, mentee.id, {
          employer: 'AZ Sint-Jan',
          role: 'Zorgkundige',
          appliedOn: c.deps.now().toISOString().slice(0, 10),
          channel: 'public_employment_service',
        });
    },
  },
  {
    name: 'career/job-applications.ts#updateJobApplicationFacts',
    act: async (c) => {
      const { coach, application } = await trackedApplication(c);
      return () => updateJobApplicationFacts(c.deps, coach.ctx, application.id, { employer: 'UZ Gent' });
    },
  },
  {
    name: 'career/sector-tips.ts#updateSectorTip',
    act: async (c) => {
      const { ctx } = await admin(c);
      const tip = await createSectorTip(c.deps, ctx, { section: 'Q', text: tipText });
      return () => updateSectorTip(c.deps, ctx, tip.id, { section: 'Q', text: { ...tipText, nl: 'Nieuw' } });
    },
  },
];
