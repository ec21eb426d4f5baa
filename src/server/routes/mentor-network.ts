import { mentorNetworkEndpoints as e } from '../../contracts/endpoints/mentor-network.js';
import {
  joinDirectory,
  leaveDirectory,
  listMentorDirectory,
  ownListing,
} from '../../services/training/mentor-directory.js';
import { missingRequiredTraining, trainingOverview } from '../../services/training/training-overview.js';
import { actorOf, contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** The mentor network's directory, and the staff overview of training per module and period. */
export const mentorNetworkRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/mentor-network'], async (request) =>
    listMentorDirectory(
      deps,
      contextOf(request),
      actorOf(request),
      request.query.page,
      request.query.pageSize,
    ),
  );
  registerEndpoint(app, e['GET /api/me/mentor-network'], async (request) =>
    unwrap(await ownListing(deps, sessionOf(request).user.id)),
  );
  registerEndpoint(app, e['PUT /api/me/mentor-network'], async (request) =>
    unwrap(await joinDirectory(deps, contextOf(request), sessionOf(request).user.id, request.body.line)),
  );
  registerEndpoint(app, e['POST /api/me/mentor-network/leave'], async (request) =>
    unwrap(await leaveDirectory(deps, contextOf(request), sessionOf(request).user.id)),
  );
  registerEndpoint(app, e['GET /api/training/overview'], async (request) =>
    unwrap(await trainingOverview(deps, contextOf(request), actorOf(request), request.query)),
  );
  registerEndpoint(app, e['GET /api/training/overview/missing'], async (request) =>
    missingRequiredTraining(
      deps,
      contextOf(request),
      actorOf(request),
      request.query.page,
      request.query.pageSize,
    ),
  );
};
