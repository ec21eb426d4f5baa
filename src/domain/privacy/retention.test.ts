import { describe, expect, it } from 'vitest';
import { isExpired, RETENTION_RULES, retentionCutoff } from './retention.js';

const now = new Date('2026-12-04T02:00:00Z');

describe('retention', () => {
  it('keeps a record exactly at the cutoff and deletes one just before', () => {
    const rule = { days: 90 };
    const cutoff = retentionCutoff(rule, now);
    expect(cutoff.toISOString()).toBe('2026-09-05T02:00:00.000Z');
    expect(isExpired(rule, cutoff, now)).toBe(false);
    expect(isExpired(rule, new Date(cutoff.getTime() - 1), now)).toBe(true);
  });

  it('has one rule per data class', () => {
    const keys = RETENTION_RULES.map((r) => r.dataClass);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(11);
  });
});
