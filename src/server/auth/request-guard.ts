import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app/deps.js';
import type { Role } from '../../contracts/common.js';
import { hasSecondFactor, sessionState } from '../../domain/auth/session-state.js';
import { recordAuditEvent } from '../../services/audit/record-audit-event.js';
import { type ValidSession, validateSessionToken } from '../../services/auth/sessions.js';
import type { Actor, RequestContext } from '../../services/context.js';
import { privacyAcceptanceOf } from '../../services/privacy/privacy-acceptance.js';
import { failure } from '../http-errors.js';
import { cookieNames, readCookie } from './cookies.js';
import { decide, type PolicyName, policyFor, waitsForPrivacyAcceptance } from './policy.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: ValidSession | null;
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    policy?: PolicyName;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The audit and request context of a request, for the services. */
export function contextOf(request: FastifyRequest): RequestContext {
  return {
    actor: request.actor,
    requestId: request.id,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

/** The signed-in session of a route whose policy requires one. */
export function sessionOf(request: FastifyRequest): ValidSession {
  if (!request.auth) throw failure('auth.required', 'Sign in first.');
  return request.auth;
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw failure('auth.required', 'Sign in first.');
  return request.actor;
}

/**
 * Three checks before any /api handler: state-changing requests must come from our own origin
 * (Sec-Fetch-Site, else Origin); the session cookie is resolved; the route's policy decides.
 */
export function registerRequestGuard(app: FastifyInstance, deps: AppDeps) {
  const allowedOrigins = new Set([new URL(deps.config.publicUrl).origin]);
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (!safeMethods.has(request.method)) {
      const site = request.headers['sec-fetch-site'];
      const origin = request.headers.origin;
      const ownOrigin = `${request.protocol}://${request.host}`;
      const sameOrigin =
        site !== undefined
          ? site === 'same-origin'
          : origin !== undefined && (allowedOrigins.has(origin) || origin === ownOrigin);
      if (!sameOrigin)
        throw failure('request.cross_origin', 'This request must come from the Mentor2Work web app itself.');
    }
    const token = readCookie(request, cookieNames(deps.config).session);
    if (token) {
      const found = await validateSessionToken(deps, token);
      if (found) {
        request.auth = found;
        request.actor = {
          id: found.user.id,
          role: found.user.role as Role,
          associationId: found.user.association_id,
          name: found.user.name,
        };
      }
    }
  });

  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/') || request.is404) return;
    const policyName = request.routeOptions.config.policy;
    const access = policyFor(policyName);
    const auth = request.auth;
    const fullySignedIn =
      auth !== null &&
      sessionState({
        role: auth.user.role as Role,
        hasSecondFactor: hasSecondFactor({
          role: auth.user.role as Role,
          hasTotp: auth.user.totp_key !== null,
          passkeys: auth.user.passkey_count,
        }),
        twoFactorVerified: auth.session.two_factor_verified === 1,
      }) === 'signed_in';
    const caller = auth
      ? {
          role: auth.user.role as Role,
          fullySignedIn,
          privacyAcceptanceRequired:
            fullySignedIn && waitsForPrivacyAcceptance(access)
              ? (await privacyAcceptanceOf(deps, { id: auth.user.id, role: auth.user.role as Role })).required
              : false,
        }
      : null;
    const decision = decide(access, caller);
    if (decision === 'allow') return;
    if (decision === 'unauthenticated') throw failure('auth.required', 'Sign in first.');
    if (decision === 'second_factor_needed')
      throw failure('auth.two_factor_required', 'Confirm your sign-in with your second factor first.');
    if (decision === 'privacy_acceptance_needed')
      throw failure(
        'auth.privacy_acceptance_required',
        'The privacy statement has changed: read and accept the new version first.',
      );
    if (!policyName)
      request.log.error({ url: request.routeOptions.url }, 'route without access policy refused');
    await recordAuditEvent(deps.db.kysely, contextOf(request), deps.now(), {
      action: 'access.denied',
      outcome: 'denied',
      details: { method: request.method, route: request.routeOptions.url ?? request.url },
    });
    throw failure('auth.forbidden', 'You are not allowed to do this.');
  });
}
