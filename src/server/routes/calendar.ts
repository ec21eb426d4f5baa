import { z } from 'zod';
import { calendarFeedParams, calendarFeedResponse } from '../../contracts/calendar.js';
import {
  calendarFeedAddress,
  calendarFeedByToken,
  renewCalendarFeed,
} from '../../services/calendar/calendar-feed-token.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import type { RouteModule } from './types.js';

const tags = ['calendar'];

/** The personal calendar feed: its address for the signed-in person, renewal, and the public feed. */
export const calendarRoutes: RouteModule = (app, deps) => {
  app.get(
    '/api/me/calendar',
    {
      config: { policy: 'me.calendar' },
      schema: {
        tags,
        summary: 'My calendar feed address (created on first call)',
        response: { 200: calendarFeedResponse },
      },
    },
    async (request) => calendarFeedAddress(deps, sessionOf(request).user.id),
  );
  app.post(
    '/api/me/calendar/renew',
    {
      config: { policy: 'me.calendar' },
      schema: {
        tags,
        summary: 'A new secret address; the old one stops working',
        body: z.strictObject({}).optional(),
        response: { 200: calendarFeedResponse },
      },
    },
    async (request) => renewCalendarFeed(deps, contextOf(request), sessionOf(request).user.id),
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
