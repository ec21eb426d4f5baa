import { z } from 'zod';
import { calendarFeedResponse } from '../calendar.js';
import { defineEndpoint, keyed } from '../endpoint.js';

const tags = ['calendar'];

/**
 * The signed-in person's calendar feed address and its renewal. The feed itself
 * (`/calendar/:token.ics`) lies outside /api and is registered by its route file.
 */
export const calendarEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/me/calendar',
    tags,
    summary: 'My calendar feed address (created on first call)',
    response: calendarFeedResponse,
    policy: 'me.calendar',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/me/calendar/renew',
    tags,
    summary: 'A new secret address; the old one stops working',
    body: z.strictObject({}).optional(),
    response: calendarFeedResponse,
    policy: 'me.calendar',
  }),
);
