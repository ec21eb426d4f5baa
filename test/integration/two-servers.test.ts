import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyJobs } from '../../src/app/jobs.js';
import { connectDatabase } from '../../src/db/client.js';
import { insertOutboxEmail } from '../../src/db/queries/outbox-emails.js';
import { buildApp } from '../../src/server/app.js';
import { runDailyJobs } from '../../src/services/jobs/run-daily-jobs.js';
import { createMailer, type MailTransport } from '../../src/services/mail/mailer.js';
import { buildUser } from '../factories/accounts.js';
import { buildModule, buildParticipant, buildRegistration, buildSession } from '../factories/training.js';
import { call } from '../support/http.js';
import { engine, withTestContext } from '../support/test-context.js';

const t = withTestContext();

/**
 * Two servers on one PostgreSQL database (issue 15): each its own app and its own connection pool,
 * as two processes behind a proxy would be; the proxy's round robin is the alternation below.
 */
describe.skipIf(engine !== 'postgres')('two servers on one PostgreSQL database', () => {
  it('behave as one: sessions, sign-in throttling, rate limits, email sent once, a daily job run once', async () => {
    const { app: first, deps, databaseUrl } = t();
    const secondDb = connectDatabase({ engine: 'postgres', url: databaseUrl! });
    const secondDeps = { ...deps, db: secondDb };
    const second = await buildApp(secondDeps, {
      logger: false,
      webRoot: path.join(os.tmpdir(), 'm2w-no-web'),
    });
    await second.ready();
    const servers = [first, second];
    try {
      // A write on one is read on the other: the session the first made is valid on the second.
      const mentee = await buildUser(deps, { role: 'mentee' });
      const signedIn = await call(first, 'POST', '/api/auth/sign-in', {
        body: { email: mentee.email, password: mentee.password },
      });
      expect(signedIn.status).toBe(200);
      const session = signedIn.cookies.find((c) => c.name.endsWith('m2w_session'))!;
      const onSecond = await call(second, 'GET', '/api/auth/session', {
        cookie: `${session.name}=${session.value}`,
      });
      expect(onSecond.status).toBe(200);
      expect(onSecond.body?.user.id).toBe(mentee.id);

      // Sign-in throttling counts the guesses made through both servers: the seventh is refused.
      const target = await buildUser(deps, { role: 'mentor' });
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await call(servers[i % 2]!, 'POST', '/api/auth/sign-in', {
          body: { email: target.email, password: `guess-${i}-wrong` },
          headers: { 'x-forwarded-for': '203.0.113.9' },
        });
        statuses.push(r.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);

      // A route's rate limit (the calendar feed, 60 a minute) counts across both servers.
      const feed: number[] = [];
      for (let i = 0; i < 62; i++)
        feed.push((await call(servers[i % 2]!, 'GET', '/calendar/not-a-token.ics')).status);
      expect(feed.slice(0, 60).every((s) => s !== 429)).toBe(true);
      expect(feed.slice(60)).toEqual([429, 429]);

      // One queued email, both servers delivering at once: it goes out once.
      const sent: string[] = [];
      const transport: MailTransport = {
        async sendMail(message) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          sent.push(message.subject);
        },
      };
      await insertOutboxEmail(deps.db.kysely, {
        id: crypto.randomUUID(),
        to: 'iemand@example.be',
        subject: 'Eén keer',
        text: 'Hallo',
        attachments: [],
        status: 'queued',
        createdAt: deps.now().toISOString(),
      });
      const senders = [deps.db, secondDb].map((db) => ({
        db,
        mailer: createMailer({ smtpUrl: null, from: 'm2w@example.be', transport }),
      }));
      await Promise.all(senders.map((s) => s.mailer.deliverQueued(s.db, deps.now)));
      expect(sent).toEqual(['Eén keer']);

      // The daily jobs on both servers at the same moment: tomorrow's training reminder is sent once.
      const module = await buildModule(deps, { audience: 'mentor' });
      const session2 = await buildSession(deps, module.id, {
        startsAt: new Date(deps.now().getTime() + 30 * 3_600_000).toISOString(),
      });
      const mentor = await buildParticipant(deps, { kind: 'mentor', associationId: null });
      await buildRegistration(deps, session2.id, mentor.id, 'registered');
      const quiet = () => undefined;
      const [a, b] = await Promise.all([
        runDailyJobs(deps, dailyJobs, quiet),
        runDailyJobs(secondDeps, dailyJobs, quiet),
      ]);
      const reminders = [a, b].map((outcomes) => outcomes.find((o) => o.name === 'training-reminder'));
      expect(reminders.map((r) => (r?.ok ? r.sent : -1)).sort()).toEqual([0, 1]);
      const outbox = await deps.db.kysely
        .selectFrom('outbox_emails')
        .select('to_address')
        .where('to_address', '!=', 'iemand@example.be')
        .execute();
      expect(outbox).toHaveLength(1);
    } finally {
      await second.close();
      await secondDb.close();
    }
  });
});
