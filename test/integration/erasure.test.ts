import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/db/client.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { backupSqlite } from '../../src/services/backup/backup-sqlite.js';
import { cliContext } from '../../src/services/context.js';
import { endExpiredHolds, erasePerson, reapplyErasures } from '../../src/services/privacy/erase-person.js';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildCvContent } from '../factories/career.js';
import { buildPartnership } from '../factories/partnerships.js';
import { snapshotTables } from '../support/failing-audit.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

/**
 * The right to erasure (issue 14, item 2; docs/privacy.md): after it, nothing in the database (nor, on
 * SQLite, in its file and write-ahead log) names the person; the other side keeps the pair and its own
 * notes; ESF+ evidence stays on hold, hidden, until the hold ends; a restore re-applies the erasure.
 */
const t = withTestContext();
const day = 86_400_000;
type Ctx = ReturnType<typeof t>;
const daysAgo = (c: Ctx, days: number) => new Date(c.deps.now().getTime() - days * day).toISOString();

const name = { first: 'Zulaykha', last: 'Qaderi-Vantongeren' };
const phone = '+32470998877';

/** A pair whose mentee has a distinctive name and phone, meetings with notes on both sides and a CV. */
async function pairWithRecords(c: Ctx) {
  const pair = await buildPartnership(c.deps, { status: 'active', startedDaysAgo: 60 });
  await updatePerson(c.deps.db.kysely, pair.mentee.id, {
    first_name: name.first,
    last_name: name.last,
    phone,
  });
  const url = `/api/partnerships/${pair.id}/meetings/recorded`;
  const log = { durationMinutes: 60, topics: ['cv'] };
  const menteeMeeting = await call(c.app, 'POST', url, {
    cookie: pair.cookies.mentee,
    body: {
      startsAt: daysAgo(c, 20),
      ...log,
      sharedNotes: `${name.first} oefent haar pitch`,
      privateNote: `Notitie van ${name.first}`,
    },
  });
  expect(menteeMeeting.status).toBe(201);
  const mentorMeeting = await call(c.app, 'POST', url, {
    cookie: pair.cookies.mentor,
    body: {
      startsAt: daysAgo(c, 10),
      ...log,
      sharedNotes: 'Netwerk besproken',
      privateNote: 'Privé van de mentor',
    },
  });
  expect(mentorMeeting.status).toBe(201);
  const cv = await call(c.app, 'POST', `/api/mentees/${pair.mentee.id}/cv/versions`, {
    cookie: pair.cookies.mentee,
    body: {
      basedOn: null,
      content: buildCvContent({ profile: `${name.first} ${name.last}, verpleegkundige` }),
    },
  });
  expect(cv.status).toBe(201);
  const mentee = await c.deps.db.kysely
    .selectFrom('people')
    .select(['email'])
    .where('id', '=', pair.mentee.id)
    .executeTakeFirstOrThrow();
  return { pair, secrets: [name.first, name.last, phone, mentee.email, pair.menteeUser.email] };
}

async function end(c: Ctx, partnershipId: string) {
  await c.deps.db.kysely
    .updateTable('partnerships')
    .set({ status: 'completed', ended_at: c.deps.now().toISOString() })
    .where('id', '=', partnershipId)
    .execute();
}

async function adminCookie(c: Ctx) {
  return sessionCookieFor(c.deps, await buildUser(c.deps, { role: 'admin' }));
}

async function sqliteFile(c: Ctx): Promise<string> {
  const rows = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(c.deps.db.kysely);
  return rows.rows.find((r) => r.name === 'main')?.file ?? '';
}

