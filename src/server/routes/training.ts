import { trainingEndpoints as e } from '../../contracts/endpoints/training.js';
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
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

export const trainingRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/training/modules'], async (request) =>
    listCatalogue(deps, request.query.audience),
  );
  registerEndpoint(app, e['POST /api/training/modules'], async (request) =>
    unwrap(await createModule(deps, contextOf(request), request.body)),
  );
  registerEndpoint(app, e['POST /api/training/modules/:id/sessions'], async (request) =>
    unwrap(await createSession(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['GET /api/training/sessions'], async (request) =>
    listTrainingSessions(deps, request.query.moduleId, request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['GET /api/training/sessions/:id'], async (request) =>
    unwrap(await sessionDetail(deps, actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['GET /api/training/registrations/mine'], async (request) =>
    unwrap(
      await myRegistrations(deps, sessionOf(request).user.id, request.query.page, request.query.pageSize),
    ),
  );
  registerEndpoint(app, e['POST /api/training/sessions/:id/registrations'], async (request) =>
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
  registerEndpoint(app, e['GET /api/training/sessions/:id/registrations'], async (request) =>
    sessionRegistrations(deps, contextOf(request), actorOf(request), request.params.id),
  );
  registerEndpoint(app, e['POST /api/training/registrations/:id/cancel'], async (request) =>
    unwrap(await cancelRegistration(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/training/registrations/:id/attendance'], async (request) =>
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
  registerEndpoint(app, e['GET /api/people/:id/training'], async (request) =>
    unwrap(await trainingPathForStaff(deps, actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/people/:id/training/assignments'], async (request) =>
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
  registerEndpoint(app, e['DELETE /api/people/:id/training/assignments/:moduleId'], async (request) =>
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
  registerEndpoint(app, e['GET /api/me/training'], async (request) =>
    unwrap(await ownTrainingPath(deps, sessionOf(request).user.id)),
  );
};
