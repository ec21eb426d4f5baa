import { authEndpoints as e } from '../../contracts/endpoints/auth.js';
import { acceptInvitation, inspectInvitation } from '../../services/auth/invitations.js';
import {
  changePassword,
  completePasswordReset,
  requestPasswordReset,
} from '../../services/auth/passwords-reset.js';
import { endSession, presentSession } from '../../services/auth/sessions.js';
import { signIn } from '../../services/auth/sign-in.js';
import {
  beginTwoFactorSetup,
  enableTwoFactor,
  regenerateRecoveryCodes,
  verifyTwoFactor,
} from '../../services/auth/two-factor.js';
import { privacyAcceptanceOf } from '../../services/privacy/privacy-acceptance.js';
import {
  clearSessionCookie,
  cookieNames,
  readCookie,
  setDeviceCookie,
  setSessionCookie,
} from '../auth/cookies.js';
import { contextOf, sessionOf } from '../auth/request-guard.js';
import { unwrap } from '../http-errors.js';
import { registerEndpoint } from './register-endpoint.js';
import type { RouteModule } from './types.js';

const strictLimit = { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };

export const authRoutes: RouteModule = (app, deps) => {
  registerEndpoint(
    app,
    e['POST /api/auth/sign-in'],
    async (request, reply) => {
      const deviceToken = readCookie(request, cookieNames(deps.config).device);
      const result = unwrap(await signIn(deps, contextOf(request), { ...request.body, deviceToken }));
      setSessionCookie(reply, deps.config, result.token, new Date(result.response.expiresAt));
      if (result.newDeviceToken) setDeviceCookie(reply, deps.config, result.newDeviceToken, deps.now());
      return result.response;
    },
    strictLimit,
  );

  registerEndpoint(app, e['POST /api/auth/sign-out'], async (request, reply) => {
    await endSession(deps, sessionOf(request).session.id);
    clearSessionCookie(reply, deps.config);
    return { ok: true as const };
  });

  registerEndpoint(app, e['GET /api/auth/session'], async (request) => {
    if (!request.auth) return { signedIn: false as const };
    const { user, session } = request.auth;
    return {
      signedIn: true as const,
      ...(await presentSession(deps.db.kysely, user, session)),
      privacyAcceptance: await privacyAcceptanceOf(deps, { id: user.id, role: user.role }),
    };
  });

  registerEndpoint(app, e['POST /api/auth/two-factor/setup'], async (request) =>
    unwrap(beginTwoFactorSetup(sessionOf(request), deps.now())),
  );

  registerEndpoint(
    app,
    e['POST /api/auth/two-factor/enable'],
    async (request) =>
      unwrap(await enableTwoFactor(deps, contextOf(request), sessionOf(request), request.body)),
    strictLimit,
  );

  registerEndpoint(
    app,
    e['POST /api/auth/two-factor/verify'],
    async (request) =>
      unwrap(await verifyTwoFactor(deps, contextOf(request), sessionOf(request), request.body)),
    strictLimit,
  );

  registerEndpoint(app, e['POST /api/auth/two-factor/recovery-codes'], async (request) =>
    unwrap(await regenerateRecoveryCodes(deps, contextOf(request), sessionOf(request))),
  );

  registerEndpoint(
    app,
    e['POST /api/auth/invitations/inspect'],
    async (request) => unwrap(await inspectInvitation(deps, request.body.token)),
    strictLimit,
  );

  registerEndpoint(
    app,
    e['POST /api/auth/invitations/accept'],
    async (request, reply) => {
      const result = unwrap(await acceptInvitation(deps, contextOf(request), request.body));
      setSessionCookie(reply, deps.config, result.token, new Date(result.response.expiresAt));
      return result.response;
    },
    strictLimit,
  );

  registerEndpoint(
    app,
    e['POST /api/auth/password-reset/request'],
    async (request) => {
      await requestPasswordReset(deps, contextOf(request), request.body.email);
      await deps.mailer.deliverQueued(deps.db, deps.now);
      return { ok: true as const };
    },
    strictLimit,
  );

  registerEndpoint(
    app,
    e['POST /api/auth/password-reset/complete'],
    async (request) => unwrap(await completePasswordReset(deps, contextOf(request), request.body)),
    strictLimit,
  );

  registerEndpoint(
    app,
    e['POST /api/auth/password'],
    async (request, reply) => {
      const result = unwrap(await changePassword(deps, contextOf(request), sessionOf(request), request.body));
      setSessionCookie(reply, deps.config, result.token, new Date(result.response.expiresAt));
      return result.response;
    },
    strictLimit,
  );
};
