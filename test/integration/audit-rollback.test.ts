import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRefused, failAuditInserts, snapshotTables } from '../support/failing-audit.js';
import type { WriteCase } from '../support/rollback-actors.js';
import { withTestContext } from '../support/test-context.js';
import { findWriteUseCases } from '../support/write-use-cases.js';
import { writeUseCaseStatus } from './audit-rollback-list.js';
import { authCases } from './rollback-cases/auth.js';
import { careerCases } from './rollback-cases/career.js';
import { otherCases } from './rollback-cases/other.js';
import { partnershipCases } from './rollback-cases/partnerships.js';
import { peopleCases } from './rollback-cases/people.js';
import { privacyCases } from './rollback-cases/privacy.js';
import { questionnaireCases } from './rollback-cases/questionnaires.js';
import { trainingCases } from './rollback-cases/training.js';

const t = withTestContext();

/** The code of a coded refusal (`{ ok: false }`), or null for anything else a use case returns. */
function refusal(result: unknown): string | null {
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false) return null;
  return (result as { error?: { code?: string } }).error?.code ?? 'refused';
}

const cases: WriteCase[] = [
  ...authCases,
  ...careerCases,
  ...otherCases,
  ...privacyCases,
  ...questionnaireCases,
  ...partnershipCases,
  ...peopleCases,
  ...trainingCases,
];

describe('one use case, one transaction: a failing audit insert undoes the write', () => {
  it('lists every exported use case of src/services that writes or audits', () => {
    const servicesDir = path.resolve(import.meta.dirname, '../../src/services');
    expect(findWriteUseCases(servicesDir)).toEqual(Object.keys(writeUseCaseStatus).sort());
  });

  it('covers every use case the list calls covered, and only those', () => {
    const covered = Object.entries(writeUseCaseStatus)
      .filter(([, status]) => status === 'covered')
      .map(([name]) => name)
      .sort();
    expect([...new Set(cases.map((c) => c.name))].sort()).toEqual(covered);
  });

  for (const useCase of cases)
    it(useCase.variant ? `${useCase.name} (${useCase.variant})` : useCase.name, async () => {
      const c = t();
      const act = await useCase.act(c);
      const before = await snapshotTables(c.deps.db);
      const restore = await failAuditInserts(c.deps.db);
      await expect(act()).rejects.toThrow(auditRefused);
      await restore();
      expect(await snapshotTables(c.deps.db)).toEqual(before);
      // Nothing changed, so the same call now ends as it should and writes: the case reaches the write.
      expect(refusal(await act())).toBe(useCase.refuses ?? null);
      expect(await snapshotTables(c.deps.db)).not.toEqual(before);
    });
});
