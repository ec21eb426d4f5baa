import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  chainHead,
  countEventsAfter,
  eventsAfter,
  firstEventAt,
  firstUnsealedUpTo,
  insertSeals,
  linksAfter,
  lockChainForSealing,
  sealAt,
  sealedEventsBetween,
} from '../../db/queries/audit-seals.js';
import {
  type BrokenLink,
  type ChainHead,
  checkLinks,
  describeBrokenLink,
  genesis,
  sealEvents,
} from '../../domain/audit/audit-chain.js';
import { brusselsDay } from '../../domain/training/reminder-window.js';
import type { Deps } from '../context.js';
import { claimOnce } from '../jobs/claim-once.js';
import type { DailyJob } from '../jobs/daily-job.js';
import { inTransaction } from '../transaction.js';

const batchSize = 500;

/**
 * Seals the audit events not yet in the chain, in id order, under the current audit key. An event
 * younger than `settleMs` waits for the next run (on PostgreSQL a transaction that took a lower id may
 * not have committed yet), and so does every event after it. Safe on several servers at once.
 */
export async function sealAuditEvents(
  deps: Deps,
  options: { settleMs?: number } = {},
): Promise<{ sealed: number }> {
  const settleMs = options.settleMs ?? 60_000;
  let sealed = 0;
  for (;;) {
    const now = deps.now();
    const cutoff = now.getTime() - settleMs;
    const step = await inTransaction(deps, async (trx) => {
      await lockChainForSealing(trx, deps.db.engine);
      const head = (await chainHead(trx)) ?? genesis;
      const events = await eventsAfter(trx, head.eventId, batchSize);
      const settled = events.findIndex((e) => Date.parse(e.at) > cutoff);
      const ready = settled === -1 ? events : events.slice(0, settled);
      const seals = sealEvents(head, ready, deps.auditKeys.currentKeyId, deps.auditKeys.hmac);
      await insertSeals(trx, seals, now.toISOString());
      return { count: seals.length, more: settled === -1 && events.length === batchSize };
    });
    sealed += step.count;
    if (!step.more) return { sealed };
  }
}

export type AuditVerification =
  | { ok: true; links: number; unsealed: number; filesChecked: number }
  | { ok: false; links: number; problem: string; broken?: BrokenLink };

/**
 * Walks the whole chain from its first link: every seal follows the one before, every sealed event is
 * there and unchanged, no event was slipped in behind the chain, and each exported day file still
 * agrees with the database (so cutting the chain's end is seen too). Names the first broken link.
 */
export async function verifyAuditChain(
  deps: Deps,
  options: { exportDir?: string } = {},
): Promise<AuditVerification> {
  const db = deps.db.kysely;
  let head: ChainHead = genesis;
  for (;;) {
    const links = await linksAfter(db, head.seq, 1000);
    if (links.length === 0) break;
    const result = checkLinks(head, links, deps.auditKeys.hmac);
    if (!result.ok)
      return {
        ok: false,
        links: result.broken.seq - 1,
        problem: describeBrokenLink(result.broken),
        broken: result.broken,
      };
    head = result.head;
  }
  if (head.seq > 0) {
    const slipped = await firstUnsealedUpTo(db, head.eventId);
    if (slipped !== null)
      return {
        ok: false,
        links: head.seq,
        problem: `audit event ${slipped} is not in the chain, though later events are (it was added behind the chain's back)`,
      };
  }
  const files = await checkExportFiles(deps, options.exportDir ?? deps.config.auditExportDir, head);
  if (!files.ok) return { ok: false, links: head.seq, problem: files.problem };
  return {
    ok: true,
    links: head.seq,
    unsealed: await countEventsAfter(db, head.eventId),
    filesChecked: files.count,
  };
}

/** The closing line of a day's export file. */
const exportTrailer = z.object({
  day: z.string(),
  events: z.number().int(),
  lastSeq: z.number().int().nullable(),
  lastHash: z.string().nullable(),
});
type ExportTrailer = z.output<typeof exportTrailer>;

