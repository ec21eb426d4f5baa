import { describe, expect, it } from 'vitest';
import { cliContext } from '../../src/services/context.js';
import { addDemoData } from '../../src/services/demo/demo-data.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('demo data', () => {
  it('adds associations, coaches, a funder and people in every status before matching, once', async () => {
    const { deps } = t();
    const first = await addDemoData(deps, cliContext);
    expect(first.accounts.length).toBeGreaterThanOrEqual(10);
    expect(first.people).toBeGreaterThanOrEqual(30);
    const statuses = await deps.db.kysely
      .selectFrom('people')
      .select(['kind', 'status'])
      .distinct()
      .orderBy('kind')
      .orderBy('status')
      .execute();
    expect(statuses.map((s) => `${s.kind}:${s.status}`)).toEqual([
      'mentee:applied',
      'mentee:assessed',
      'mentee:ineligible',
      'mentee:intake_planned',
      'mentee:ready_to_match',
      'mentor:accepted',
      'mentor:applied',
      'mentor:declined',
      'mentor:intake_planned',
    ]);
    const second = await addDemoData(deps, cliContext);
    expect({ accounts: second.accounts.length, people: second.people, modules: second.modules }).toEqual({
      accounts: 0,
      people: 0,
      modules: 0,
    });
    expect(first.modules).toBe(6);
    const required = await deps.db.kysely
      .selectFrom('training_modules')
      .select('code')
      .where('required_for_matching', '=', 1)
      .execute();
    expect(required).toEqual([{ code: 'diversity' }]);
  });
});
