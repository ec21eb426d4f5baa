import { passkeyEndpoints as e } from '../../contracts/endpoints/passkeys.js';
import {
  beginPasskeyRegistration,
  beginPasskeySecondFactor,
  beginPasskeySignIn,
  finishPasskeyRegistration,
  finishPasskeySecondFactor,
  finishPasskeySignIn,
  listMyPasskeys,
  passkeySettings,
  reauthenticate,
  removeMyPasskey,
} from '../../services/auth/passkeys.js';
import { setSessionCookie } from '../auth/cookies.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

const strictLimit = { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };

export const passkeyRoutes: RouteModule = (app, deps) => {
  registerEndpoint(app, e['GET /api/auth/passkeys/settings'], async () => passkeySettings(deps));
  registerEndpoint(
    app,
    e['POST /api/auth/reauthenticate'],
    async (request) =>
      unwrap(await reauthenticate(deps, contextOf(request), sessionOf(request), request.body)),
    strictLimit,
  );
  registerEndpoint(app, e['GET /api/me/passkeys'], async (request) =>
    listMyPasskeys(deps, sessionOf(request), request.query),
  );
  registerEndpoint(app, e['POST /api/me/passkeys/options'], async (request) =>
    unwrap(await beginPasskeyRegistration(deps, sessionOf(request))),
  );
  registerEndpoint(app, e['POST /api/me/passkeys'], async (request) =>
    unwrap(await finishPasskeyRegistration(deps, contextOf(request), sessionOf(request), request.body)),
  );
  registerEndpoint(app, e['DELETE /api/me/passkeys/:passkeyId'], async (request) =>
    unwrap(await removeMyPasskey(deps, contextOf(request), sessionOf(request), request.params.passkeyId)),
  );
  registerEndpoint(app, e['POST /api/auth/two-factor/passkey/options'], async (request) =>
    unwrap(await beginPasskeySecondFactor(deps, sessionOf(request))),
  );
  registerEndpoint(
    app,
    e['POST /api/auth/two-factor/passkey'],
    async (request) =>
      unwrap(await finishPasskeySecondFactor(deps, contextOf(request), sessionOf(request), request.body)),
    strictLimit,
  );
  registerEndpoint(
    app,
    e['POST /api/auth/passkey/options'],
    async () => unwrap(await beginPasskeySignIn(deps)),
    strictLimit,
  );
  registerEndpoint(
    app,
    e['POST /api/auth/passkey/sign-in'],
    async (request, reply) => {
      const result = unwrap(await finishPasskeySignIn(deps, contextOf(request), request.body));
      setSessionCookie(reply, deps.config, result.token, new Date(result.response.expiresAt));
      return result.response;
    },
    strictLimit,
  );
};
