import { recordEndpoints as e } from '../../contracts/endpoints/records.js';
import { listAuditEvents } from '../../services/audit/list-audit-events.js';
import { listCaseload } from '../../services/caseload/list-caseload.js';
import { listOutbox } from '../../services/mail/list-outbox.js';
import { searchPeople } from '../../services/people/search-people.js';
import { actorOf, contextOf } from '../auth/request-guard.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** Read-only lists: the audit log, the outbox, the caseload and the name search. */
export const recordRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/audit'], async (request) => listAuditEvents(deps, request.query));
  registerEndpoint(app, e['GET /api/outbox'], async (request) =>
    listOutbox(deps, contextOf(request), request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['GET /api/caseload'], async (request) =>
    listCaseload(deps, actorOf(request), request.query),
  );
  registerEndpoint(app, e['GET /api/people/search'], async (request) =>
    searchPeople(deps, contextOf(request), request.query),
  );
};
