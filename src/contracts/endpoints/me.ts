import {
  mySessionsQuery,
  mySessionsResponse,
  sessionReferenceParams,
  sessionsEndedResponse,
  setLocaleRequest,
  setPhoneRequest,
} from '../auth.js';
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
  defineEndpoint({
    method: 'GET',
    path: '/api/me/sessions',
    tags: ['me'],
    summary: 'My active sessions: device, network range, last use (the current one marked)',
    query: mySessionsQuery,
    response: mySessionsResponse,
    policy: 'me.sessions',
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/me/sessions/:sessionId',
    tags: ['me'],
    summary: 'End one of my other sessions',
    params: sessionReferenceParams,
    response: sessionsEndedResponse,
    policy: 'me.session_end',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/me/sessions/end-others',
    tags: ['me'],
    summary: 'End every session of mine except this one',
    response: sessionsEndedResponse,
    policy: 'me.session_end',
  }),
);
