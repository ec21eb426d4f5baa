import { staffEndpoints as e } from '../../contracts/endpoints/staff.js';
import { createInvitation, listInvitations, revokeInvitation } from '../../services/auth/invitations.js';
import { changeUser, listUsers } from '../../services/users/manage-users.js';
import { contextOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

export const staffRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/users'], async (request) =>
    listUsers(deps, request.query, request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['PATCH /api/users/:id'], async (request) =>
    unwrap(await changeUser(deps, contextOf(request), request.params.id, request.body)),
  );
  registerEndpoint(app, e['GET /api/invitations'], async (request) =>
    listInvitations(deps, request.query.page, request.query.pageSize),
  );
  registerEndpoint(app, e['POST /api/invitations'], async (request) => {
    const { invitation } = unwrap(await createInvitation(deps, contextOf(request), request.body));
    await deps.mailer.deliverQueued(deps.db, deps.now);
    return invitation;
  });
  registerEndpoint(app, e['POST /api/invitations/:id/revoke'], async (request) =>
    unwrap(await revokeInvitation(deps, contextOf(request), request.params.id)),
  );
};
