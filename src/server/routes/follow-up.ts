import { z } from 'zod';
import { pageQuerySchema } from '../../contracts/common.js';
import {
  contactRequest,
  evaluationAnswersRequest,
  evaluationFormSchema,
  evaluationsSchema,
  followUpSchema,
  handleHelpRequestRequest,
  healthScreenQuery,
  healthScreenResponse,
  helpRequestRequest,
  homeSchema,
  todoResponse,
} from '../../contracts/partnerships.js';
import { evaluationForm, listEvaluations, submitEvaluation } from '../../services/partnerships/evaluation.js';
import {
  addContact,
  askForHelp,
  coachTodo,
  getFollowUp,
  markHelpHandled,
} from '../../services/partnerships/follow-up.js';
import { healthScreen } from '../../services/partnerships/health-screen.js';
import { participantHome } from '../../services/partnerships/participant-home.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['follow-up'];
const params = z.strictObject({ id: z.uuid() });
const created = z.object({ id: z.string() });

/** Following the pairs: the health screen, the coach's contacts and to-do list, help requests, evaluations, own home. */
export const followUpRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/partnerships/health',
    {
      config: { policy: 'partnerships.health' },
      schema: {
        tags,
        summary: 'Running partnerships by health, off track first',
        querystring: healthScreenQuery,
        response: { 200: healthScreenResponse },
      },
    },
    async (request) => unwrap(await healthScreen(deps, contextOf(request), actorOf(request), request.query)),
  );
  app.get(
    '/api/partnerships/:id/follow-up',
    {
      config: { policy: 'partnerships.follow_up' },
      schema: {
        tags,
        summary: "The coach's contacts, what is due, help requests",
        params,
        response: { 200: followUpSchema },
      },
    },
    async (request) =>
      unwrap(await getFollowUp(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  app.post(
    '/api/partnerships/:id/contacts',
    {
      config: { policy: 'partnerships.follow_up' },
      schema: {
        tags,
        summary: 'Log a contact with one side',
        params,
        body: contactRequest,
        response: { 201: created },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await addContact(deps, contextOf(request), actorOf(request), request.params.id, request.body),
          ),
        ),
  );
  app.post(
    '/api/partnerships/:id/help-requests',
    {
      config: { policy: 'partnerships.help' },
      schema: {
        tags,
        summary: 'Ask the coach for help',
        params,
        body: helpRequestRequest,
        response: { 201: created },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await askForHelp(
              deps,
              contextOf(request),
              actorOf(request),
              request.params.id,
              request.body.message,
            ),
          ),
        ),
  );
  app.post(
    '/api/help-requests/:id/handled',
    {
      config: { policy: 'partnerships.follow_up' },
      schema: {
        tags,
        summary: 'Mark a help request as handled',
        params,
        body: handleHelpRequestRequest,
        response: { 200: created },
      },
    },
    async (request) =>
      unwrap(
        await markHelpHandled(
          deps,
          contextOf(request),
          actorOf(request),
          request.params.id,
          request.body.note,
        ),
      ),
  );
  app.get(
    '/api/coach/todo',
    {
      config: { policy: 'partnerships.follow_up' },
      schema: {
        tags,
        summary: "The coach's to-do list, most urgent first",
        querystring: pageQuerySchema,
        response: { 200: todoResponse },
      },
    },
    async (request) =>
      coachTodo(deps, contextOf(request), actorOf(request), request.query.page, request.query.pageSize),
  );
  app.get(
    '/api/partnerships/:id/evaluation',
    {
      config: { policy: 'partnerships.help' },
      schema: {
        tags,
        summary: 'The end-of-cycle evaluation form for your side',
        params,
        response: { 200: evaluationFormSchema },
      },
    },
    async (request) => unwrap(await evaluationForm(deps, actorOf(request), request.params.id)),
  );
  app.post(
    '/api/partnerships/:id/evaluation',
    {
      config: { policy: 'partnerships.help' },
      schema: {
        tags,
        summary: 'Submit your end-of-cycle evaluation (once)',
        params,
        body: evaluationAnswersRequest,
        response: { 201: z.object({ submittedAt: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          unwrap(
            await submitEvaluation(
              deps,
              contextOf(request),
              actorOf(request),
              request.params.id,
              request.body.answers,
            ),
          ),
        ),
  );
  app.get(
    '/api/partnerships/:id/evaluations',
    {
      config: { policy: 'partnerships.follow_up' },
      schema: {
        tags,
        summary: "Both sides' evaluation answers",
        params,
        response: { 200: evaluationsSchema },
      },
    },
    async (request) =>
      unwrap(await listEvaluations(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  app.get(
    '/api/me/home',
    {
      config: { policy: 'me.home' },
      schema: {
        tags,
        summary: 'Your partnership, next meeting, what is due and your coach',
        response: { 200: homeSchema },
      },
    },
    async (request) => participantHome(deps, actorOf(request)),
  );
};
