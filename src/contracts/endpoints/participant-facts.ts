import { pageQuerySchema } from '../common.js';
import { defineEndpoint, idParams, keyed, rawResponse } from '../endpoint.js';
import {
  incompleteFactsPage,
  participantFactsRequest,
  participantFactsResponse,
} from '../participant-facts.js';
import { evaluatorExportQuery } from '../reports.js';

/** The ESF+ participant record (docs/participant-facts.md) and the evaluator export built on it. */
export const participantFactsEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/people/:id/participant-facts',
    tags: ['people'],
    summary: "A mentee's ESF+ participant record (audited)",
    params: idParams,
    response: participantFactsResponse,
    policy: 'people.participant_facts',
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/api/people/:id/participant-facts',
    tags: ['people'],
    summary: "Record a mentee's ESF+ participant facts",
    params: idParams,
    body: participantFactsRequest,
    response: participantFactsResponse,
    policy: 'people.participant_facts',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/participant-facts/incomplete',
    tags: ['people'],
    summary: 'Participants of the caseload whose ESF+ record is incomplete',
    query: pageQuerySchema,
    response: incompleteFactsPage,
    policy: 'people.participant_facts',
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/reports/evaluator-export',
    tags: ['reports'],
    summary: 'Pseudonymised participant records for an external evaluator (admin, audited)',
    query: evaluatorExportQuery,
    response: rawResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    policy: 'reports.evaluator_export',
  }),
);
