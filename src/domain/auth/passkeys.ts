/**
 * Passkeys (WebAuthn): which relying party this installation is, and how recent a proof of identity
 * must be before a sign-in method may change. Pure: the ceremonies themselves are verified by
 * @simplewebauthn/server in services/auth/passkeys.ts.
 */

export interface RelyingParty {
  /** The WebAuthn relying-party id: the host name passkeys are bound to. */
  rpId: string;
  /** The page origins a ceremony may come from. */
  origins: string[];
  /** Where people must open the app for passkeys to work. */
  origin: string;
}

const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The relying party of an installation from its public address. WebAuthn binds a passkey to a domain
 * name, never to an IP address; a loopback address (the default `http://127.0.0.1:3000`) is served as
 * `localhost` on the same port, which browsers treat as a secure context. Any other IP address has no
 * relying party: passkeys are then unavailable until PUBLIC_URL names a domain.
 */
export function relyingPartyOf(publicUrl: string): RelyingParty | null {
  const url = new URL(publicUrl);
  const host = url.hostname;
  const isIpv6 = host.startsWith('[');
  const loopback = host === '[::1]' || (ipv4.test(host) && host.startsWith('127.'));
  if (loopback) {
    const origin = `${url.protocol}//localhost${url.port ? `:${url.port}` : ''}`;
    return { rpId: 'localhost', origins: [origin], origin };
  }
  if (isIpv6 || ipv4.test(host)) return null;
  return { rpId: host, origins: [url.origin], origin: url.origin };
}

/** How long a sign-in or a re-entered password counts as recent enough to change a sign-in method. */
export const reauthenticationWindowMs = 10 * 60_000;

/**
 * Whether the session proved recently that it is its owner: it was signed in, or the password or a
 * second factor was given again, within the window.
 */
export function isRecentlyAuthenticated(
  session: { created_at: string; reauthenticated_at: string | null },
  now: Date,
  windowMs = reauthenticationWindowMs,
): boolean {
  const times = [session.created_at, session.reauthenticated_at]
    .filter((time): time is string => time !== null)
    .map((time) => Date.parse(time));
  return times.some((time) => now.getTime() - time <= windowMs && time <= now.getTime() + 60_000);
}

/** Passkeys that stand in for a password: a participant's, never a staff member's. */
export function mayUsePasskeyWithoutPassword(role: string): boolean {
  return role === 'mentee' || role === 'mentor';
}
