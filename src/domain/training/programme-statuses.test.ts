import { describe, expect, it } from 'vitest';
import { attendanceRate } from './programme-statuses.js';

describe('attendanceRate', () => {
  it('is attended over recorded, rounded to a tenth of a percent, and null before any record', () => {
    expect(attendanceRate(2, 1)).toBe(0.667);
    expect(attendanceRate(3, 0)).toBe(1);
    expect(attendanceRate(0, 0)).toBeNull();
  });
});
