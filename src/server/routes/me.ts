import { setLocaleRequest } from '../../contracts/auth.js';
import { okSchema } from '../../contracts/common.js';
import { setLocale } from '../../services/users/set-locale.js';
import { sessionOf } from '../auth/request-guard.js';
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
};
