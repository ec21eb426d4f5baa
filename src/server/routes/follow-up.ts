import { followUpEndpoints as e } from '../../contracts/endpoints/follow-up.js';
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
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** Following the pairs: the health screen, the coach's contacts and to-do list, help requests, evaluations, own home. */
export const followUpRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/partnerships/health'], async (request) =>
    unwrap(await healthScreen(deps, contextOf(request), actorOf(request), request.query)),
  );
  registerEndpoint(app, e['GET /api/partnerships/:id/follow-up'], async (request) =>
    unwrap(await getFollowUp(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/contacts'], async (request) =>
    unwrap(await addContact(deps, contextOf(request), actorOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/help-requests'], async (request) =>
    unwrap(
      await askForHelp(deps, contextOf(request), actorOf(request), request.params.id, request.body.message),
    ),
  );
  registerEndpoint(app, e['POST /api/help-requests/:id/handled'], async (request) =>
    unwrap(
      await markHelpHandled(deps, contextOf(request), actorOf(request), request.params.id, request.body.note),
    ),
  );
  registerEndpoint(app, e['GET /api/coach/todo'], async (request) =>
    coachTodo(deps, contextOf(request), actorOf(request), request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['GET /api/partnerships/:id/evaluation'], async (request) =>
    unwrap(await evaluationForm(deps, actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['POST /api/partnerships/:id/evaluation'], async (request) =>
    unwrap(
      await submitEvaluation(
        deps,
        contextOf(request),
        actorOf(request),
        request.params.id,
        request.body.answers,
      ),
    ),
  );
  registerEndpoint(app, e['GET /api/partnerships/:id/evaluations'], async (request) =>
    unwrap(await listEvaluations(deps, contextOf(request), actorOf(request), request.params.id)),
  );
  registerEndpoint(app, e['GET /api/me/home'], async (request) => participantHome(deps, actorOf(request)));
};
