import { matchingEndpoints as e } from '../../contracts/endpoints/matching.js';
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
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

export const matchingRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/matching/runs'], async (request) =>
    listRuns(deps, actorOf(request), request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['POST /api/matching/runs'], async (request) =>
    unwrap(await runMatching(deps, contextOf(request), actorOf(request), request.body)),
  );
  registerEndpoint(app, e['GET /api/matching/runs/:id'], async (request) =>
    unwrap(await getRun(deps, actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/matching/runs/:id/confirm'], async (request) =>
    unwrap(
      await confirmRun(deps, contextOf(request), actorOf(request), request.params.id, request.body.pairs),
    ),
  );
  registerEndpoint(app, e['POST /api/matching/blocks'], async (request) =>
    unwrap(await blockPair(deps, contextOf(request), actorOf(request), request.body)),
  );
  registerEndpoint(app, e['GET /api/matching/weights'], async () => programmeWeights(deps));
  registerEndpoint(app, e['PUT /api/matching/weights'], async (request) =>
    unwrap(await updateWeights(deps, contextOf(request), actorOf(request), request.body)),
  );
  registerEndpoint(app, e['GET /api/matching/suggestions'], async (request) =>
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
