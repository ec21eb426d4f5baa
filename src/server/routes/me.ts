import { setLocaleRequest, setPhoneRequest } from '../../contracts/auth.js';
import { okSchema } from '../../contracts/common.js';
import { setLocale } from '../../services/users/set-locale.js';
import { setPhone } from '../../services/users/set-phone.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import type { RouteModule } from './types.js';

export const meRoutes: RouteModule = (app, deps) => {
  app.put(
    '/api/me/locale',
    {
      config: { policy: 'me.locale' },
      schema: {
        tags: ['me'],
        summary: 'Remember my language',
        body: setLocaleRequest,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await setLocale(deps, sessionOf(request).user.id, request.body.locale);
      return { ok: true as const };
    },
  );
  app.put(
    '/api/me/phone',
    {
      config: { policy: 'me.phone' },
      schema: {
        tags: ['me'],
        summary: 'My phone number for the participants I coach (staff)',
        body: setPhoneRequest,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await setPhone(deps, contextOf(request), request.body.phone);
      return { ok: true as const };
    },
  );
};
