import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../src/db/queries/people.js';
import { RETENTION_RULES } from '../../src/domain/privacy/retention.js';
import { cliContext } from '../../src/services/context.js';
import { applyRetention, retentionReport } from '../../src/services/privacy/retention.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildCvContent } from '../factories/career.js';
import { buildPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { type TestContext, withTestContext } from '../support/test-context.js';

/**
 * Retention (issue 14, item 3; docs/privacy.md): the dry-run report counts, per data class, what is
 * past its period; the daily job removes exactly that (a record at the cutoff stays), people's records
 * only with RETENTION_ENFORCE=true, and a second run, or two at once, removes nothing more.
 */
const day = 86_400_000;
const ago = (c: TestContext, days: number) => new Date(c.deps.now().getTime() - days * day).toISOString();
const period = (dataClass: string) => RETENTION_RULES.find((r) => r.dataClass === dataClass)?.days ?? NaN;

/** One record of each class just past its period, and one exactly at the cutoff, which must stay. */
async function expiredAndBoundary(c: TestContext) {
  const db = c.deps.db.kysely;
  const association = await buildAssociation(c.deps);
  const person = async (status: 'applied' | 'ineligible' | 'completed', days: number) => {
    const p = await buildPerson(c.deps, { kind: 'mentee', associationId: association.id, status });
    await updatePerson(db, p.id, { status_changed_at: ago(c, days) });
    return p.id;
  };
  const notTakenUp = period('applications-not-taken-up');
  const people = {
    applicantPast: await person('applied', notTakenUp + 1),
    applicantAtCutoff: await person('applied', notTakenUp),
    ineligiblePast: await person('ineligible', period('ineligible-applicants') + 1),
    finishedPast: await person('completed', period('ended-partnerships') + 1),
  };

  // A pair whose partnership ended two years and a day ago: its notes go, the meetings stay.
  const pair = await buildPartnership(c.deps, { status: 'active', startedDaysAgo: 60 });
  const meeting = await call(c.app, 'POST', `/api/partnerships/${pair.id}/meetings/recorded`, {
    cookie: pair.cookies.mentee,
    body: {
      startsAt: ago(c, 20),
      durationMinutes: 60,
      topics: ['cv'],
      sharedNotes: 'Pitch geoefend',
      privateNote: 'Mijn eigen notitie',
    },
  });
  expect(meeting.status).toBe(201);
  const cv = await call(c.app, 'POST', `/api/mentees/${pair.mentee.id}/cv/versions`, {
    cookie: pair.cookies.mentee,
    body: { basedOn: null, content: buildCvContent({ profile: 'Verpleegkundige' }) },
  });
  expect(cv.status).toBe(201);
  await db
    .insertInto('cv_attachments')
    .values({
      id: randomUUID(),
      person_id: pair.mentee.id,
      cv_version_id: String(cv.body?.id),
      file_name: 'diploma.pdf',
      content_type: 'application/pdf',
      size: 4,
      data: new Uint8Array([37, 80, 68, 70]),
      uploaded_by: pair.menteeUser.id,
      uploaded_at: ago(c, 400),
    })
    .execute();
  await db
    .updateTable('partnerships')
    .set({ status: 'completed', ended_at: ago(c, period('meeting-notes') + 1) })
    .where('id', '=', pair.id)
    .execute();
  await updatePerson(db, pair.mentee.id, {
    status: 'completed',
    status_changed_at: ago(c, period('uploads') + 1),
  });

  // Sessions, throttles, claims and emails.
  const user = await buildUser(c.deps, { role: 'coach', associationId: association.id });
  await sessionCookieFor(c.deps, user);
  await sessionCookieFor(c.deps, user);
  await db
    .updateTable('sessions')
    .set({ expires_at: ago(c, 1) })
    .where('user_id', '=', user.id)
    .execute();
  await db
    .insertInto('sign_in_throttles')
    .values([
      { key: 'old', failures: 3, last_failure_at: ago(c, 2), blocked_until: null },
      { key: 'recent', failures: 3, last_failure_at: ago(c, 0.5), blocked_until: null },
    ])
    .execute();
  await db
    .insertInto('job_claims')
    .values([
      { key: 'old-claim', claimed_at: ago(c, period('job-claims') + 1) },
      { key: 'boundary-claim', claimed_at: ago(c, period('job-claims')) },
    ])
    .execute();
  const email = (status: 'sent' | 'queued', days: number) => ({
    id: randomUUID(),
    to_address: 'iemand@example.be',
    subject: 'Herinnering',
    text_body: 'Tekst',
    status,
    error: null,
    created_at: ago(c, days),
    sent_at: status === 'sent' ? ago(c, days) : null,
    attachments: null,
  });
  await db
    .insertInto('outbox_emails')
    .values([email('sent', period('outbox-emails') + 1), email('queued', 400)])
    .execute();
  return { people, pair };
}

const line = (report: { lines: { dataClass: string; due: number; removed: number }[] }, k: string) =>
  report.lines.find((l) => l.dataClass === k);

describe('the retention job, before an admin enforces it', () => {
  const t = withTestContext();

  it('reports what is due, removes only sessions, throttles and claims, and leaves people whole', async () => {
    const c = t();
    const { people } = await expiredAndBoundary(c);
    const report = await retentionReport(c.deps, cliContext);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.value).toMatchObject({ dryRun: true, enforced: false });
    const due = Object.fromEntries(report.value.lines.map((l) => [l.dataClass, l.due]));
    expect(due).toMatchObject({
      'applications-not-taken-up': 1,
      'ineligible-applicants': 1,
      'ended-partnerships': 1,
      'meeting-notes': 2,
      uploads: 1,
      'outbox-emails': 1,
      sessions: 2,
      'sign-in-throttles': 1,
      'job-claims': 1,
    });

    const run = await applyRetention(c.deps);
    expect(line(run, 'sessions')).toMatchObject({ removed: 2, due: 0 });
    expect(line(run, 'sign-in-throttles')).toMatchObject({ removed: 1, due: 0 });
    expect(line(run, 'job-claims')).toMatchObject({ removed: 1, due: 0 });
    expect(line(run, 'applications-not-taken-up')).toMatchObject({
      removed: 0,
      due: 1,
      note: 'waits for RETENTION_ENFORCE=true',
    });
    expect(line(run, 'meeting-notes')).toMatchObject({ removed: 0, due: 2 });
    const erased = await c.deps.db.kysely
      .selectFrom('people')
      .select('id')
      .where('erased_at', 'is not', null)
      .execute();
    expect(erased).toEqual([]);
    expect(people.applicantPast).toBeTruthy();
  });

  it('shows the dry run to an admin only', async () => {
    const c = t();
    const admin = await sessionCookieFor(c.deps, await buildUser(c.deps, { role: 'admin' }));
    const association = await buildAssociation(c.deps);
    const coach = await sessionCookieFor(
      c.deps,
      await buildUser(c.deps, { role: 'coach', associationId: association.id }),
    );
    const seen = await call(c.app, 'GET', '/api/admin/retention', { cookie: admin });
    expect(seen.status).toBe(200);
    expect(seen.body?.lines).toHaveLength(RETENTION_RULES.length);
    expect((await call(c.app, 'GET', '/api/admin/retention', { cookie: coach })).status).toBe(403);
  });
});

