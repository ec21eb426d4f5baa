import { z } from 'zod';
import {
  closingRequest,
  completeRequest,
  endEarlyRequest,
  extendRequest,
  logMeetingRequest,
  meetingListQuery,
  meetingPage,
  meetingSchema,
  partnershipSchema,
  planMeetingRequest,
  recordMeetingRequest,
  respondRequest,
} from '../../contracts/partnerships.js';
import {
  cancelMeeting,
  listMeetings,
  logMeeting,
  planMeeting,
} from '../../services/partnerships/meetings.js';
import {
  answerPartnership,
  closePartnership,
  completePartnership,
  endPartnershipEarly,
  extendPartnership,
  getPartnership,
  markIntroduced,
} from '../../services/partnerships/partnership-steps.js';
import { recordMeeting } from '../../services/partnerships/record-meeting.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['partnerships'];
const params = z.strictObject({ id: z.uuid() });
const emptyBody = z.strictObject({}).optional();
const stepResponse = z.object({ id: z.string(), status: z.string() });

/** A partnership's lifecycle and its meetings. Who may take which step is decided per partnership. */
export const partnershipRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/partnerships/:id',
    {
      config: { policy: 'partnerships.read' },
      schema: {
        tags,
        summary: 'A partnership with its health and next meeting',
        params,
        response: { 200: partnershipSchema },
      },
    },
    async (request) =>
      unwrap(await getPartnership(deps, contextOf(request), actorOf(request), request.params.id)),
  );

  const steps = [
    {
      path: 'introduced',
      summary: 'The introduction took place (coach)',
      body: emptyBody,
      run: markIntroduced,
    },
    {
      path: 'answer',
      summary: 'Accept or decline after the introduction',
      body: respondRequest,
      run: answerPartnership,
    },
    {
      path: 'extend',
      summary: 'Extend an active partnership, up to eight months (coach)',
      body: extendRequest,
      run: extendPartnership,
    },
    {
      path: 'closing',
      summary: 'Plan the evaluation meeting: the partnership is closing (coach)',
      body: closingRequest,
      run: closePartnership,
    },
    {
      path: 'complete',
      summary: 'Record the outcome and complete the cycle (coach)',
      body: completeRequest,
      run: completePartnership,
    },
    {
      path: 'end-early',
      summary: 'End a partnership early with a reason (coach)',
      body: endEarlyRequest,
      run: endPartnershipEarly,
    },
  ] as const;
  for (const step of steps) {
    app.post(
      `/api/partnerships/:id/${step.path}`,
      {
        config: { policy: 'partnerships.act' },
        schema: { tags, summary: step.summary, params, body: step.body, response: { 200: stepResponse } },
      },
      async (request) =>
        unwrap(
          await (step.run as (...args: unknown[]) => ReturnType<typeof markIntroduced>)(
            deps,
            contextOf(request),
            actorOf(request),
            (request.params as { id: string }).id,
            request.body ?? {},
          ),
        ),
    );
  }

  app.get(
    '/api/partnerships/:id/meetings',
    {
      config: { policy: 'partnerships.read' },
      schema: {
        tags,
        summary: "The pair's meetings, newest first",
        params,
        querystring: meetingListQuery,
        response: { 200: meetingPage },
      },
    },
    async (request) =>
      unwrap(
        await listMeetings(
          deps,
          contextOf(request),
          actorOf(request),
          request.params.id,
          request.query.page,
          request.query.pageSize,
        ),
      ),
  );
  app.post(
    '/api/partnerships/:id/meetings',
    {
      config: { policy: 'partnerships.act' },
      schema: {
        tags,
        summary: 'Plan a meeting (emailed with a calendar file)',
        params,
        body: planMeetingRequest,
        response: { 201: meetingSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await planMeeting(deps, contextOf(request), actorOf(request), request.params.id, request.body),
          ),
        ),
  );
  app.post(
    '/api/partnerships/:id/meetings/recorded',
    {
      config: { policy: 'partnerships.act' },
      schema: {
        tags,
        summary: 'Record a meeting that took place (date in the past), in one step',
        params,
        body: recordMeetingRequest,
        response: { 201: meetingSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await recordMeeting(deps, contextOf(request), actorOf(request), request.params.id, request.body),
          ),
        ),
  );
  app.post(
    '/api/meetings/:id/log',
    {
      config: { policy: 'partnerships.act' },
      schema: {
        tags,
        summary: 'Log a meeting: held or not, topics, notes',
        params,
        body: logMeetingRequest,
        response: { 200: meetingSchema },
      },
    },
    async (request) =>
      unwrap(await logMeeting(deps, contextOf(request), actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/meetings/:id/cancel',
    {
      config: { policy: 'partnerships.act' },
      schema: {
        tags,
        summary: 'Cancel a planned meeting',
        params,
        body: emptyBody,
        response: { 200: meetingSchema },
      },
    },
    async (request) =>
      unwrap(await cancelMeeting(deps, contextOf(request), actorOf(request), request.params.id)),
  );
};
