import { describe, expect, it } from 'vitest';
import { cadenceMet, evaluatorColumns, evaluatorDictionary } from './evaluator-export.js';

describe('cadence in the evaluator export', () => {
  it('counts the ended cadence months with two meetings held', () => {
    // Started 3 March: March to August; by 10 May, March and April have ended.
    const held = [
      '2026-03-04T10:00:00Z',
      '2026-03-20T10:00:00Z',
      '2026-04-02T10:00:00Z',
      '2026-05-02T10:00:00Z',
      '2026-05-04T10:00:00Z',
    ];
    expect(cadenceMet('2026-03-03T10:00:00Z', held, new Date('2026-05-10T10:00:00Z'))).toEqual({
      months: 2,
      met: 1,
    });
    expect(cadenceMet('2026-03-03T10:00:00Z', held, new Date('2026-06-01T10:00:00Z'))).toEqual({
      months: 3,
      met: 2,
    });
  });

  it('counts meetings before the first cadence month for month one (a start after the 15th)', () => {
    // Started 20 January: the months are February to July; the January meeting counts for February.
    const held = ['2026-01-25T10:00:00Z', '2026-02-10T10:00:00Z'];
    expect(cadenceMet('2026-01-20T10:00:00Z', held, new Date('2026-03-02T10:00:00Z'))).toEqual({
      months: 1,
      met: 1,
    });
  });

  it('stops at six months', () => {
    expect(cadenceMet('2026-01-05T10:00:00Z', [], new Date('2027-01-01T10:00:00Z'))).toEqual({
      months: 6,
      met: 0,
    });
  });

  it('explains every column in the data dictionary, in order', () => {
    expect(evaluatorDictionary.map((d) => d.column)).toEqual([...evaluatorColumns]);
  });
});
