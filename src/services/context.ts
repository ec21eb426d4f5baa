import type { Role } from '../contracts/common.js';
import type { Db } from '../db/client.js';
import type { PrivacyVersion } from '../domain/privacy/privacy-versions.js';
import type { Mailer } from './mail/mailer.js';
import type { AuditKeys } from './secrets/audit-keys.js';
import type { Keyring } from './secrets/keyring.js';

/**
 * The settings the use cases read. services/ owns this shape; app/config.ts parses the environment
 * into a superset of it.
 */
export interface ServiceSettings {
  /** The address in links of emails and calendar feeds, without a trailing slash. */
  publicUrl: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** The Chromium that turns documents (certificates, CVs) into PDF. */
  chromiumPath: string;
  /** A mentee ready to match for longer than this shows on the coach's to-do list. */
  readyWaitingDays: number;
  /** Where the daily job writes each day's audit events, one read-only file per day. */
  auditExportDir: string;
  /** The tombstones of erasures, outside the database: `mentor2work restore` re-applies them. */
  erasureLogFile: string;
  /** Until when ESF+ evidence of an erased participant is kept on hold; null: five years after this year. */
  esfHoldUntil: string | null;
  /**
   * Whether the daily retention job removes people's records (erasures, notes, uploads, old emails);
   * false until an admin has read the dry-run report. Sessions, throttles and claims go always.
   */
  retentionEnforced: boolean;
}

/** What every use case needs from the outside world, passed in (no globals, no container). */
export interface Deps {
  db: Db;
  config: ServiceSettings;
  mailer: Mailer;
  keyring: Keyring;
  /** The keys that seal the audit chain, read from a file outside the database. */
  auditKeys: AuditKeys;
  /** The clock; tests pass a fixed or moving one. */
  now: () => Date;
  /**
   * The privacy-text versions, when not the published list (services/privacy/privacy-texts.ts): a
   * test, or a rehearsal with PRIVACY_EXTRA_VERSIONS_FILE, adds a version without editing the list.
   */
  privacyVersions?: readonly PrivacyVersion[];
}

/** Who is acting. `null` for the public and for sign-in attempts. */
export interface Actor {
  id: string;
  role: Role;
  associationId: string | null;
  name: string;
}

/** The request a use case runs for: actor, request id and address for the audit log. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string | null;
  ip: string | null;
  userAgent?: string | null;
}

/** The context of the command line: acts as the system, audited as such. */
export const cliContext: RequestContext = { actor: null, requestId: 'cli', ip: null };
