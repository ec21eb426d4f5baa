import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealAuditEvents } from '../../src/services/audit/audit-chain.js';
import { recordAuditEvent } from '../../src/services/audit/record-audit-event.js';
import { cliContext } from '../../src/services/context.js';
import { createAuditKeys } from '../../src/services/secrets/audit-keys.js';
import { missingStoredKeys } from '../../src/services/secrets/check-stored-keys.js';
import { createKeyring } from '../../src/services/secrets/keyring.js';
import { buildUser } from '../factories/accounts.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const fresh = (id: string) => [{ id, key: randomBytes(32) }];

describe('the start-up check of stored secrets', () => {
  it("names the sealed values and audit links this server's keys cannot read", async () => {
    const { deps } = t();
    // An authenticator secret sealed with this server's key, and an audited change sealed into the chain.
    await buildUser(deps, { role: 'coach', withTotp: true });
    await buildUser(deps, { role: 'admin', withTotp: true });
    await recordAuditEvent(deps.db.kysely, cliContext, deps.now(), { action: 'keys.checked' });
    expect((await sealAuditEvents(deps, { settleMs: 0 })).sealed).toBeGreaterThan(0);
    expect(await missingStoredKeys(deps)).toEqual([]);

    // Another server's key files: it must not start.
    const problems = await missingStoredKeys({
      db: deps.db,
      keyring: createKeyring(fresh('other')),
      auditKeys: createAuditKeys(fresh('other')),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(
        `^2 value\\(s\\) in users\\.totp_key are sealed with encryption key "${deps.keyring.currentKeyId}"`,
      ),
    );
    expect(problems[1]).toContain(`audit key "${deps.auditKeys.currentKeyId}"`);
  });
});
