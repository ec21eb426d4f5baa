import { z } from 'zod';
import { pageQuerySchema } from '../../contracts/common.js';
import {
  assignModuleRequest,
  attendanceRequest,
  createModuleRequest,
  createSessionRequest,
  moduleListQuery,
  moduleListResponse,
  moduleSchema,
  myRegistrationPage,
  registerRequest,
  registrationListResponse,
  registrationSchema,
  sessionDetailResponse,
  sessionListQuery,
  sessionPage,
  sessionSchema,
  trainingPathResponse,
} from '../../contracts/training.js';
import { assignModule, unassignModule } from '../../services/training/assign-module.js';
import {
  createModule,
  createSession,
  listCatalogue,
  listTrainingSessions,
} from '../../services/training/catalogue.js';
import {
  cancelRegistration,
  recordAttendance,
  registerForSession,
  sessionRegistrations,
} from '../../services/training/registrations.js';
import { myRegistrations, sessionDetail } from '../../services/training/session-detail.js';
import { ownTrainingPath, trainingPathForStaff } from '../../services/training/training-path.js';
import { actorOf, contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['training'];
const assignmentResponse = z.object({ personId: z.string(), moduleId: z.string(), assigned: z.boolean() });
const params = z.strictObject({ id: z.uuid() });
const emptyBody = z.strictObject({}).optional();

export const trainingRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/training/modules',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: 'The training catalogue',
        querystring: moduleListQuery,
        response: { 200: moduleListResponse },
      },
    },
    async (request) => listCatalogue(deps, request.query.audience),
  );
  app.post(
    '/api/training/modules',
    {
      config: { policy: 'training.manage' },
      schema: { tags, summary: 'Add a module', body: createModuleRequest, response: { 201: moduleSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await createModule(deps, contextOf(request), request.body))),
  );
  app.post(
    '/api/training/modules/:id/sessions',
    {
      config: { policy: 'training.manage' },
      schema: {
        tags,
        summary: 'Add a dated session',
        params,
        body: createSessionRequest,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(unwrap(await createSession(deps, contextOf(request), request.params.id, request.body))),
  );
  app.get(
    '/api/training/sessions',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: 'Sessions with places taken and waiting',
        querystring: sessionListQuery,
        response: { 200: sessionPage },
      },
    },
    async (request) =>
      listTrainingSessions(deps, request.query.moduleId, request.query.page, request.query.pageSize),
  );
  app.get(
    '/api/training/sessions/:id',
    {
      config: { policy: 'training.read' },
      schema: {
        tags,
        summary: 'One session: module, places left, waiting list, my registration',
        params,
        response: { 200: sessionDetailResponse },
      },
    },
    async (request) => unwrap(await sessionDetail(deps, actorOf(request), request.params.id)),
  );
  app.get(
    '/api/training/registrations/mine',
    {
      config: { policy: 'profile.read' },
      schema: {
        tags,
        summary: 'My registrations, the latest session first',
        querystring: pageQuerySchema,
        response: { 200: myRegistrationPage },
      },
    },
    async (request) =>
      unwrap(
        await myRegistrations(deps, sessionOf(request).user.id, request.query.page, request.query.pageSize),
      ),
  );
  app.post(
    '/api/training/sessions/:id/registrations',
    {
      config: { policy: 'training.register' },
      schema: {
        tags,
        summary: 'Register (yourself, or a person as their coach)',
        params,
        body: registerRequest,
        response: { 200: registrationSchema },
      },
    },
    async (request) =>
      unwrap(
        await registerForSession(
          deps,
          contextOf(request),
          actorOf(request),
          request.params.id,
          request.body.personId,
        ),
      ),
  );
  app.get(
    '/api/training/sessions/:id/registrations',
    {
      config: { policy: 'training.attendance' },
      schema: {
        tags,
        summary: 'Who registered and who waits',
        params,
        response: { 200: registrationListResponse },
      },
    },
    async (request) => sessionRegistrations(deps, contextOf(request), actorOf(request), request.params.id),
  );
  app.post(
    '/api/training/registrations/:id/cancel',
    {
      config: { policy: 'training.register' },
      schema: {
        tags,
        summary: 'Cancel; the waiting list moves up',
        params,
        body: emptyBody,
        response: { 200: registrationSchema },
      },
    },
    async (request) =>
      unwrap(await cancelRegistration(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  app.post(
    '/api/training/registrations/:id/attendance',
    {
      config: { policy: 'training.attendance' },
      schema: {
        tags,
        summary: 'Record attendance',
        params,
        body: attendanceRequest,
        response: { 200: registrationSchema },
      },
    },
    async (request) =>
      unwrap(
        await recordAttendance(
          deps,
          contextOf(request),
          actorOf(request),
          request.params.id,
          request.body.attended,
        ),
      ),
  );
  app.get(
    '/api/people/:id/training',
    {
      config: { policy: 'training.attendance' },
      schema: { tags, summary: "A person's training path", params, response: { 200: trainingPathResponse } },
    },
    async (request) => unwrap(await trainingPathForStaff(deps, actorOf(request), request.params.id)),
  );
  app.post(
    '/api/people/:id/training/assignments',
    {
      config: { policy: 'training.attendance' },
      schema: {
        tags,
        summary: "Assign a module to a person of one's caseload (shown on their path)",
        params,
        body: assignModuleRequest,
        response: { 200: assignmentResponse },
      },
    },
    async (request) =>
      unwrap(
        await assignModule(
          deps,
          contextOf(request),
          actorOf(request),
          request.params.id,
          request.body.moduleId,
        ),
      ),
  );
  app.delete(
    '/api/people/:id/training/assignments/:moduleId',
    {
      config: { policy: 'training.attendance' },
      schema: {
        tags,
        summary: 'Take an assignment back',
        params: z.strictObject({ id: z.uuid(), moduleId: z.uuid() }),
        response: { 200: assignmentResponse },
      },
    },
    async (request) =>
      unwrap(
        await unassignModule(
          deps,
          contextOf(request),
          actorOf(request),
          request.params.id,
          request.params.moduleId,
        ),
      ),
  );
  app.get(
    '/api/me/training',
    {
      config: { policy: 'profile.read' },
      schema: { tags, summary: 'My training path', response: { 200: trainingPathResponse } },
    },
    async (request) => unwrap(await ownTrainingPath(deps, sessionOf(request).user.id)),
  );
};
