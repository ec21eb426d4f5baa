import { setLocaleRequest, setPhoneRequest } from '../auth.js';
import { okSchema } from '../common.js';
import { defineEndpoint, keyed } from '../endpoint.js';

/** The signed-in user's own settings. */
export const meEndpoints = keyed(
  defineEndpoint({
    method: 'PUT',
    path: '/api/me/locale',
    tags: ['me'],
    summary: 'Remember my language',
    body: setLocaleRequest,
    response: okSchema,
    policy: 'me.locale',
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/api/me/phone',
    tags: ['me'],
    summary: 'My phone number for the participants I coach (staff)',
    body: setPhoneRequest,
    response: okSchema,
    policy: 'me.phone',
  }),
);
