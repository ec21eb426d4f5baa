import { z } from 'zod';
import { pageQuerySchema } from '../../contracts/common.js';
import {
  incompleteFactsPage,
  participantFactsRequest,
  participantFactsResponse,
} from '../../contracts/participant-facts.js';
import {
  getParticipantFacts,
  listIncompleteFacts,
  recordParticipantFacts,
} from '../../services/people/participant-facts.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['people'];
const params = z.strictObject({ id: z.uuid() });

/** A mentee's ESF+ participant record (docs/participant-facts.md), for staff. */
export const participantFactsRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/people/:id/participant-facts',
    {
      config: { policy: 'people.participant_facts' },
      schema: {
        tags,
        summary: "A mentee's ESF+ participant record (audited)",
        params,
        response: { 200: participantFactsResponse },
      },
    },
    async (request) => unwrap(await getParticipantFacts(deps, contextOf(request), request.params.id)),
  );
  app.put(
    '/api/people/:id/participant-facts',
    {
      config: { policy: 'people.participant_facts' },
      schema: {
        tags,
        summary: "Record a mentee's ESF+ participant facts",
        params,
        body: participantFactsRequest,
        response: { 200: participantFactsResponse },
      },
    },
    async (request) =>
      unwrap(await recordParticipantFacts(deps, contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/participant-facts/incomplete',
    {
      config: { policy: 'people.participant_facts' },
      schema: {
        tags,
        summary: 'Participants of the caseload whose ESF+ record is incomplete',
        querystring: pageQuerySchema,
        response: { 200: incompleteFactsPage },
      },
    },
    async (request) =>
      listIncompleteFacts(deps, actorOf(request), request.query.page, request.query.pageSize),
  );
};
