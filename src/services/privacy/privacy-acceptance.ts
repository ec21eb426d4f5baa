import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isOneOf, locales } from '../../contracts/base-vocabulary.js';
import type { Locale, Role } from '../../contracts/common.js';
import type { PrivacyAcceptanceStatus, PrivacyUpdate } from '../../contracts/privacy.js';
import {
  insertPrivacyAcceptance,
  listAcceptedPrivacyVersions,
} from '../../db/queries/privacy-acceptances.js';
import type { Database } from '../../db/schema.js';
import {
  changesSinceAccepted,
  isAskedToAcceptPrivacy,
  needsPrivacyAcceptance,
} from '../../domain/privacy/privacy-versions.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { currentPrivacyVersionOf, privacyVersionsOf } from './privacy-texts.js';

interface Account {
  id: string;
  role: Role;
}

async function load(db: Kysely<Database>, deps: Deps, account: Account) {
  const history = await listAcceptedPrivacyVersions(db, account.id);
  const current = currentPrivacyVersionOf(deps);
  const acceptedVersions = history.map((h) => h.version);
  const required = needsPrivacyAcceptance({
    role: account.role,
    acceptedVersions,
    currentVersion: current.id,
  });
  return { history, current, acceptedVersions, required };
}

/**
 * Whether a signed-in person must first read and accept the current privacy text: for the session
 * answer and for the request guard, which refuses other signed-in routes until then.
 */
export async function privacyAcceptanceOf(deps: Deps, account: Account): Promise<PrivacyAcceptanceStatus> {
  // Staff are never asked: no read on each of their requests.
  if (!isAskedToAcceptPrivacy(account.role))
    return { required: false, currentVersion: currentPrivacyVersionOf(deps).id };
  const { required, current } = await load(deps.db.kysely, deps, account);
  return { required, currentVersion: current.id };
}

/** The update page: the text in force in one language, what changed since the last acceptance, the history. */
export async function getPrivacyUpdate(deps: Deps, account: Account, locale: Locale): Promise<PrivacyUpdate> {
  const { history, current, acceptedVersions, required } = await load(deps.db.kysely, deps, account);
  return {
    required,
    version: current.id,
    inForce: current.inForce,
    locale,
    title: current.texts[locale].title,
    paragraphs: [...current.texts[locale].paragraphs],
    changes: changesSinceAccepted(privacyVersionsOf(deps), acceptedVersions, current).map((v) => ({
      version: v.id,
      inForce: v.inForce,
      summary: v.changes?.[locale] ?? '',
    })),
    history: history.map((h) => ({
      version: h.version,
      locale: isOneOf(locales, h.locale) ? h.locale : 'nl',
      acceptedAt: h.acceptedAt,
      via: h.via,
    })),
  };
}

/**
 * "I have read and accept": stores the version read and its language, and audits it, in one
 * transaction. Only the version in force can be accepted (a page left open over a new release reads
 * the new one first); accepting it again changes nothing.
 */
export async function acceptPrivacyVersion(
  deps: Deps,
  ctx: RequestContext,
  account: Account,
  input: { version: string; locale: Locale },
): Promise<Result<PrivacyAcceptanceStatus>> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const { current, acceptedVersions } = await load(trx, deps, account);
    if (input.version !== current.id)
      return fail('privacy.version_outdated', 'The privacy text has changed; read the new version first.');
    const added =
      !acceptedVersions.includes(current.id) &&
      (await insertPrivacyAcceptance(trx, {
        id: randomUUID(),
        userId: account.id,
        version: current.id,
        locale: input.locale,
        acceptedAt: now.toISOString(),
      }));
    if (added) {
      await recordAuditEvent(trx, ctx, now, {
        action: 'privacy.accepted',
        subjectType: 'user',
        subjectId: account.id,
        details: { version: current.id, locale: input.locale },
      });
    }
    return ok({ required: false, currentVersion: current.id });
  });
}
