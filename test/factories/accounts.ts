import { randomUUID } from 'node:crypto';
import { encodeBase32UpperCaseNoPadding, encodeBase64 } from '@oslojs/encoding';
import type { Locale, Region, Role } from '../../src/contracts/base-vocabulary.js';
import { insertAssociation } from '../../src/db/queries/associations.js';
import { insertUser, type UserRow } from '../../src/db/queries/users.js';
import { associationNameKey } from '../../src/services/associations/manage-associations.js';
import { hashPassword } from '../../src/services/auth/passwords.js';
import { createSession } from '../../src/services/auth/sessions.js';
import type { Deps } from '../../src/services/context.js';

let sequence = 0;
const next = () => ++sequence;

export const defaultPassword = 'kalm-water-fietsbel-42';

/** An association with a unique name; override what the test cares about. */
export async function buildAssociation(
  deps: Deps,
  overrides: Partial<{ name: string; region: Region; city: string }> = {},
) {
  const n = next();
  const now = deps.now().toISOString();
  const name = overrides.name ?? `Vzw Samen Sterk ${n}`;
  const row = {
    id: randomUUID(),
    name,
    name_key: associationNameKey(name),
    region: overrides.region ?? 'VLG',
    city: overrides.city ?? 'Gent',
    contact_email: null,
    created_at: now,
    updated_at: now,
  };
  await insertAssociation(deps.db.kysely, row);
  return row;
}

export interface BuiltUser extends UserRow {
  password: string;
  /** The raw TOTP key when `withTotp` was asked. */
  totpKey: Uint8Array | null;
  totpSecret: string | null;
}

/** An account with a password (and optionally TOTP) stored exactly as the services store them. */
export async function buildUser(
  deps: Deps,
  overrides: Partial<{
    role: Role;
    associationId: string | null;
    email: string;
    name: string;
    password: string;
    withTotp: boolean;
    disabled: boolean;
    locale: Locale;
    phone: string | null;
  }> = {},
): Promise<BuiltUser> {
  const n = next();
  const role = overrides.role ?? 'admin';
  const password = overrides.password ?? defaultPassword;
  const now = deps.now().toISOString();
  let totpKey: Uint8Array | null = null;
  if (overrides.withTotp) {
    totpKey = new Uint8Array(20);
    crypto.getRandomValues(totpKey);
  }
  const row: UserRow = {
    id: randomUUID(),
    email: overrides.email ?? `person${n}.${randomUUID().slice(0, 6)}@example.be`,
    name: overrides.name ?? `Persoon ${n}`,
    role,
    association_id: overrides.associationId ?? null,
    password_hash: await hashPassword(password),
    locale: overrides.locale ?? 'nl',
    phone: overrides.phone ?? null,
    totp_key: totpKey ? deps.keyring.encrypt(encodeBase64(totpKey)) : null,
    totp_last_counter: null,
    passkey_count: 0,
    disabled_at: overrides.disabled ? now : null,
    created_at: now,
    updated_at: now,
  };
  await insertUser(deps.db.kysely, row);
  return { ...row, password, totpKey, totpSecret: totpKey ? encodeBase32UpperCaseNoPadding(totpKey) : null };
}

/** A fully signed-in session cookie for a user (second factor already verified). */
export async function sessionCookieFor(
  deps: Deps,
  user: { id: string },
  options: { twoFactorVerified?: boolean } = {},
) {
  const { token } = await createSession(
    deps.db.kysely,
    deps,
    { actor: null, requestId: 'test', ip: '127.0.0.1' },
    user.id,
    options.twoFactorVerified ?? true,
  );
  return `m2w_session=${token}`;
}
