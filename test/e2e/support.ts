import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { expect, type Page } from '@playwright/test';
import SQLite from 'better-sqlite3';
import { e2eEnv } from '../../playwright.config.js';

/** Runs the project's command line against the browser suite's database. */
export function cli(...args: string[]): string {
  return execFileSync(process.execPath, ['bin/mentor2work.js', ...args], {
    env: { ...process.env, ...e2eEnv },
    encoding: 'utf8',
  });
}

/**
 * The code an authenticator app shows `stepsAhead` time steps from now. Each step works only once,
 * so a test that signs in twice within 30 s uses the next step (accepted as clock drift).
 */
export function totpCode(secret: string, stepsAhead = 0): string {
  const counter = Math.floor(Date.now() / 30_000) + stepsAhead;
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(counter), 6);
}

/**
 * Signs in through the sign-in page as a person does, then gives the authenticator's code when the
 * account has two-factor (`stepsAhead` for a second sign-in within the same 30 s).
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  totpSecret?: string | null,
  stepsAhead = 0,
) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (totpSecret) {
    await page.waitForURL('**/two-factor');
    await page.getByLabel('Code van 6 cijfers').fill(totpCode(totpSecret, stepsAhead));
    await page.getByRole('button', { name: 'Controleren' }).click();
  }
}

/**
 * Follows a link of the main navigation as a person would: on a wide screen a link of a group sits
 * behind the group's menu button (Programma, Beheer), which is opened first; in the phone menu every
 * link is listed.
 */
export async function openNavLink(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: /hoofdmenu|menu principal|main navigation/i });
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) {
    const toggle = page.getByTestId('nav-toggle');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true')
      await toggle.click();
  }
  if (!(await link.isVisible())) {
    for (const button of await nav.locator('.nav-menu__button').all()) {
      if ((await button.getAttribute('aria-expanded')) === 'true') continue;
      await button.click();
      if (await link.isVisible()) break;
      await button.click();
    }
  }
  await link.click();
}

const screenshotDir = path.join('test-results', 'screenshots');

/**
 * Checks the page with axe-core (WCAG 2.0/2.1/2.2 A and AA) at phone (360 px) and desktop width,
 * takes a screenshot of each, and fails on any violation or sideways scrolling.
 */
