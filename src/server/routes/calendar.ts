import { calendarFeedParams } from '../../contracts/calendar.js';
import { calendarEndpoints as e } from '../../contracts/endpoints/calendar.js';
import {
  calendarFeedAddress,
  calendarFeedByToken,
  renewCalendarFeed,
} from '../../services/calendar/calendar-feed-token.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

/** The personal calendar feed: its address for the signed-in person, renewal, and the public feed. */
export const calendarRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/me/calendar'], async (request) =>
    calendarFeedAddress(deps, sessionOf(request).user.id),
  );
  registerEndpoint(app, e['POST /api/me/calendar/renew'], async (request) =>
    renewCalendarFeed(deps, contextOf(request), sessionOf(request).user.id),
  );
  // Outside /api: calendar apps fetch it without a session; the secret token is the access.
  app.get(
    '/calendar/:token.ics',
    {
      config: { policy: 'calendar.feed', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { hide: true, params: calendarFeedParams },
    },
    async (request, reply) => {
      const text = unwrap(await calendarFeedByToken(deps, request.params.token));
      return reply
        .header('cache-control', 'private, no-cache')
        .type('text/calendar; charset=utf-8')
        .send(text);
    },
  );
};