describe('the retention job, enforced', () => {
  const t = withTestContext({ RETENTION_ENFORCE: 'true' });

  it('removes exactly what passed its period, audited, and nothing more when run again or twice at once', async () => {
    const c = t();
    const { people, pair } = await expiredAndBoundary(c);
    const db = c.deps.db.kysely;

    const [first, second] = await Promise.all([applyRetention(c.deps), applyRetention(c.deps)]);
    const removed = (k: string) => (line(first, k)?.removed ?? 0) + (line(second, k)?.removed ?? 0);
    expect(removed('applications-not-taken-up')).toBe(1);
    expect(removed('ineligible-applicants')).toBe(1);
    // The finished person past five years, and the mentee of the old pair is not yet: one.
    expect(removed('ended-partnerships')).toBe(1);
    expect(removed('meeting-notes')).toBe(2);
    expect(removed('uploads')).toBe(1);
    expect(removed('outbox-emails')).toBe(1);
    expect(removed('sessions')).toBe(2);

    const erased = await db
      .selectFrom('people')
      .select('id')
      .where('erased_at', 'is not', null)
      .orderBy('id')
      .execute();
    expect(erased.map((r) => r.id)).toEqual(
      [people.applicantPast, people.ineligiblePast, people.finishedPast].sort(),
    );
    const atCutoff = await db
      .selectFrom('people')
      .select(['erased_at', 'first_name'])
      .where('id', '=', people.applicantAtCutoff)
      .executeTakeFirstOrThrow();
    expect(atCutoff.erased_at).toBeNull();
    expect(
      await db
        .selectFrom('job_claims')
        .select('key')
        .where('key', 'in', ['old-claim', 'boundary-claim'])
        .execute(),
    ).toEqual([{ key: 'boundary-claim' }]);
    const queued = await db.selectFrom('outbox_emails').select('status').execute();
    expect(queued.map((e) => e.status)).toContain('queued');

    const meetings = await db
      .selectFrom('meetings')
      .select(['shared_notes'])
      .where('partnership_id', '=', pair.id)
      .execute();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.shared_notes).toBeNull();
    expect(
      await db
        .selectFrom('meeting_private_notes')
        .innerJoin('meetings', 'meetings.id', 'meeting_private_notes.meeting_id')
        .select('meeting_private_notes.meeting_id')
        .where('meetings.partnership_id', '=', pair.id)
        .execute(),
    ).toEqual([]);
    expect(await db.selectFrom('cv_attachments').select('id').execute()).toEqual([]);

    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', 'in', ['person.erased', 'retention.applied'])
      .execute();
    expect(events.filter((e) => e.action === 'person.erased')).toHaveLength(3);
    expect(
      events
        .filter((e) => e.action === 'retention.applied')
        .map((e) => e.subject_id)
        .sort(),
    ).toEqual(['job-claims', 'meeting-notes', 'outbox-emails', 'sessions', 'sign-in-throttles', 'uploads']);

    const again = await applyRetention(c.deps);
    expect(again.lines.reduce((sum, l) => sum + l.removed, 0)).toBe(0);
    expect(again.lines.filter((l) => l.action !== 'keep' && l.due > 0)).toEqual([]);
  });
});
