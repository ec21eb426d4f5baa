import { meEndpoints as e } from '../../contracts/endpoints/me.js';
import { endMyOtherSessions, endMySession, listMySessions } from '../../services/auth/session-list.js';
import { setLocale } from '../../services/users/set-locale.js';
import { setPhone } from '../../services/users/set-phone.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

export const meRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['PUT /api/me/locale'], async (request) => {
    await setLocale(deps, sessionOf(request).user.id, request.body.locale);
    return { ok: true as const };
  });
  registerEndpoint(app, e['PUT /api/me/phone'], async (request) => {
    await setPhone(deps, contextOf(request), request.body.phone);
    return { ok: true as const };
  });
  registerEndpoint(app, e['GET /api/me/sessions'], async (request) =>
    listMySessions(deps, sessionOf(request), request.query),
  );
  registerEndpoint(app, e['DELETE /api/me/sessions/:sessionId'], async (request) =>
    unwrap(await endMySession(deps, contextOf(request), sessionOf(request), request.params.sessionId)),
  );
  registerEndpoint(app, e['POST /api/me/sessions/end-others'], async (request) =>
    endMyOtherSessions(deps, contextOf(request), sessionOf(request)),
  );
};
