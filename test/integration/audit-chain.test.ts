import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  runAuditExportJob,
  sealAuditEvents,
  verifyAuditChain,
} from '../../src/services/audit/audit-chain.js';
import { recordAuditEvent } from '../../src/services/audit/record-audit-event.js';
import type { Deps } from '../../src/services/context.js';
import { createAuditKeys } from '../../src/services/secrets/audit-keys.js';
import { withTestContext } from '../support/test-context.js';

/**
 * The tamper-evident audit chain (issue 14, item 6; docs/decisions/011-audit-chain.md) on both engines:
 * sealing, verifying, what a change behind the platform's back looks like, the daily export files
 * and key rotation.
 */
const t = withTestContext();

const ctx = { actor: null, requestId: 'test', ip: '192.0.2.1' };

async function record(deps: Deps, n: number, action = 'person.read') {
  for (let i = 0; i < n; i += 1)
    await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
      action,
      subjectType: 'person',
      subjectId: `person-${i}`,
      details: { field: 'phone', i },
    });
}

async function eventIds(deps: Deps) {
  const rows = await deps.db.kysely.selectFrom('audit_events').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** What someone with write access to the database could do: lift the append-only guard first. */
async function behindTheBack(deps: Deps, statement: string) {
  const k = deps.db.kysely;
  if (deps.db.engine === 'sqlite') {
    await sql.raw('DROP TRIGGER IF EXISTS audit_events_no_update').execute(k);
    await sql.raw('DROP TRIGGER IF EXISTS audit_events_no_delete').execute(k);
    await sql.raw('DROP TRIGGER IF EXISTS audit_seals_no_delete').execute(k);
  } else {
    await sql.raw('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change').execute(k);
    await sql.raw('ALTER TABLE audit_seals DISABLE TRIGGER audit_seals_no_change').execute(k);
  }
  await sql.raw(statement).execute(k);
}

describe('the audit chain', () => {
  it('seals every event once, in order, and verifies an untouched chain', async () => {
    const { deps } = t();
    await record(deps, 12);
    const before = (await verifyAuditChain(deps)) as { ok: true; unsealed: number };
    expect(before).toMatchObject({ ok: true, links: 0 });
    expect(before.unsealed).toBeGreaterThanOrEqual(12);

    const { sealed } = await sealAuditEvents(deps, { settleMs: 0 });
    const total = (await eventIds(deps)).length;
    expect(sealed).toBe(total);
    expect(await sealAuditEvents(deps, { settleMs: 0 })).toEqual({ sealed: 0 });
    expect(await verifyAuditChain(deps)).toEqual({ ok: true, links: total, unsealed: 0, filesChecked: 0 });

    await record(deps, 3);
    expect(await verifyAuditChain(deps)).toEqual({ ok: true, links: total, unsealed: 3, filesChecked: 0 });
    await sealAuditEvents(deps, { settleMs: 0 });
    expect(await verifyAuditChain(deps)).toMatchObject({ ok: true, links: total + 3, unsealed: 0 });
  });

  it('leaves events younger than the settling time, and those after them, for the next run', async () => {
    const { deps, clock } = t();
    await record(deps, 2);
    clock.advance(30_000);
    await record(deps, 1);
    clock.advance(1_000);
    const ids = await eventIds(deps);
    expect(await sealAuditEvents(deps, { settleMs: 10_000 })).toEqual({ sealed: ids.length - 1 });
    clock.advance(10_000);
    expect(await sealAuditEvents(deps, { settleMs: 10_000 })).toEqual({ sealed: 1 });
  });

  it('stays one chain when several servers seal at the same time', async () => {
    const { deps } = t();
    await record(deps, 40);
    // Each sealer waits for the one before it: none of them fails, and no link is written twice.
    const results = await Promise.all([
      sealAuditEvents(deps, { settleMs: 0 }),
      sealAuditEvents(deps, { settleMs: 0 }),
      sealAuditEvents(deps, { settleMs: 0 }),
    ]);
    const sealed = results.map((r) => r.sealed);
    const total = (await eventIds(deps)).length;
    expect(sealed.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await verifyAuditChain(deps)).toMatchObject({ ok: true, links: total, unsealed: 0 });
  });

  it('names the first altered event', async () => {
    const { deps } = t();
    await record(deps, 6);
    await sealAuditEvents(deps, { settleMs: 0 });
    const ids = await eventIds(deps);
    const victim = ids[3];
    await behindTheBack(deps, `UPDATE audit_events SET details = '{"field":"email"}' WHERE id = ${victim}`);
    const result = await verifyAuditChain(deps);
    expect(result).toMatchObject({ ok: false, links: 3, broken: { kind: 'event_altered', eventId: victim } });
    if (result.ok) throw new Error('unreachable');
    expect(result.problem).toBe(
      `link 4: audit event ${victim} was altered (its columns no longer match its seal)`,
    );
  });

  it('names a deleted event, and a deleted event with its seal', async () => {
    const { deps } = t();
    await record(deps, 5);
    await sealAuditEvents(deps, { settleMs: 0 });
    const ids = await eventIds(deps);
    await behindTheBack(deps, `DELETE FROM audit_seals WHERE event_id = ${ids[2]}`);
    await behindTheBack(deps, `DELETE FROM audit_events WHERE id = ${ids[2]}`);
    expect(await verifyAuditChain(deps)).toMatchObject({
      ok: false,
      broken: { kind: 'seal_missing', seq: 4, eventId: ids[3] },
    });
  });

  it('names an event added behind the chain', async () => {
    const { deps } = t();
    await record(deps, 2);
    await sealAuditEvents(deps, { settleMs: 0 });
    const ids = await eventIds(deps);
    const last = ids.at(-1) ?? 0;
    // A row given an id inside the sealed range, as an insert with an explicit id could.
    await deps.db.kysely
      .insertInto('audit_events')
      .values({ id: last + 1000, at: deps.now().toISOString(), action: 'x', outcome: 'success' })
      .execute();
    await sealAuditEvents(deps, { settleMs: 0 });
    await deps.db.kysely
      .insertInto('audit_events')
      .values({ id: last + 500, at: deps.now().toISOString(), action: 'person.read', outcome: 'success' })
      .execute();
    const result = await verifyAuditChain(deps);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) throw new Error('unreachable');
    expect(result.problem).toBe(
      `audit event ${last + 500} is not in the chain, though later events are (it was added behind the chain's back)`,
    );
  });

  it('exports each finished day once to a read-only file, and sees a cut end of the chain through it', async () => {
    const { deps, clock } = t();
    clock.set('2026-11-30T10:00:00.000Z');
    await record(deps, 3);
    clock.set('2026-12-01T10:00:00.000Z');
    await record(deps, 2);
    clock.set('2026-12-02T08:00:00.000Z');
    expect(await runAuditExportJob(deps)).toEqual({ sent: 2 });
    expect(await runAuditExportJob(deps)).toEqual({ sent: 0 });

    const dir = deps.config.auditExportDir;
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['audit-2026-11-30.jsonl', 'audit-2026-12-01.jsonl']);
    const file = path.join(dir, 'audit-2026-12-01.jsonl');
    expect(fs.statSync(file).mode & 0o777).toBe(0o400);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const trailer = JSON.parse(lines[2] ?? '');
    expect(trailer).toMatchObject({ day: '2026-12-01', events: 2 });
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      event: { action: 'person.read' },
      seal: { keyId: 'test' },
    });
    expect(await verifyAuditChain(deps)).toMatchObject({ ok: true, filesChecked: 2 });

    // Cutting the chain's end (its last events and seals) is invisible in the database alone.
    const ids = await eventIds(deps);
    const tail = ids.slice(-2).join(',');
    await behindTheBack(deps, `DELETE FROM audit_seals WHERE event_id IN (${tail})`);
    await behindTheBack(deps, `DELETE FROM audit_events WHERE id IN (${tail})`);
    const result = await verifyAuditChain(deps);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) throw new Error('unreachable');
    expect(result.problem).toMatch(
      /^the export file audit-2026-12-01\.jsonl holds link \d+, but the chain ends at link \d+/,
    );
  });

  it('checks links of an older key after a rotation, and fails when that key is gone', async () => {
    const { deps } = t();
    await record(deps, 2);
    await sealAuditEvents(deps, { settleMs: 0 });
    const oldKey = { id: 'test', key: Buffer.alloc(32, 9) };
    const newKey = { id: 'k2', key: Buffer.alloc(32, 10) };
    const rotated = { ...deps, auditKeys: createAuditKeys([oldKey, newKey]) };
    await record(rotated, 2);
    await sealAuditEvents(rotated, { settleMs: 0 });
    const keys = await deps.db.kysely.selectFrom('audit_seals').select('key_id').orderBy('seq').execute();
    expect(new Set(keys.map((k) => k.key_id))).toEqual(new Set(['test', 'k2']));
    expect(await verifyAuditChain(rotated)).toMatchObject({ ok: true, unsealed: 0 });
    expect(await verifyAuditChain({ ...deps, auditKeys: createAuditKeys([newKey]) })).toMatchObject({
      ok: false,
      broken: { kind: 'unknown_key', keyId: 'test' },
    });
  });
});
