import { participantFactsEndpoints as e } from '../../contracts/endpoints/participant-facts.js';
import {
  getParticipantFacts,
  listIncompleteFacts,
  recordParticipantFacts,
} from '../../services/people/participant-facts.js';
import {
  evaluatorExport,
  evaluatorExportCsv,
  evaluatorExportXlsx,
} from '../../services/reports/evaluator-export.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** A mentee's ESF+ participant record (docs/participant-facts.md), and the evaluator export. */
export const participantFactsRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/people/:id/participant-facts'], async (request) =>
    unwrap(await getParticipantFacts(deps, contextOf(request), request.params.id)),
  );
  registerEndpoint(app, e['PUT /api/people/:id/participant-facts'], async (request) =>
    unwrap(await recordParticipantFacts(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['GET /api/participant-facts/incomplete'], async (request) =>
    listIncompleteFacts(deps, actorOf(request), request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['GET /api/reports/evaluator-export'], async (request, reply) => {
    const { format, ...period } = request.query;
    const data = unwrap(await evaluatorExport(deps, contextOf(request), actorOf(request), period));
    const name = `evaluator-export-${period.from}-${period.to}.${format}`;
    return reply
      .header(
        'content-type',
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : e['GET /api/reports/evaluator-export'].response.contentType,
      )
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(format === 'csv' ? evaluatorExportCsv(data) : await evaluatorExportXlsx(data));
  });
};
