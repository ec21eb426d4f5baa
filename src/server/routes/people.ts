import { z } from 'zod';
import { okSchema } from '../../contracts/common.js';
import {
  applicationReceipt,
  assessmentRequest,
  decisionRequest,
  heldIntakeRequest,
  intakeRequest,
  menteeApplicationRequest,
  mentorApplicationRequest,
  ownProfileUpdate,
  personDetailSchema,
  privacyQuery,
  privacyTextResponse,
  publicAssociationsResponse,
  sensitiveDataResponse,
} from '../../contracts/people.js';
import {
  submitMenteeApplication,
  submitMentorApplication,
} from '../../services/applications/submit-application.js';
import { listPublicAssociations } from '../../services/associations/manage-associations.js';
import {
  claimPerson,
  decideOnPerson,
  getPerson,
  planIntake,
  readSensitiveData,
  recordAssessment,
} from '../../services/people/intake.js';
import {
  getOwnProfile,
  updateOwnProfile,
  withdrawMigrantBackgroundConsent,
} from '../../services/people/own-profile.js';
import { privacyText } from '../../services/privacy/privacy-texts.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const params = z.strictObject({ id: z.uuid() });
const emptyBody = z.strictObject({}).optional();
/** Spam protection without a third-party captcha: few applications per address, plus the honeypot. */
const applicationLimit = { rateLimit: { max: 10, timeWindow: '10 minutes' } };

export const peopleRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/privacy',
    {
      config: { policy: 'privacy.read' },
      schema: {
        tags: ['applications'],
        summary: 'The privacy text to consent to',
        querystring: privacyQuery,
        response: { 200: privacyTextResponse },
      },
    },
    async (request) => privacyText(deps, request.query.lang),
  );
  app.get(
    '/api/public/associations',
    {
      config: { policy: 'associations.public_list' },
      schema: {
        tags: ['applications'],
        summary: 'Associations an applicant can choose',
        response: { 200: publicAssociationsResponse },
      },
    },
    async () => ({
      items: await listPublicAssociations(deps),
    }),
  );
  app.post(
    '/api/applications/mentee',
    {
      config: { policy: 'applications.submit', ...applicationLimit },
      schema: {
        tags: ['applications'],
        summary: "A job seeker's application",
        body: menteeApplicationRequest,
        response: { 201: applicationReceipt },
      },
    },
    async (request, reply) => {
      const receipt = unwrap(await submitMenteeApplication(deps, contextOf(request), request.body));
      await deps.mailer.deliverQueued(deps.db, deps.now);
      return reply.status(201).send(receipt);
    },
  );
  app.post(
    '/api/applications/mentor',
    {
      config: { policy: 'applications.submit', ...applicationLimit },
      schema: {
        tags: ['applications'],
        summary: "A volunteer mentor's application",
        body: mentorApplicationRequest,
        response: { 201: applicationReceipt },
      },
    },
    async (request, reply) => {
      const receipt = unwrap(await submitMentorApplication(deps, contextOf(request), request.body));
      await deps.mailer.deliverQueued(deps.db, deps.now);
      return reply.status(201).send(receipt);
    },
  );

  const tags = ['people'];
  app.get(
    '/api/people/:id',
    {
      config: { policy: 'people.read' },
      schema: {
        tags,
        summary: "A mentee's or mentor's record",
        params,
        response: { 200: personDetailSchema },
      },
    },
    async (request) => unwrap(await getPerson(deps, contextOf(request), request.params.id)),
  );
  app.get(
    '/api/people/:id/sensitive',
    {
      config: { policy: 'people.sensitive_read' },
      schema: {
        tags,
        summary: 'Migrant background details (audited)',
        params,
        response: { 200: sensitiveDataResponse },
      },
    },
    async (request) => unwrap(await readSensitiveData(deps, contextOf(request), request.params.id)),
  );
  app.post(
    '/api/people/:id/claim',
    {
      config: { policy: 'people.claim' },
      schema: {
        tags,
        summary: 'Take an application from the regional inbox',
        params,
        body: emptyBody,
        response: { 200: personDetailSchema },
      },
    },
    async (request) => unwrap(await claimPerson(deps, contextOf(request), request.params.id)),
  );
  app.post(
    '/api/people/:id/intake',
    {
      config: { policy: 'people.intake' },
      schema: {
        tags,
        summary: 'Plan the intake interview',
        params,
        body: intakeRequest,
        response: { 200: personDetailSchema },
      },
    },
    async (request) => unwrap(await planIntake(deps, contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/people/:id/intake/held',
    {
      config: { policy: 'people.assess' },
      schema: {
        tags,
        summary: 'Record an intake held on a past date, with its assessment',
        params,
        body: heldIntakeRequest,
        response: { 200: personDetailSchema },
      },
    },
    async (request) => {
      const { assessment, ...held } = request.body;
      return unwrap(await recordAssessment(deps, contextOf(request), request.params.id, assessment, held));
    },
  );
  app.put(
    '/api/people/:id/assessment',
    {
      config: { policy: 'people.assess' },
      schema: {
        tags,
        summary: 'Record the assessment',
        params,
        body: assessmentRequest,
        response: { 200: personDetailSchema },
      },
    },
    async (request) =>
      unwrap(await recordAssessment(deps, contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/people/:id/decision',
    {
      config: { policy: 'people.decide' },
      schema: {
        tags,
        summary: 'Ready to match, ineligible, accepted or declined',
        params,
        body: decisionRequest,
        response: { 200: personDetailSchema },
      },
    },
    async (request) =>
      unwrap(
        await decideOnPerson(
          deps,
          contextOf(request),
          request.params.id,
          request.body as Parameters<typeof decideOnPerson>[3],
        ),
      ),
  );

  app.get(
    '/api/me/profile',
    {
      config: { policy: 'profile.read' },
      schema: { tags: ['me'], summary: 'My profile', response: { 200: personDetailSchema } },
    },
    async (request) => unwrap(await getOwnProfile(deps, sessionOf(request).user.id)),
  );
  app.patch(
    '/api/me/profile',
    {
      config: { policy: 'profile.update' },
      schema: {
        tags: ['me'],
        summary: 'Correct my profile',
        body: ownProfileUpdate,
        response: { 200: personDetailSchema },
      },
    },
    async (request) =>
      unwrap(await updateOwnProfile(deps, contextOf(request), sessionOf(request).user.id, request.body)),
  );
  app.post(
    '/api/me/consents/migrant-background/withdraw',
    {
      config: { policy: 'profile.consent_withdraw' },
      schema: {
        tags: ['me'],
        summary: 'Withdraw consent for the migrant background',
        body: emptyBody,
        response: { 200: okSchema },
      },
    },
    async (request) =>
      unwrap(await withdrawMigrantBackgroundConsent(deps, contextOf(request), sessionOf(request).user.id)),
  );
};