function readTrailer(line: string | undefined): ExportTrailer | null {
  try {
    const parsed = exportTrailer.safeParse(JSON.parse(line ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function exportFileName(day: string) {
  return `audit-${day}.jsonl`;
}

/** Each exported day's last link must still be in the chain with the same hash. */
async function checkExportFiles(
  deps: Deps,
  dir: string,
  head: ChainHead,
): Promise<{ ok: true; count: number } | { ok: false; problem: string }> {
  if (!fs.existsSync(dir)) return { ok: true, count: 0 };
  const names = fs
    .readdirSync(dir)
    .filter((n) => /^audit-\d{4}-\d{2}-\d{2}\.jsonl$/.test(n))
    .sort();
  for (const name of names) {
    const lines = fs.readFileSync(path.join(dir, name), 'utf8').trimEnd().split('\n');
    const trailer = readTrailer(lines.at(-1));
    if (trailer === null)
      return { ok: false, problem: `the export file ${name} has no closing line (it was cut or edited)` };
    if (trailer.lastSeq === null) continue;
    if (trailer.lastSeq > head.seq)
      return {
        ok: false,
        problem: `the export file ${name} holds link ${trailer.lastSeq}, but the chain ends at link ${head.seq} (its end was cut)`,
      };
    const seal = await sealAt(deps.db.kysely, trailer.lastSeq);
    if (!seal || seal.hash !== trailer.lastHash)
      return {
        ok: false,
        problem: `link ${trailer.lastSeq} differs from the export file ${name} (the chain was rewritten)`,
      };
  }
  return { ok: true, count: names.length };
}

/**
 * Writes one Brussels day's audit events, with their seals, to a read-only file outside the database
 * (`audit-YYYY-MM-DD.jsonl`; a closing line names the day's last link). Never overwrites a file.
 */
export async function exportAuditDay(deps: Deps, day: string, from: Date, to: Date, dir: string) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, exportFileName(day));
  const temp = `${file}.${process.pid}.partial`;
  const fd = fs.openSync(temp, 'w', 0o600);
  let events = 0;
  let last: { seq: number; hash: string } | null = null;
  try {
    let afterId = 0;
    for (;;) {
      const page = await sealedEventsBetween(
        deps.db.kysely,
        from.toISOString(),
        to.toISOString(),
        afterId,
        1000,
      );
      if (page.length === 0) break;
      for (const row of page) {
        fs.writeSync(fd, `${JSON.stringify(row)}\n`);
        events += 1;
        if (row.seal) last = { seq: row.seal.seq, hash: row.seal.hash };
        afterId = row.event.id;
      }
    }
    const trailer: ExportTrailer = { day, events, lastSeq: last?.seq ?? null, lastHash: last?.hash ?? null };
    fs.writeSync(fd, `${JSON.stringify(trailer)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.chmodSync(temp, 0o400);
  fs.linkSync(temp, file);
  fs.unlinkSync(temp);
  return { file, events };
}

/**
 * The daily audit job: seals what has settled, then exports every finished day (up to a year back)
 * that has no file yet, each day claimed once across servers.
 */
export async function runAuditExportJob(deps: Deps): Promise<{ sent: number }> {
  await sealAuditEvents(deps);
  const first = await firstEventAt(deps.db.kysely);
  if (first === null) return { sent: 0 };
  const firstDay = brusselsDay(new Date(first), 0).day;
  const dir = deps.config.auditExportDir;
  let exported = 0;
  for (let offset = -1; offset >= -366; offset -= 1) {
    const { day, from, to } = brusselsDay(deps.now(), offset);
    if (day < firstDay) break;
    if (fs.existsSync(path.join(dir, exportFileName(day)))) continue;
    const claimed = await inTransaction(deps, (trx) => claimOnce(trx, `audit-export:${day}`, deps.now()));
    if (!claimed) continue;
    await exportAuditDay(deps, day, from, to, dir);
    exported += 1;
  }
  return { sent: exported };
}

export const auditExportJob: DailyJob = { name: 'audit-export', run: runAuditExportJob };
