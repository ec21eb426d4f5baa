import { randomUUID } from 'node:crypto';
import { insertPasswordReset } from '../../../src/db/queries/invitations.js';
import { currentTotpCode } from '../../../src/domain/auth/totp.js';
import {
  acceptInvitation,
  createFirstAdminLink,
  createInvitation,
  revokeInvitation,
} from '../../../src/services/auth/invitations.js';
import {
  beginPasskeyRegistration,
  beginPasskeySecondFactor,
  beginPasskeySignIn,
  finishPasskeyRegistration,
  finishPasskeySecondFactor,
  finishPasskeySignIn,
  reauthenticate,
  removeMyPasskey,
} from '../../../src/services/auth/passkeys.js';
import {
  changePassword,
  completePasswordReset,
  requestPasswordReset,
} from '../../../src/services/auth/passwords-reset.js';
import { endMyOtherSessions, endMySession, listMySessions } from '../../../src/services/auth/session-list.js';
import { type ValidSession, validateSessionToken } from '../../../src/services/auth/sessions.js';
import { signIn } from '../../../src/services/auth/sign-in.js';
import {
  beginTwoFactorSetup,
  enableTwoFactor,
  regenerateRecoveryCodes,
  verifyTwoFactor,
} from '../../../src/services/auth/two-factor.js';
import type { RequestContext } from '../../../src/services/context.js';
import { generateToken, hashToken } from '../../../src/services/secrets/tokens.js';
import { type BuiltUser, buildAssociation, buildUser, sessionCookieFor } from '../../factories/accounts.js';
import { admin, arranged, contextOf, type WriteCase } from '../../support/rollback-actors.js';
import { type SoftAuthenticator, softAuthenticator } from '../../support/soft-authenticator.js';
import type { TestContext } from '../../support/test-context.js';

/** Someone not signed in (a sign-in attempt, a reset link), as the routes pass it. */
const publicContext: RequestContext = { actor: null, requestId: 'audit-rollback-test', ip: '192.0.2.7' };

const newPassword = 'groen-licht-boterham-77';

/** A signed-in session of the user, as the routes get it from the cookie. */
async function sessionOf(c: TestContext, user: BuiltUser, twoFactorVerified = true): Promise<ValidSession> {
  const cookie = await sessionCookieFor(c.deps, user, { twoFactorVerified });
  const session = await validateSessionToken(c.deps, cookie.slice(cookie.indexOf('=') + 1));
  if (!session) throw new Error('arrange: session');
  return session;
}

/** An open invitation of a coach, and the token of its link. */
async function openInvitation(c: TestContext) {
  const { ctx } = await admin(c);
  const association = await buildAssociation(c.deps);
  const created = arranged(
    await createInvitation(c.deps, ctx, {
      email: `nieuw.${randomUUID().slice(0, 6)}@example.be`,
      role: 'coach',
      associationId: association.id,
    }),
  );
  return { ctx, invitation: created.invitation, token: created.link.split('#token=')[1]! };
}

