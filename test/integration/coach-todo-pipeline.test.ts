import { describe, expect, it } from 'vitest';
import type { PersonStatus } from '../../src/contracts/people-vocabulary.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const day = 86_400_000;

describe("the intake pipeline on the coach's to-do list", () => {
  it('lists intakes past their date without a record, new applications and long waits, most urgent first', async () => {
    const { app, deps } = t();
    const now = deps.now().getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    const own = await buildAssociation(deps, { region: 'VLG' });
    const other = await buildAssociation(deps, { region: 'VLG' });
    const coach = await buildUser(deps, { role: 'coach', associationId: own.id, withTotp: true });
    const person = async (
      name: string,
      associationId: string | null,
      status: PersonStatus,
      changes: { statusDaysAgo?: number; intakeInDays?: number; kind?: 'mentee' | 'mentor' } = {},
    ) => {
      const built = await buildPerson(deps, {
        kind: changes.kind ?? 'mentee',
        associationId,
        status,
        firstName: name,
        lastName: 'Test',
      });
      await updatePerson(deps.db.kysely, built.id, {
        status_changed_at: iso(now - (changes.statusDaysAgo ?? 1) * day),
        intake:
          changes.intakeInDays === undefined
            ? null
            : JSON.stringify({
                startsAt: iso(now + changes.intakeInDays * day),
                place: 'Gent',
                videoUrl: null,
              }),
      });
      return built;
    };
    const overdue = await person('Overdue', own.id, 'intake_planned', { intakeInDays: -3 });
    await person('Tomorrow', own.id, 'intake_planned', { intakeInDays: 1 });
    const applied = await person('Applied', own.id, 'applied', { kind: 'mentor' });
    const inbox = await person('Inbox', null, 'applied');
    const waiting = await person('Waiting', own.id, 'ready_to_match', { statusDaysAgo: 45 });
    await person('Fresh', own.id, 'ready_to_match', { statusDaysAgo: 5 });
    await person('Elsewhere', other.id, 'applied');
    await person('OtherOverdue', other.id, 'intake_planned', { intakeInDays: -3 });

    const todo = await call(app, 'GET', '/api/coach/todo', { cookie: await sessionCookieFor(deps, coach) });
    expect(todo.status).toBe(200);
    const pipeline = ((todo.body?.items ?? []) as Array<Record<string, string | null>>).map((i) => ({
      kind: i.kind,
      personId: i.personId,
      name: i.menteeName || i.mentorName,
    }));
    expect(pipeline).toEqual([
      { kind: 'intake_overdue', personId: overdue.id, name: 'Overdue Test' },
      { kind: 'new_application', personId: expect.any(String), name: expect.any(String) },
      { kind: 'new_application', personId: expect.any(String), name: expect.any(String) },
      { kind: 'waiting_long', personId: waiting.id, name: 'Waiting Test' },
    ]);
    expect(new Set(pipeline.filter((i) => i.kind === 'new_application').map((i) => i.personId))).toEqual(
      new Set([applied.id, inbox.id]),
    );
    const mentorItem = ((todo.body?.items ?? []) as Array<Record<string, string>>).find(
      (i) => i.personId === applied.id,
    );
    expect(mentorItem).toMatchObject({ mentorName: 'Applied Test', menteeName: '', subject: 'mentor' });
    expect(todo.body?.total).toBe(4);
  });

  it("shows an overdue intake to the association's coach and to an admin, as a person item", async () => {
    const { app, deps } = t();
    const own = await buildAssociation(deps, { region: 'VLG' });
    const coach = await buildUser(deps, { role: 'coach', associationId: own.id, withTotp: true });
    const built = await buildPerson(deps, {
      kind: 'mentee',
      associationId: own.id,
      status: 'intake_planned',
    });
    await updatePerson(deps.db.kysely, built.id, {
      intake: JSON.stringify({ startsAt: new Date(deps.now().getTime() - day).toISOString() }),
    });
    const admin = await buildUser(deps, { role: 'admin', withTotp: true });
    const asAdmin = await call(app, 'GET', '/api/coach/todo', {
      cookie: await sessionCookieFor(deps, admin),
    });
    expect(asAdmin.body?.items.map((i: { kind: string }) => i.kind)).toEqual(['intake_overdue']);
    const asCoach = await call(app, 'GET', '/api/coach/todo', {
      cookie: await sessionCookieFor(deps, coach),
    });
    expect(asCoach.body?.items[0]).toMatchObject({
      kind: 'intake_overdue',
      personId: built.id,
      partnershipId: null,
    });
  });
});