describe('erasing a person', () => {
  it('removes them everywhere, keeps the other side whole, and leaves a tombstone', async () => {
    const c = t();
    const { pair, secrets } = await pairWithRecords(c);
    const admin = await adminCookie(c);
    const erasure = `/api/people/${pair.mentee.id}/erasure`;

    const running = await call(c.app, 'POST', erasure, {
      cookie: admin,
      body: { reason: 'Verzoek per e-mail, 2 december' },
    });
    expect(running.status).toBe(409);
    expect(running.body?.error.code).toBe('privacy.erasure_running_partnership');
    const noReason = await call(c.app, 'POST', erasure, { cookie: admin, body: { reason: ' ' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body?.error.details).toContainEqual(
      expect.objectContaining({
        path: ['body', 'reason'],
        message: 'Give why the person is erased (at least 3 characters).',
      }),
    );
    expect(
      (await call(c.app, 'POST', erasure, { cookie: pair.cookies.coach, body: { reason: 'Verzoek' } }))
        .status,
    ).toBe(403);

    await end(c, pair.id);
    const done = await call(c.app, 'POST', erasure, {
      cookie: admin,
      body: { reason: 'Verzoek per e-mail, 2 december' },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ personId: pair.mentee.id, held: null });
    expect(done.body?.erased).toMatchObject({
      people: 1,
      users: 1,
      cv_versions: 1,
      meeting_private_notes: 1,
      meetings: 1,
    });

    // Nothing in any table names the person any more (the audit log holds ids, never names).
    const everything = JSON.stringify(await snapshotTables(c.deps.db));
    for (const secret of secrets) expect(everything).not.toContain(secret);
    const audit = JSON.stringify(await c.deps.db.kysely.selectFrom('audit_events').selectAll().execute());
    for (const secret of secrets) expect(audit).not.toContain(secret);

    // On SQLite, neither the file's free pages nor the write-ahead log keep the old content.
    if (c.engine === 'sqlite') {
      const file = await sqliteFile(c);
      for (const part of [file, `${file}-wal`]) {
        if (!fs.existsSync(part)) continue;
        const bytes = fs.readFileSync(part);
        for (const secret of secrets)
          expect(bytes.indexOf(Buffer.from(secret, 'utf8')), `${secret} in ${part}`).toBe(-1);
      }
    }

    // The mentor keeps the pair, both meetings and their own notes.
    const meetings = await call(c.app, 'GET', `/api/partnerships/${pair.id}/meetings`, {
      cookie: pair.cookies.mentor,
    });
    expect(meetings.status).toBe(200);
    const notes = meetings.body?.items.map((m: { sharedNotes: string | null }) => m.sharedNotes);
    expect(notes).toHaveLength(2);
    expect(notes).toContain('Netwerk besproken');
    expect(notes).toContain(null);
    const own = await c.deps.db.kysely.selectFrom('meeting_private_notes').select('text').execute();
    expect(own).toEqual([{ text: 'Privé van de mentor' }]);

    // The person is gone from the coach's screens, and their account no longer signs in.
    expect(
      (await call(c.app, 'GET', `/api/people/${pair.mentee.id}`, { cookie: pair.cookies.coach })).status,
    ).toBe(404);
    const caseload = await call(c.app, 'GET', '/api/caseload?kind=mentee', { cookie: pair.cookies.coach });
    expect(caseload.body?.items.map((p: { id: string }) => p.id)).not.toContain(pair.mentee.id);
    expect((await call(c.app, 'GET', '/api/me/home', { cookie: pair.cookies.mentee })).status).toBe(401);

    // The tombstone: in the database and in the log outside it, without personal data.
    const tombstones = await c.deps.db.kysely.selectFrom('erasures').selectAll().execute();
    expect(tombstones).toEqual([expect.objectContaining({ person_id: pair.mentee.id, held_until: null })]);
    const log = fs.readFileSync(c.deps.config.erasureLogFile, 'utf8').trim().split('\n');
    expect(log.map((l) => JSON.parse(l).personId)).toEqual([pair.mentee.id]);
    const events = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', pair.mentee.id)
      .execute();
    expect(events.map((e) => e.action)).toContain('person.erased');

    const again = await call(c.app, 'POST', erasure, { cookie: admin, body: { reason: 'Nog eens' } });
    expect(again.body?.error.code).toBe('privacy.already_erased');
  });

  it("keeps a participant's ESF+ evidence on hold, hidden, and erases it when the hold ends", async () => {
    const c = t();
    const { pair } = await pairWithRecords(c);
    await end(c, pair.id);
    await updatePerson(c.deps.db.kysely, pair.mentee.id, {
      status: 'completed',
      date_of_birth: '1990-04-12',
    });
    await c.deps.db.kysely
      .insertInto('participant_facts')
      .values({
        person_id: pair.mentee.id,
        gender: 'woman',
        labour_market_status: 'unemployed',
        long_term_unemployed: 1,
        education: 'isced_5_8',
        entry_date: '2026-05-01',
        exit_date: '2026-10-30',
        updated_at: c.deps.now().toISOString(),
      })
      .execute();
    const result = await erasePerson(c.deps, cliContext, {
      personId: pair.mentee.id,
      reason: 'Verzoek aan de balie',
    });
    expect(result).toMatchObject({ ok: true, value: { held: { until: '2031-12-31' } } });

    const kept = await c.deps.db.kysely.selectFrom('participant_facts').select('gender').execute();
    expect(kept).toEqual([{ gender: 'woman' }]);
    const stub = await c.deps.db.kysely
      .selectFrom('people')
      .selectAll()
      .where('id', '=', pair.mentee.id)
      .executeTakeFirstOrThrow();
    expect(stub).toMatchObject({
      first_name: '',
      last_name: '',
      phone: null,
      date_of_birth: '1990-04-12',
      held_until: '2031-12-31',
    });
    // Hidden from every screen while held.
    const admin = await adminCookie(c);
    expect((await call(c.app, 'GET', `/api/people/${pair.mentee.id}`, { cookie: admin })).status).toBe(404);
    expect(
      (await call(c.app, 'GET', `/api/people/${pair.mentee.id}/participant-facts`, { cookie: admin })).status,
    ).toBe(404);

    expect(await endExpiredHolds(c.deps)).toEqual({ sent: 0 });
    c.clock.set('2032-01-01T10:00:00.000Z');
    const [first, second] = await Promise.all([endExpiredHolds(c.deps), endExpiredHolds(c.deps)]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(1);
    expect(await endExpiredHolds(c.deps)).toEqual({ sent: 0 });
    expect(await c.deps.db.kysely.selectFrom('participant_facts').selectAll().execute()).toEqual([]);
    const after = await c.deps.db.kysely
      .selectFrom('people')
      .select(['date_of_birth', 'held_until'])
      .where('id', '=', pair.mentee.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ date_of_birth: null, held_until: null });
  });

  it('is re-applied after a restore from a backup taken before it', async () => {
    const c = t();
    if (c.engine !== 'sqlite') return;
    const { pair, secrets } = await pairWithRecords(c);
    await end(c, pair.id);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-erasure-restore-'));
    try {
      const backup = path.join(dir, 'before.sqlite');
      await backupSqlite(await sqliteFile(c), backup);
      expect(
        (await erasePerson(c.deps, cliContext, { personId: pair.mentee.id, reason: 'Verzoek' })).ok,
      ).toBe(true);

      const restored = connectDatabase({ engine: 'sqlite', file: backup });
      try {
        const deps = { ...c.deps, db: restored };
        const back = await restored.kysely
          .selectFrom('people')
          .select('first_name')
          .where('id', '=', pair.mentee.id)
          .executeTakeFirstOrThrow();
        expect(back.first_name).toBe(name.first);
        expect(await reapplyErasures(deps)).toEqual({ reapplied: 1, skipped: 0 });
        const everything = JSON.stringify(await snapshotTables(restored));
        for (const secret of secrets) expect(everything).not.toContain(secret);
        expect(await reapplyErasures(deps)).toEqual({ reapplied: 0, skipped: 1 });
      } finally {
        await restored.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
