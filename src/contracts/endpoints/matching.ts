import { okSchema } from '../common.js';
import { defineEndpoint, idParams, keyed } from '../endpoint.js';
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
} from '../matching.js';

const tags = ['matching'];

/** Matching runs, their confirmation, blocked pairs, the programme's weights and suggestions. */
export const matchingEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/matching/runs',
    tags,
    summary: 'Earlier matching runs',
    query: runListQuery,
    response: runListResponse,
    policy: 'matching.read',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/matching/runs',
    tags,
    summary: 'Run the engine on a pool',
    body: createRunRequest,
    status: 201,
    response: matchRunSchema,
    policy: 'matching.run',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/matching/runs/:id',
    tags,
    summary: 'A run with its proposal and fairness report',
    params: idParams,
    response: matchRunSchema,
    policy: 'matching.read',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/matching/runs/:id/confirm',
    tags,
    summary: 'Confirm pairs as proposed partnerships',
    params: idParams,
    body: confirmRequest,
    response: confirmResponse,
    policy: 'matching.run',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/matching/blocks',
    tags,
    summary: 'Block a pair for every later run',
    body: blockRequest,
    response: okSchema,
    policy: 'matching.run',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/matching/weights',
    tags,
    summary: "The programme's matching weights",
    response: weightsSchema,
    policy: 'matching.read',
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/api/matching/weights',
    tags,
    summary: 'Tune the matching weights (admins)',
    body: weightsSchema,
    response: weightsSchema,
    policy: 'matching.weights',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/matching/suggestions',
    tags,
    summary: 'The best matches for one person, explained',
    query: suggestionsQuery,
    response: suggestionsResponse,
    policy: 'matching.read',
  }),
);