export async function checkPage(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 860 });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations, `${name} at ${width}px`).toEqual([]);
    // Elements that stick out of the viewport, named so a failure says where to look; then text that
    // overflows its box (a long email address), which leaves every element's box inside the page.
    const sticking = await page.evaluate(() => {
      const name = (el: Element, right: number) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(right)}px)`;
      const boxes = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => name(el, el.getBoundingClientRect().right));
      if (boxes.length > 0 || document.documentElement.scrollWidth <= window.innerWidth + 1)
        return boxes.slice(0, 5);
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('.visually-hidden, select')) continue;
        range.selectNodeContents(node);
        const right = range.getBoundingClientRect().right;
        if (right > window.innerWidth + 1) texts.push(`text in ${name(parent, right)}`);
      }
      return texts.length > 0
        ? texts.slice(0, 5)
        : [`document (${document.documentElement.scrollWidth}px wide)`];
    });
    expect(sticking, `${name} scrolls sideways at ${width}px`).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

/** Runs `work` with the project's services on the browser suite's database (SQLite in WAL mode). */
async function withE2eDeps<T>(
  work: (deps: import('../../src/services/context.js').Deps) => Promise<T>,
): Promise<T> {
  const { connectDatabase } = await import('../../src/db/client.js');
  const { loadConfig } = await import('../../src/app/config.js');
  const { createMailer } = await import('../../src/services/mail/mailer.js');
  const { loadOrCreateKeyring } = await import('../../src/services/secrets/keyring.js');
  const { loadOrCreateAuditKeys } = await import('../../src/services/secrets/audit-keys.js');
  const config = loadConfig(e2eEnv);
  const db = connectDatabase(config.database);
  try {
    return await work({
      config,
      db,
      mailer: createMailer({ smtpUrl: null, from: config.mailFrom }),
      keyring: loadOrCreateKeyring(config.encryptionKeyFile),
      auditKeys: loadOrCreateAuditKeys(config.auditKeyFile),
      now: () => new Date(),
    });
  } finally {
    await db.close();
  }
}

/**
 * An association and a coach with two-factor already set up, written straight into the browser
 * suite's database with the integration factories (the server sees them at once).
 */
export async function seedCoach(options: {
  associationName: string;
  region: 'BRU' | 'VLG' | 'WAL';
  coachName: string;
  email: string;
}) {
  const { buildAssociation, buildUser } = await import('../factories/accounts.js');
  return withE2eDeps(async (deps) => {
    const association = await buildAssociation(deps, {
      name: options.associationName,
      region: options.region,
    });
    const coach = await buildUser(deps, {
      role: 'coach',
      associationId: association.id,
      name: options.coachName,
      email: options.email,
      withTotp: true,
    });
    return { association, email: coach.email, password: coach.password, totpSecret: coach.totpSecret! };
  });
}

/** A programme administrator with two-factor already set up. */
export async function seedAdmin(options: { name: string; email: string }) {
  const { buildUser } = await import('../factories/accounts.js');
  return withE2eDeps(async (deps) => {
    const admin = await buildUser(deps, {
      role: 'admin',
      name: options.name,
      email: options.email,
      withTotp: true,
    });
    return { email: admin.email, password: admin.password, totpSecret: admin.totpSecret! };
  });
}

/**
 * The text of the newest email queued for `address` (there is no SMTP in the browser suite: every
 * email stays in the outbox). Reads the suite's SQLite file directly, read-only.
 */
export function latestEmailTo(address: string): string | null {
  const db = new SQLite(e2eEnv.SQLITE_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[string], { text_body: string }>(
        'select text_body from outbox_emails where to_address = ? order by created_at desc, rowid desc limit 1',
      )
      .get(address);
    return row?.text_body ?? null;
  } finally {
    db.close();
  }
}

/**
 * A mentee ready to match and an accepted mentor in an association, each with an account (mentees
 * and mentors sign in with a password only) and with every training required before matching
 * attended, so a coach's matching run proposes exactly this pair.
 */
export async function seedMatchablePair(options: {
  associationId: string;
  mentee: { firstName: string; lastName: string };
  mentor: { firstName: string; lastName: string };
}) {
  const { buildUser } = await import('../factories/accounts.js');
  const { buildPerson } = await import('../factories/people.js');
  const { findPerson, updatePerson } = await import('../../src/db/queries/people.js');
  const { insertRegistration, insertSession, listRequiredModules } = await import(
    '../../src/db/queries/training.js'
  );
  const { foldForSearch } = await import('../../src/domain/reference/fold-text.js');
  const { randomUUID } = await import('node:crypto');
  return withE2eDeps(async (deps) => {
    const db = deps.db.kysely;
    const now = deps.now().toISOString();
    const people = [];
    for (const kind of ['mentee', 'mentor'] as const) {
      const { firstName, lastName } = options[kind];
      const built = await buildPerson(deps, { kind, associationId: options.associationId, firstName });
      const email = `${foldForSearch(`${firstName}.${lastName}`).replace(/[^a-z.]+/g, '')}.${Date.now()}@example.be`;
      const user = await buildUser(deps, { role: kind, email, name: `${firstName} ${lastName}` });
      await updatePerson(db, built.id, {
        last_name: lastName,
        search_name: foldForSearch(`${firstName} ${lastName}`),
        email,
        user_id: user.id,
      });
      people.push({ id: built.id, name: `${firstName} ${lastName}`, email, password: user.password });
      if (!(await findPerson(db, built.id))) throw new Error('person not saved');
    }
    for (const module of await listRequiredModules(db)) {
      const sessionId = randomUUID();
      const startsAt = new Date(Date.now() - 30 * 86_400_000);
      await insertSession(db, {
        id: sessionId,
        module_id: module.id,
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        place: 'Gent',
        video_url: null,
        trainer: 'Trainer',
        capacity: 20,
        language: 'nl',
        created_at: now,
      });
      for (const person of people)
        await insertRegistration(db, {
          id: randomUUID(),
          session_id: sessionId,
          person_id: person.id,
          status: 'attended',
          registered_at: now,
          registered_by: null,
          updated_at: now,
        });
    }
    const [mentee, mentor] = people as [(typeof people)[number], (typeof people)[number]];
    return { mentee, mentor };
  });
}

const dayMs = 86_400_000;
const shifted = (iso: string | null, days: number) =>
  iso ? new Date(new Date(iso).getTime() - days * dayMs).toISOString() : null;

/**
 * Time passes for a partnership: its proposal, introduction, answers, start and planned end move
 * `days` into the past (its meetings stay where they are). There is no clock to turn in the browser
 * suite, so the cadence rules are reached by moving the data.
 */
export async function backdatePartnership(partnershipId: string, days: number) {
  return withE2eDeps(async (deps) => {
    const db = deps.db.kysely;
    const row = await db
      .selectFrom('partnerships')
      .selectAll()
      .where('id', '=', partnershipId)
      .executeTakeFirst();
    if (!row) throw new Error(`no partnership ${partnershipId}`);
    await db
      .updateTable('partnerships')
      .set({
        proposed_at: shifted(row.proposed_at, days)!,
        introduced_at: shifted(row.introduced_at, days),
        mentee_responded_at: shifted(row.mentee_responded_at, days),
        mentor_responded_at: shifted(row.mentor_responded_at, days),
        started_at: shifted(row.started_at, days),
        planned_end_at: shifted(row.planned_end_at, days),
      })
      .where('id', '=', partnershipId)
      .execute();
    await refreshStoredHealth(deps, partnershipId);
  });
}

/** The health screen reads a stored health: recompute it after the data moved. */
async function refreshStoredHealth(
  deps: import('../../src/services/context.js').Deps,
  partnershipId: string,
) {
  const { refreshPartnershipHealth } = await import('../../src/services/partnerships/refresh-health.js');
  await refreshPartnershipHealth(deps.db.kysely, partnershipId, deps.now());
}

/** The pair's planned meetings take place: each now started `hoursAgo` (and one hour more per meeting) ago. */
export async function letPlannedMeetingsHappen(partnershipId: string, hoursAgo = 2) {
  const { rebuildMeetingSummary } = await import('../../src/services/partnerships/meetings.js');
  return withE2eDeps(async (deps) => {
    const db = deps.db.kysely;
    const planned = await db
      .selectFrom('meetings')
      .select(['id'])
      .where('partnership_id', '=', partnershipId)
      .where('status', '=', 'planned')
      .orderBy('starts_at', 'asc')
      .execute();
    for (const [index, meeting] of planned.entries()) {
      const startsAt = new Date(Date.now() - (hoursAgo + planned.length - index) * 3_600_000).toISOString();
      await db.updateTable('meetings').set({ starts_at: startsAt }).where('id', '=', meeting.id).execute();
    }
    await rebuildMeetingSummary(db, partnershipId, deps.now());
    await refreshStoredHealth(deps, partnershipId);
    return planned.length;
  });
}

/**
 * A mentee or mentor of an association, in a status, with an account (password, no second factor:
 * participants do not need one) linked to their record.
 */
export async function seedParticipant(options: {
  kind: 'mentee' | 'mentor';
  associationId: string;
  firstName: string;
  lastName: string;
  email: string;
  trainingNeeds?: import('../../src/contracts/people.js').Assessment['trainingNeeds'];
}) {
  const { buildPerson } = await import('../factories/people.js');
  const { buildUser } = await import('../factories/accounts.js');
  return withE2eDeps(async (deps) => {
    const person = await buildPerson(deps, {
      kind: options.kind,
      associationId: options.associationId,
      firstName: options.firstName,
      lastName: options.lastName,
      assessment: {
        trainingNeeds: options.trainingNeeds ?? [],
        languages: [{ code: 'nl', understanding: 'C1', speaking: 'C1', writing: 'B2' }],
      },
    });
    const user = await buildUser(deps, {
      role: options.kind,
      email: options.email,
      name: `${options.firstName} ${options.lastName}`,
    });
    await deps.db.kysely
      .updateTable('people')
      .set({ user_id: user.id, email: options.email })
      .where('id', '=', person.id)
      .execute();
    return { personId: person.id, name: person.name, email: user.email, password: user.password };
  });
}

/** Moves a person to another association (a mentor that a sister association shares). */
export async function movePerson(personId: string, associationId: string) {
  const { updatePerson } = await import('../../src/db/queries/people.js');
  return withE2eDeps((deps) => updatePerson(deps.db.kysely, personId, { association_id: associationId }));
}

/** An application in an association, not yet taken through an intake (a walk-in at the office). */
export async function seedApplicant(options: { associationId: string; firstName: string; lastName: string }) {
  const { buildPerson } = await import('../factories/people.js');
  return withE2eDeps(async (deps) => {
    const person = await buildPerson(deps, {
      kind: 'mentee',
      status: 'applied',
      associationId: options.associationId,
      firstName: options.firstName,
      lastName: options.lastName,
      appliedDaysAgo: 5,
    });
    return { personId: person.id, name: person.name };
  });
}

/** An active pair of the association, started `startedDaysAgo` days ago, with accounts for both sides. */
export async function seedActivePair(options: { associationId: string; startedDaysAgo: number }) {
  const { buildPartnership } = await import('../factories/partnerships.js');
  return withE2eDeps(async (deps) => {
    const pair = await buildPartnership(deps, {
      status: 'active',
      startedDaysAgo: options.startedDaysAgo,
      associationId: options.associationId,
    });
    await refreshStoredHealth(deps, pair.id);
    return {
      id: pair.id,
      mentee: { name: pair.mentee.name, email: pair.menteeUser.email, password: pair.menteeUser.password },
      mentor: { name: pair.mentor.name, email: pair.mentorUser.email, password: pair.mentorUser.password },
    };
  });
}

/** A funder account with two-factor already set up. */
export async function seedFunder(options: { name: string; email: string }) {
  const { buildUser } = await import('../factories/accounts.js');
  return withE2eDeps(async (deps) => {
    const funder = await buildUser(deps, {
      role: 'funder',
      name: options.name,
      email: options.email,
      withTotp: true,
    });
    return { email: funder.email, password: funder.password, totpSecret: funder.totpSecret! };
  });
}

/**
 * Mentees who applied on `appliedAt` (a period no other journey uses), in a region, each
 * `started` with a pair or only applied: the cohort of a programme report.
 */
export async function seedReportCohort(options: {
  appliedAt: string;
  groups: Array<{ region: 'BRU' | 'VLG' | 'WAL'; applied: number; started: number }>;
}) {
  const { buildAssociation } = await import('../factories/accounts.js');
  const { buildPerson } = await import('../factories/people.js');
  const { linkPartnership } = await import('../factories/partnerships.js');
  return withE2eDeps(async (deps) => {
    const db = deps.db.kysely;
    const association = await buildAssociation(deps, { name: 'Vzw Rapport Gent' });
    const mentor = await buildPerson(deps, {
      kind: 'mentor',
      associationId: association.id,
      status: 'available',
    });
    for (const group of options.groups)
      for (let i = 0; i < group.applied; i += 1) {
        const started = i < group.started;
        const mentee = await buildPerson(deps, {
          kind: 'mentee',
          associationId: association.id,
          status: started ? 'in_partnership' : 'applied',
        });
        await db
          .updateTable('people')
          .set({ region_code: group.region, applied_at: options.appliedAt })
          .where('id', '=', mentee.id)
          .execute();
        if (!started) continue;
        const pair = await linkPartnership(deps, {
          menteeId: mentee.id,
          mentorId: mentor.id,
          associationId: association.id,
          status: 'active',
        });
        await db
          .updateTable('partnerships')
          .set({ started_at: options.appliedAt })
          .where('id', '=', pair.id)
          .execute();
      }
  });
}

/** A participant whose intake was done yesterday, reading in `locale`: the baseline questionnaire is due. */
export async function recordIntakeDone(personId: string, locale: 'nl' | 'fr' | 'en') {
  const { randomUUID } = await import('node:crypto');
  return withE2eDeps(async (deps) => {
    const db = deps.db.kysely;
    const person = await db
      .selectFrom('people')
      .select('user_id')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    await db.updateTable('people').set({ locale }).where('id', '=', personId).execute();
    if (person.user_id)
      await db.updateTable('users').set({ locale }).where('id', '=', person.user_id).execute();
    await db
      .insertInto('person_status_changes')
      .values({
        id: randomUUID(),
        person_id: personId,
        seq: 99,
        from_status: 'intake_planned',
        to_status: 'assessed',
        at: new Date(Date.now() - 86_400_000).toISOString(),
        actor_id: null,
        reason_code: null,
        reason_text: null,
      })
      .execute();
  });
}
