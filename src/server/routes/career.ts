import { z } from 'zod';
import { okSchema, pageQuerySchema } from '../../contracts/common.js';
import { menteeParams } from '../../contracts/cv.js';
import {
  handleReportRequest,
  reportPage,
  reportRequest,
  reportSchema,
} from '../../contracts/discrimination-reports.js';
import {
  createJobApplicationRequest,
  feedbackRequest,
  jobApplicationPage,
  jobApplicationSchema,
  stageChangeRequest,
  updateJobApplicationRequest,
} from '../../contracts/job-applications.js';
import {
  menteeTipsResponse,
  sectorTipPage,
  sectorTipQuery,
  sectorTipRequest,
  sectorTipSchema,
} from '../../contracts/sector-tips.js';
import {
  handleDiscriminationReport,
  listOpenDiscriminationReports,
  listOwnReports,
  readDiscriminationReport,
  reportDiscrimination,
} from '../../services/career/discrimination-reports.js';
import {
  addJobApplicationFeedback,
  changeJobApplicationStage,
  createJobApplication,
  getJobApplication,
  listJobApplications,
  updateJobApplicationFacts,
} from '../../services/career/job-applications.js';
import {
  createSectorTip,
  deleteSectorTip,
  listSectorTips,
  tipsForMentee,
  updateSectorTip,
} from '../../services/career/sector-tips.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const idParams = z.strictObject({ id: z.uuid() });
const emptyBody = z.strictObject({}).optional();

