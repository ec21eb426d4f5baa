import { z } from 'zod';
import { okSchema } from '../../contracts/common.js';
import {
  blockRequest,
  confirmRequest,
  confirmResponse,
  createRunRequest,
  matchRunSchema,
  runListQuery,
  runListResponse,
  suggestionsQuery,
  suggestionsResponse,
  weightsSchema,
} from '../../contracts/matching.js';
import { blockPair } from '../../services/matching/block-pair.js';
import { confirmRun } from '../../services/matching/confirm-run.js';
import { getRun } from '../../services/matching/get-run.js';
import { listRuns } from '../../services/matching/list-runs.js';
import { programmeWeights } from '../../services/matching/programme-weights.js';
import { runMatching } from '../../services/matching/run-matching.js';
import { suggestMatches } from '../../services/matching/suggestions.js';
import { updateWeights } from '../../services/matching/update-weights.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['matching'];
const params = z.strictObject({ id: z.uuid() });

export const matchingRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/matching/runs',
    {
      config: { policy: 'matching.read' },
      schema: {
        tags,
        summary: 'Earlier matching runs',
        querystring: runListQuery,
        response: { 200: runListResponse },
      },
    },
    async (request) => listRuns(deps, actorOf(request), request.query.page, request.query.pageSize),
  );
  app.post(
    '/api/matching/runs',
    {
      config: { policy: 'matching.run' },
      schema: {
        tags,
        summary: 'Run the engine on a pool',
        body: createRunRequest,
        response: { 201: matchRunSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(unwrap(await runMatching(deps, contextOf(request), actorOf(request), request.body))),
  );
  app.get(
    '/api/matching/runs/:id',
    {
      config: { policy: 'matching.read' },
      schema: {
        tags,
        summary: 'A run with its proposal and fairness report',
        params,
        response: { 200: matchRunSchema },
      },
    },
    async (request) => unwrap(await getRun(deps, actorOf(request), request.params.id)),
  );
  app.post(
    '/api/matching/runs/:id/confirm',
    {
      config: { policy: 'matching.run' },
      schema: {
        tags,
        summary: 'Confirm pairs as proposed partnerships',
        params,
        body: confirmRequest,
        response: { 200: confirmResponse },
      },
    },
    async (request) =>
      unwrap(
        await confirmRun(deps, contextOf(request), actorOf(request), request.params.id, request.body.pairs),
      ),
  );
  app.post(
    '/api/matching/blocks',
    {
      config: { policy: 'matching.run' },
      schema: {
        tags,
        summary: 'Block a pair for every later run',
        body: blockRequest,
        response: { 200: okSchema },
      },
    },
    async (request) => unwrap(await blockPair(deps, contextOf(request), actorOf(request), request.body)),
  );
  app.get(
    '/api/matching/weights',
    {
      config: { policy: 'matching.read' },
      schema: { tags, summary: "The programme's matching weights", response: { 200: weightsSchema } },
    },
    async () => programmeWeights(deps),
  );
  app.put(
    '/api/matching/weights',
    {
      config: { policy: 'matching.weights' },
      schema: {
        tags,
        summary: 'Tune the matching weights (admins)',
        body: weightsSchema,
        response: { 200: weightsSchema },
      },
    },
    async (request) => unwrap(await updateWeights(deps, contextOf(request), actorOf(request), request.body)),
  );
  app.get(
    '/api/matching/suggestions',
    {
      config: { policy: 'matching.read' },
      schema: {
        tags,
        summary: 'The best matches for one person, explained',
        querystring: suggestionsQuery,
        response: { 200: suggestionsResponse },
      },
    },
    async (request) =>
      unwrap(
        await suggestMatches(
          deps,
          contextOf(request),
          actorOf(request),
          request.query.personId,
          request.query.limit,
        ),
      ),
  );
};
