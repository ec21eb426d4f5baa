import { describe, expect, it } from 'vitest';
import { cliContext } from '../../src/services/context.js';
import { addDemoData } from '../../src/services/demo/demo-data.js';
import { runMatching } from '../../src/services/matching/run-matching.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('matching over the demo data', () => {
  it('proposes several pairs in every association with people ready, and explains who waits', async () => {
    const { deps } = t();
    await addDemoData(deps, cliContext);
    const db = deps.db.kysely;
    const ready = await db
      .selectFrom('people')
      .select('association_id')
      .distinct()
      .where('kind', '=', 'mentee')
      .where('status', '=', 'ready_to_match')
      .execute();
    const associations = ready.map((r) => r.association_id).filter((a): a is string => a !== null);
    expect(associations.length).toBeGreaterThanOrEqual(2);
    const reasons = new Set<string>();
    let sharedPairs = 0;
    for (const associationId of associations.sort()) {
      const coach = await db
        .selectFrom('users')
        .select(['id', 'name', 'association_id'])
        .where('role', '=', 'coach')
        .where('association_id', '=', associationId)
        .orderBy('email')
        .executeTakeFirstOrThrow();
      const actor = { id: coach.id, role: 'coach' as const, associationId, name: coach.name };
      const run = await runMatching(deps, { ...cliContext, actor }, actor, { locked: [] });
      if (!run.ok) throw new Error(`${associationId}: ${run.error.code}`);
      expect(run.value.pairs.length, run.value.associationName ?? '').toBeGreaterThanOrEqual(2);
      for (const u of run.value.unmatched) reasons.add(u.reason);
      sharedPairs += run.value.pairs.filter((p) => p.mentor.shared).length;
    }
    // Some wait, each with a reason a coach can act on.
    expect([...reasons].sort()).toEqual(['no_shared_language', 'outcompeted']);
    // Sister associations of a region share their mentors (on by default).
    expect(sharedPairs).toBeGreaterThan(0);
  });
});
