import { meEndpoints as e } from '../../contracts/endpoints/me.js';
import { setLocale } from '../../services/users/set-locale.js';
import { setPhone } from '../../services/users/set-phone.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
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
};
