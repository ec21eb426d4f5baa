import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../app/config.js';

/** Cookie names: `__Host-` prefixed (Secure, no Domain, Path=/) when served over HTTPS. */
export function cookieNames(config: Config) {
  const prefix = config.secureCookies ? '__Host-' : '';
  return { session: `${prefix}m2w_session`, device: `${prefix}m2w_device` };
}

export function readCookie(request: FastifyRequest, name: string): string | null {
  const value = request.cookies[name];
  return value && value.length <= 128 ? value : null;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date) {
  reply.setCookie(cookieNames(config).session, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(cookieNames(config).session, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
  });
}

/** Marks this browser as a known device of an account (its own sign-in throttle counter). */
export function setDeviceCookie(reply: FastifyReply, config: Config, token: string, now: Date) {
  reply.setCookie(cookieNames(config).device, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: new Date(now.getTime() + 365 * 86_400_000),
  });
}
