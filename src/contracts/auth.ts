import { z } from 'zod';
import { emailSchema, localeSchema, pageOf, pageQuerySchema, roleSchema } from './common.js';
import { phoneSchema } from './people.js';
import { privacyAcceptanceStatus } from './privacy.js';

export const passwordSchema = z.string().min(1).max(256);

export const signInRequest = z.strictObject({ email: emailSchema, password: passwordSchema });

/** The signed-in person as the web app sees them. */
export const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  associationId: z.string().nullable(),
  associationName: z.string().nullable(),
  locale: localeSchema,
  /** Staff: the phone number their participants see (optional). */
  phone: z.string().nullable(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/**
 * After a correct password the session may still need a second factor:
 * `two_factor_required` (enrolled: enter a code) or `two_factor_setup_required`
 * (the role requires TOTP and none is set up yet).
 */
export const sessionStateSchema = z.enum(['signed_in', 'two_factor_required', 'two_factor_setup_required']);
export type SessionState = z.infer<typeof sessionStateSchema>;

export const sessionResponse = z.object({
  state: sessionStateSchema,
  user: currentUserSchema,
  twoFactor: z.object({
    /** An authenticator app or a passkey is set up. */
    enrolled: z.boolean(),
    required: z.boolean(),
    totp: z.boolean(),
    passkeys: z.number().int(),
  }),
  expiresAt: z.string(),
  /**
   * Whether the current privacy text must be accepted before anything else (docs/privacy.md, "Consent
   * over time"). Always in `GET /api/auth/session`; the sign-in answers leave it out, and the web app
   * reads the session after signing in.
   */
  privacyAcceptance: privacyAcceptanceStatus.optional(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

/**
 * `GET /api/auth/session`: being signed out is an answer, not an error (a visitor's public page
 * would otherwise log a failed request on every view). A session that ended or expired reads the same.
 */
export const sessionCheckResponse = z.discriminatedUnion('signedIn', [
  sessionResponse.extend({ signedIn: z.literal(true), privacyAcceptance: privacyAcceptanceStatus }),
  z.object({ signedIn: z.literal(false) }),
]);
export type SessionCheckResponse = z.infer<typeof sessionCheckResponse>;

export const twoFactorSetupResponse = z.object({
  /** Base32 secret to type into an authenticator app. */
  secret: z.string(),
  /** otpauth:// URI for a QR code. */
  uri: z.string(),
});

export const twoFactorCodeSchema = z.string().regex(/^\d{6}$/, 'six digits');

export const twoFactorEnableRequest = z.strictObject({
  secret: z.string().min(16).max(64),
  code: twoFactorCodeSchema,
});
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });

export const twoFactorVerifyRequest = z.union([
  z.strictObject({ code: twoFactorCodeSchema }),
  z.strictObject({ recoveryCode: z.string().min(8).max(40) }),
]);

export const tokenRequest = z.strictObject({ token: z.string().min(16).max(128) });

export const invitationInfoResponse = z.object({
  email: z.string().nullable(),
  role: roleSchema,
  associationName: z.string().nullable(),
  expiresAt: z.string(),
});

export const nameSchema = z.string().trim().min(1).max(120);

export const acceptInvitationRequest = z.strictObject({
  token: z.string().min(16).max(128),
  name: nameSchema,
  /** Only for the first-administrator link, which carries no email. */
  email: emailSchema.optional(),
  password: passwordSchema,
  locale: localeSchema.optional(),
});

export const passwordResetRequest = z.strictObject({ email: emailSchema });
export const passwordResetComplete = z.strictObject({
  token: z.string().min(16).max(128),
  password: passwordSchema,
});
export const changePasswordRequest = z.strictObject({
  currentPassword: passwordSchema,
  newPassword: passwordSchema,
});
export const setLocaleRequest = z.strictObject({ locale: localeSchema });
/** A staff member's phone number for their participants; null removes it. */
export const setPhoneRequest = z.strictObject({ phone: phoneSchema.nullable() });

/** The kinds of device a session is told by (Bowser's platform types). */
export const deviceKinds = ['mobile', 'tablet', 'desktop'] as const;
export type DeviceKind = (typeof deviceKinds)[number];

/** What a person needs to recognise one of their sessions: the browser, the system, the kind of device. */
export const deviceSummarySchema = z.object({
  browser: z.string().nullable(),
  os: z.string().nullable(),
  kind: z.enum(deviceKinds).nullable(),
});
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;

/** One of my sessions on the account page; `id` is a reference, not the stored key. */
export const mySessionSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  device: deviceSummarySchema,
  /** The network range it came from ("81.82.83.0/24"), never the full address. */
  network: z.string().nullable(),
});
export type MySession = z.infer<typeof mySessionSchema>;
export const mySessionsResponse = pageOf(mySessionSchema);
export const sessionReferenceParams = z.strictObject({ sessionId: z.string().regex(/^[0-9a-f]{32}$/) });
export const mySessionsQuery = pageQuerySchema;
export const sessionsEndedResponse = z.object({ ended: z.number().int() });

/** Whether passkeys work here, and at which address (WebAuthn binds them to a domain, never an IP). */
export const passkeySettingsResponse = z.object({
  available: z.boolean(),
  rpId: z.string().nullable(),
  origin: z.string().nullable(),
});

/** A ceremony's options for the browser (WebAuthn JSON), and the id of its single-use challenge. */
export const webauthnOptionsResponse = z.object({
  challengeId: z.string(),
  options: z.record(z.string(), z.unknown()),
});

/**
 * A credential as the browser's `PublicKeyCredential.toJSON()` (or @simplewebauthn/browser) gives it.
 * Loose on purpose: browsers add members as WebAuthn grows; @simplewebauthn/server verifies the rest.
 */
export const webauthnCredentialSchema = z.looseObject({
  id: z.string().min(1).max(1400),
  rawId: z.string().min(1).max(1400),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().min(1).max(16_384) }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.string().max(40).optional(),
});

export const passkeyNameSchema = z.string().trim().min(1).max(60);

export const passkeyRegisterRequest = z.strictObject({
  challengeId: z.uuid(),
  name: passkeyNameSchema,
  credential: webauthnCredentialSchema,
});

export const passkeyAssertRequest = z.strictObject({
  challengeId: z.uuid(),
  credential: webauthnCredentialSchema,
});

export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** Synced between devices by the person's password manager or phone account. */
  synced: z.boolean(),
});
export type Passkey = z.infer<typeof passkeySchema>;
export const passkeysResponse = pageOf(passkeySchema);
export const passkeysQuery = pageQuerySchema;
export const passkeyParams = z.strictObject({ passkeyId: z.uuid() });
export const passkeyRemovedResponse = z.object({ removed: z.number().int() });

/** Proving again that it is you before a sign-in method changes. */
export const reauthenticateRequest = z.strictObject({ password: passwordSchema });
export const reauthenticatedResponse = z.object({ until: z.string() });
