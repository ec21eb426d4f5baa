import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RETENTION_RULES } from '../../src/domain/privacy/retention.js';

describe('docs/privacy.md', () => {
  it('shows exactly the retention periods of the domain module', () => {
    const text = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Data class') && !l.startsWith('| ---'))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows).toEqual(
      RETENTION_RULES.map((r) => [r.label, String(r.days), r.countedFrom, r.action, r.reason]),
    );
  });
});
