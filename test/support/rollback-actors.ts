import type { Role } from '../../src/contracts/common.js';
import type { Actor, RequestContext } from '../../src/services/context.js';
import { buildAssociation, buildUser } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import type { TestContext } from './test-context.js';

/**
 * One write use case of the rollback test: `act` builds what it needs (audit events may be written
 * then) and returns the call of the service, made once the audit insert fails. Named "file#export"
 * as in audit-rollback-list.ts.
 */
export interface WriteCase {
  name: string;
  /** Which path of the use case, when it has more than one write (each gets its own case). */
  variant?: string;
  /** The coded refusal the call ends in once the audit works again (a wrong password is still wrong). */
  refuses?: string;
  act: (c: TestContext) => Promise<() => Promise<unknown>>;
}

type User = { id: string; role: string; association_id: string | null; name: string };

export function actorOf(user: User): Actor {
  return { id: user.id, role: user.role as Role, associationId: user.association_id, name: user.name };
}

export function contextOf(user: User): RequestContext {
  return { actor: actorOf(user), requestId: 'audit-rollback-test', ip: null };
}

export async function admin(c: TestContext) {
  const user = await buildUser(c.deps, { role: 'admin' });
  return { user, actor: actorOf(user), ctx: contextOf(user) };
}

export async function coachOfNewAssociation(c: TestContext) {
  const association = await buildAssociation(c.deps);
  const user = await buildUser(c.deps, { role: 'coach', associationId: association.id });
  return { association, user, actor: actorOf(user), ctx: contextOf(user) };
}

/** A coach's pool with one mentee and one mentor who fit (the matching tests' Amina and Els). */
export async function matchablePool(c: TestContext) {
  const coach = await coachOfNewAssociation(c);
  const a = coach.association.id;
  const mentee = await buildPerson(c.deps, { kind: 'mentee', associationId: a });
  const mentor = await buildPerson(c.deps, {
    kind: 'mentor',
    associationId: a,
    assessment: {
      languages: [{ code: 'nl', understanding: 'C2', speaking: 'C2', writing: 'C2' }],
      capacity: 1,
    },
  });
  return { ...coach, mentee, mentor };
}

/** Throws when an arrange step returned a coded error instead of the value the case needs. */
export function arranged<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`arrange: ${result.error.code}`);
  return result.value;
}
