import { associationEndpoints as e } from '../../contracts/endpoints/associations.js';
import {
  changeAssociation,
  createAssociation,
  getAssociation,
  listAssociations,
  setMentorSharing,
} from '../../services/associations/manage-associations.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

export const associationRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/associations'], async (request) =>
    listAssociations(deps, actorOf(request), request.query),
  );
  registerEndpoint(app, e['POST /api/associations'], async (request) =>
    unwrap(await createAssociation(deps, contextOf(request), request.body)),
  );
  registerEndpoint(app, e['GET /api/associations/:id'], async (request) =>
    unwrap(await getAssociation(deps, actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['PATCH /api/associations/:id'], async (request) =>
    unwrap(await changeAssociation(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['PUT /api/associations/:id/mentor-sharing'], async (request) =>
    unwrap(
      await setMentorSharing(
        deps,
        contextOf(request),
        actorOf(request),
        request.params.id,
        request.body.sharesMentors,
      ),
    ),
  );
};