/** Sector tips, job applications with feedback, and discrimination reports. */
export const careerRoutes: RouteModule = (app, deps) => {
  let tags = ['sector tips'];
  app.get(
    '/api/sector-tips',
    {
      config: { policy: 'sector_tips.read' },
      schema: {
        tags,
        summary: 'Tips per NACE section',
        querystring: sectorTipQuery,
        response: { 200: sectorTipPage },
      },
    },
    async (request) =>
      listSectorTips(deps, request.query.section, request.query.page, request.query.pageSize),
  );
  app.post(
    '/api/sector-tips',
    {
      config: { policy: 'sector_tips.manage' },
      schema: { tags, summary: 'Add a tip', body: sectorTipRequest, response: { 201: sectorTipSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createSectorTip(deps, contextOf(request), request.body)),
  );
  app.put(
    '/api/sector-tips/:id',
    {
      config: { policy: 'sector_tips.manage' },
      schema: {
        tags,
        summary: 'Change a tip',
        params: idParams,
        body: sectorTipRequest,
        response: { 200: sectorTipSchema },
      },
    },
    async (request) =>
      unwrap(await updateSectorTip(deps, contextOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/sector-tips/:id',
    {
      config: { policy: 'sector_tips.manage' },
      schema: {
        tags,
        summary: 'Delete a tip',
        params: idParams,
        body: emptyBody,
        response: { 200: okSchema },
      },
    },
    async (request) => unwrap(await deleteSectorTip(deps, contextOf(request), request.params.id)),
  );
  app.get(
    '/api/mentees/:id/sector-tips',
    {
      config: { policy: 'sector_tips.read' },
      schema: {
        tags,
        summary: "Tips for the mentee's sector",
        params: menteeParams,
        querystring: pageQuerySchema,
        response: { 200: menteeTipsResponse },
      },
    },
    async (request) =>
      unwrap(
        await tipsForMentee(
          deps,
          contextOf(request),
          request.params.id,
          request.query.page,
          request.query.pageSize,
        ),
      ),
  );

  tags = ['job applications'];
  app.get(
    '/api/mentees/:id/job-applications',
    {
      config: { policy: 'job_applications.track' },
      schema: {
        tags,
        summary: "A mentee's job applications",
        params: menteeParams,
        querystring: pageQuerySchema,
        response: { 200: jobApplicationPage },
      },
    },
    async (request) =>
      unwrap(
        await listJobApplications(
          deps,
          contextOf(request),
          request.params.id,
          request.query.page,
          request.query.pageSize,
        ),
      ),
  );
  app.post(
    '/api/mentees/:id/job-applications',
    {
      config: { policy: 'job_applications.track' },
      schema: {
        tags,
        summary: 'Record an application',
        params: menteeParams,
        body: createJobApplicationRequest,
        response: { 201: jobApplicationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(unwrap(await createJobApplication(deps, contextOf(request), request.params.id, request.body))),
  );
  app.get(
    '/api/job-applications/:id',
    {
      config: { policy: 'job_applications.track' },
      schema: {
        tags,
        summary: 'An application with its history and feedback',
        params: idParams,
        response: { 200: jobApplicationSchema },
      },
    },
    async (request) => unwrap(await getJobApplication(deps, contextOf(request), request.params.id)),
  );
  app.patch(
    '/api/job-applications/:id',
    {
      config: { policy: 'job_applications.track' },
      schema: {
        tags,
        summary: 'Correct an application',
        params: idParams,
        body: updateJobApplicationRequest,
        response: { 200: jobApplicationSchema },
      },
    },
    async (request) =>
      unwrap(await updateJobApplicationFacts(deps, contextOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/job-applications/:id/stage',
    {
      config: { policy: 'job_applications.track' },
      schema: {
        tags,
        summary: 'Move to another stage',
        params: idParams,
        body: stageChangeRequest,
        response: { 200: jobApplicationSchema },
      },
    },
    async (request) =>
      unwrap(
        await changeJobApplicationStage(deps, contextOf(request), request.params.id, request.body.stage),
      ),
  );
  app.post(
    '/api/job-applications/:id/feedback',
    {
      config: { policy: 'job_applications.feedback' },
      schema: {
        tags,
        summary: "The mentor's feedback",
        params: idParams,
        body: feedbackRequest,
        response: { 200: jobApplicationSchema },
      },
    },
    async (request) =>
      unwrap(await addJobApplicationFeedback(deps, contextOf(request), request.params.id, request.body.body)),
  );

  tags = ['discrimination reports'];
  app.post(
    '/api/me/discrimination-reports',
    {
      config: { policy: 'discrimination_reports.submit' },
      schema: {
        tags,
        summary: 'Report discrimination (only your coach sees it)',
        body: reportRequest,
        response: { 201: reportSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await reportDiscrimination(deps, contextOf(request), request.body))),
  );
  app.get(
    '/api/me/discrimination-reports',
    {
      config: { policy: 'discrimination_reports.submit' },
      schema: { tags, summary: 'My reports', querystring: pageQuerySchema, response: { 200: reportPage } },
    },
    async (request) =>
      unwrap(await listOwnReports(deps, actorOf(request), request.query.page, request.query.pageSize)),
  );
  app.get(
    '/api/discrimination-reports',
    {
      config: { policy: 'discrimination_reports.review' },
      schema: {
        tags,
        summary: 'Open reports to follow up (audited)',
        querystring: pageQuerySchema,
        response: { 200: reportPage },
      },
    },
    async (request) =>
      unwrap(await listOpenDiscriminationReports(deps, actorOf(request), request.query, contextOf(request))),
  );
  app.get(
    '/api/discrimination-reports/:id',
    {
      config: { policy: 'discrimination_reports.read' },
      schema: {
        tags,
        summary: 'One report (audited for staff)',
        params: idParams,
        response: { 200: reportSchema },
      },
    },
    async (request) => unwrap(await readDiscriminationReport(deps, contextOf(request), request.params.id)),
  );
  app.post(
    '/api/discrimination-reports/:id/handle',
    {
      config: { policy: 'discrimination_reports.review' },
      schema: {
        tags,
        summary: 'Mark a report handled',
        params: idParams,
        body: handleReportRequest,
        response: { 200: reportSchema },
      },
    },
    async (request) =>
      unwrap(
        await handleDiscriminationReport(deps, contextOf(request), request.params.id, request.body.note),
      ),
  );
};
