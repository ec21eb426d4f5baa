import { z } from 'zod';
import {
  acceptInvitationRequest,
  changePasswordRequest,
  invitationInfoResponse,
  passwordResetComplete,
  passwordResetRequest,
  recoveryCodesResponse,
  sessionCheckResponse,
  sessionResponse,
  signInRequest,
  tokenRequest,
  twoFactorEnableRequest,
  twoFactorSetupResponse,
  twoFactorVerifyRequest,
} from '../../contracts/auth.js';
import { okSchema } from '../../contracts/common.js';
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
import type { RouteModule } from './types.js';

const tags = ['auth'];
const strictLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };
const emptyBody = { body: z.strictObject({}).optional() };

export const authRoutes: RouteModule = (app, deps) => {
  app.post(
    '/api/auth/sign-in',
    {
      config: { policy: 'auth.sign_in', ...strictLimit },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: signInRequest,
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const deviceToken = readCookie(request, cookieNames(deps.config).device);
      const result = unwrap(await signIn(deps, contextOf(request), { ...request.body, deviceToken }));
      setSessionCookie(reply, deps.config, result.token, new Date(result.response.expiresAt));
      if (result.newDeviceToken) setDeviceCookie(reply, deps.config, result.newDeviceToken, deps.now());
      return result.response;
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { policy: 'auth.sign_out' },
      schema: { tags, summary: 'End this session', ...emptyBody, response: { 200: okSchema } },
    },
    async (request, reply) => {
      await endSession(deps, sessionOf(request).session.id);
      clearSessionCookie(reply, deps.config);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { policy: 'auth.session' },
      schema: {
        tags,
        summary: 'The current session, or `{ signedIn: false }` for a visitor',
        response: { 200: sessionCheckResponse },
      },
    },
    async (request) => {
      if (!request.auth) return { signedIn: false as const };
      const { user, session } = request.auth;
      return {
        signedIn: true as const,
        ...(await presentSession(deps.db.kysely, user, session)),
        privacyAcceptance: await privacyAcceptanceOf(deps, { id: user.id, role: user.role }),
      };
    },
  );

  app.post(
    '/api/auth/two-factor/setup',
    {
      config: { policy: 'auth.two_factor_setup' },
      schema: {
        tags,
        summary: 'A new TOTP secret to confirm',
        ...emptyBody,
        response: { 200: twoFactorSetupResponse },
      },
    },
    async (request) => unwrap(beginTwoFactorSetup(sessionOf(request), deps.now())),
  );

  app.post(
    '/api/auth/two-factor/enable',
    {
      config: { policy: 'auth.two_factor_enable', ...strictLimit },
      schema: {
        tags,
        summary: 'Confirm a TOTP secret with a code',
        body: twoFactorEnableRequest,
        response: { 200: recoveryCodesResponse },
      },
    },
    async (request) =>
      unwrap(await enableTwoFactor(deps, contextOf(request), sessionOf(request), request.body)),
  );

  app.post(
    '/api/auth/two-factor/verify',
    {
      config: { policy: 'auth.two_factor_verify', ...strictLimit },
      schema: {
        tags,
        summary: 'Second step of sign-in',
        body: twoFactorVerifyRequest,
        response: { 200: sessionResponse },
      },
    },
    async (request) =>
      unwrap(await verifyTwoFactor(deps, contextOf(request), sessionOf(request), request.body)),
  );

  app.post(
    '/api/auth/two-factor/recovery-codes',
    {
      config: { policy: 'auth.recovery_codes' },
      schema: {
        tags,
        summary: 'Replace the recovery codes',
        ...emptyBody,
        response: { 200: recoveryCodesResponse },
      },
    },
    async (request) => unwrap(await regenerateRecoveryCodes(deps, contextOf(request), sessionOf(request))),
  );

  app.post(
    '/api/auth/invitations/inspect',
    {
      config: { policy: 'auth.invitation_inspect', ...strictLimit },
      schema: {
        tags,
        summary: 'What an invitation link is for',
        body: tokenRequest,
        response: { 200: invitationInfoResponse },
      },
    },
    async (request) => unwrap(await inspectInvitation(deps, request.body.token)),
  );

  app.post(
    '/api/auth/invitations/accept',
    {
      config: { policy: 'auth.invitation_accept', ...strictLimit },
      schema: {
        tags,
        summary: 'Create the invited account',
        body: acceptInvitationRequest,
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const result = unwrap(await acceptInvitation(deps, contextOf(request), request.body));
      setSessionCookie(reply, deps.config, result.token, new Date(result.response.expiresAt));
      return result.response;
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { policy: 'auth.password_reset_request', ...strictLimit },
      schema: {
        tags,
        summary: 'Email a password reset link',
        body: passwordResetRequest,
        response: { 202: okSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, contextOf(request), request.body.email);
      await deps.mailer.deliverQueued(deps.db, deps.now);
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    {
      config: { policy: 'auth.password_reset_complete', ...strictLimit },
      schema: {
        tags,
        summary: 'Set a new password from a reset link',
        body: passwordResetComplete,
        response: { 200: okSchema },
      },
    },
    async (request) => unwrap(await completePasswordReset(deps, contextOf(request), request.body)),
  );

  app.post(
    '/api/auth/password',
    {
      config: { policy: 'auth.password_change', ...strictLimit },
      schema: {
        tags,
        summary: 'Change my password',
        body: changePasswordRequest,
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const result = unwrap(await changePassword(deps, contextOf(request), sessionOf(request), request.body));
      setSessionCookie(reply, deps.config, result.token, new Date(result.response.expiresAt));
      return result.response;
    },
  );
};