export const authCases: WriteCase[] = [
  {
    name: 'auth/invitations.ts#acceptInvitation',
    act: async (c) => {
      const { token } = await openInvitation(c);
      return () =>
        acceptInvitation(c.deps, publicContext, { token, name: 'Nadia Benali', password: newPassword });
    },
  },
  {
    name: 'auth/invitations.ts#createFirstAdminLink',
    act: async (c) => () => createFirstAdminLink(c.deps, publicContext),
  },
  {
    name: 'auth/invitations.ts#createInvitation',
    act: async (c) => {
      const { ctx } = await admin(c);
      return () => createInvitation(c.deps, ctx, { email: 'nieuw@example.be', role: 'admin' });
    },
  },
  {
    name: 'auth/invitations.ts#revokeInvitation',
    act: async (c) => {
      const { ctx, invitation } = await openInvitation(c);
      return () => revokeInvitation(c.deps, ctx, invitation.id);
    },
  },
  {
    name: 'auth/passwords-reset.ts#changePassword',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin' });
      const session = await sessionOf(c, user);
      return () =>
        changePassword(c.deps, contextOf(user), session, { currentPassword: user.password, newPassword });
    },
  },
  {
    name: 'auth/session-list.ts#endMySession',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'mentee' });
      const session = await sessionOf(c, user);
      await sessionOf(c, user);
      const listed = await listMySessions(c.deps, session, { page: 1, pageSize: 10 });
      const other = listed.items.find((item) => !item.current)!;
      return () => endMySession(c.deps, contextOf(user), session, other.id);
    },
  },
  {
    name: 'auth/session-list.ts#endMyOtherSessions',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'mentee' });
      const session = await sessionOf(c, user);
      await sessionOf(c, user);
      return () => endMyOtherSessions(c.deps, contextOf(user), session);
    },
  },
  {
    name: 'auth/passwords-reset.ts#completePasswordReset',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin' });
      await sessionOf(c, user);
      const token = generateToken();
      const now = c.deps.now();
      await insertPasswordReset(c.deps.db.kysely, {
        id: randomUUID(),
        token_hash: hashToken(token),
        user_id: user.id,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 3_600_000).toISOString(),
        used_at: null,
      });
      return () => completePasswordReset(c.deps, publicContext, { token, password: newPassword });
    },
  },
  {
    name: 'auth/passwords-reset.ts#requestPasswordReset',
    act: async (c) => {
      const user = await buildUser(c.deps, {
        role: 'coach',
        associationId: (await buildAssociation(c.deps)).id,
      });
      return () => requestPasswordReset(c.deps, publicContext, user.email);
    },
  },
  {
    name: 'auth/sign-in.ts#signIn',
    variant: 'a wrong password: the throttle counts the attempt only with its audit event',
    refuses: 'auth.invalid_credentials',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin' });
      return () =>
        signIn(c.deps, publicContext, {
          email: user.email,
          password: 'niet-het-wachtwoord-1',
          deviceToken: null,
        });
    },
  },
  {
    name: 'auth/sign-in.ts#signIn',
    variant: 'the right password',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin' });
      return () =>
        signIn(c.deps, publicContext, { email: user.email, password: user.password, deviceToken: null });
    },
  },
  {
    name: 'auth/two-factor.ts#enableTwoFactor',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin' });
      const session = await sessionOf(c, user, false);
      const setup = beginTwoFactorSetup(session, c.deps.now());
      if (!setup.ok) throw new Error(setup.error.message);
      const { secret } = setup.value;
      const { decodeBase32IgnorePadding } = await import('@oslojs/encoding');
      const code = currentTotpCode(decodeBase32IgnorePadding(secret), c.deps.now());
      return () => enableTwoFactor(c.deps, contextOf(user), session, { secret, code });
    },
  },
  {
    name: 'auth/two-factor.ts#regenerateRecoveryCodes',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin', withTotp: true });
      const session = await sessionOf(c, user);
      return () => regenerateRecoveryCodes(c.deps, contextOf(user), session);
    },
  },
  {
    name: 'auth/two-factor.ts#verifyTwoFactor',
    variant: 'a wrong code: the throttle counts it only with its audit event',
    refuses: 'auth.two_factor_invalid_code',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin', withTotp: true });
      const session = await sessionOf(c, user, false);
      const right = currentTotpCode(user.totpKey!, c.deps.now());
      const code = right === '000000' ? '111111' : '000000';
      return () => verifyTwoFactor(c.deps, contextOf(user), session, { code });
    },
  },
  {
    name: 'auth/two-factor.ts#verifyTwoFactor',
    variant: 'the right code',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'admin', withTotp: true });
      const session = await sessionOf(c, user, false);
      const code = currentTotpCode(user.totpKey!, c.deps.now());
      return () => verifyTwoFactor(c.deps, contextOf(user), session, { code });
    },
  },
  {
    name: 'auth/passkeys.ts#reauthenticate',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'mentee' });
      const session = await sessionOf(c, user);
      return () => reauthenticate(c.deps, contextOf(user), session, { password: user.password });
    },
  },
  {
    name: 'auth/passkeys.ts#finishPasskeyRegistration',
    act: async (c) => {
      const user = await buildUser(c.deps, { role: 'mentor' });
      const session = await sessionOf(c, user);
      const begun = await beginPasskeyRegistration(c.deps, session);
      if (!begun.ok) throw new Error(begun.error.message);
      const credential = softAuthenticator().register(begun.value.options, passkeyOrigin);
      return () =>
        finishPasskeyRegistration(c.deps, contextOf(user), session, {
          challengeId: begun.value.challengeId,
          name: 'Telefoon',
          credential: credential as never,
        });
    },
  },
  {
    name: 'auth/passkeys.ts#removeMyPasskey',
    act: async (c) => {
      const { user, session, passkeyId } = await withPasskey(c, 'mentee');
      return () => removeMyPasskey(c.deps, contextOf(user), session, passkeyId);
    },
  },
  {
    name: 'auth/passkeys.ts#finishPasskeySecondFactor',
    act: async (c) => {
      const { user, authenticator } = await withPasskey(c, 'coach');
      const partial = await sessionOf(c, user, false);
      const begun = await beginPasskeySecondFactor(c.deps, partial);
      if (!begun.ok) throw new Error(begun.error.message);
      const credential = authenticator.assert(begun.value.options, passkeyOrigin);
      return () =>
        finishPasskeySecondFactor(c.deps, contextOf(user), partial, {
          challengeId: begun.value.challengeId,
          credential: credential as never,
        });
    },
  },
  {
    name: 'auth/passkeys.ts#finishPasskeySignIn',
    act: async (c) => {
      const { authenticator } = await withPasskey(c, 'mentee');
      const begun = await beginPasskeySignIn(c.deps);
      if (!begun.ok) throw new Error(begun.error.message);
      const credential = authenticator.assert(begun.value.options, passkeyOrigin);
      return () =>
        finishPasskeySignIn(c.deps, publicContext, {
          challengeId: begun.value.challengeId,
          credential: credential as never,
        });
    },
  },
];

/** The default PUBLIC_URL (http://127.0.0.1:3000) serves passkeys at localhost on the same port. */
const passkeyOrigin = 'http://localhost:3000';

/** An account with one passkey added the way the account page adds it. */
async function withPasskey(
  c: TestContext,
  role: 'mentee' | 'coach',
): Promise<{ user: BuiltUser; session: ValidSession; passkeyId: string; authenticator: SoftAuthenticator }> {
  const association = role === 'coach' ? await buildAssociation(c.deps) : null;
  const user = await buildUser(c.deps, {
    role,
    associationId: association?.id ?? null,
    withTotp: role === 'coach',
  });
  const session = await sessionOf(c, user);
  const authenticator = softAuthenticator();
  const begun = await beginPasskeyRegistration(c.deps, session);
  if (!begun.ok) throw new Error(begun.error.message);
  const added = await finishPasskeyRegistration(c.deps, contextOf(user), session, {
    challengeId: begun.value.challengeId,
    name: 'Telefoon',
    credential: authenticator.register(begun.value.options, passkeyOrigin) as never,
  });
  if (!added.ok) throw new Error(added.error.message);
  const fresh = await sessionOf(c, user);
  return { user, session: fresh, passkeyId: added.value.id, authenticator };
}
