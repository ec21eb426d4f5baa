import { describe, expect, it } from 'vitest';
import { brusselsDay } from './reminder-window.js';

describe('brusselsDay', () => {
  it('gives tomorrow in Brussels winter time (UTC+1)', () => {
    expect(brusselsDay(new Date('2026-12-02T09:00:00Z'), 1)).toEqual({
      day: '2026-12-03',
      from: new Date('2026-12-02T23:00:00Z'),
      to: new Date('2026-12-03T23:00:00Z'),
    });
  });

  it('counts late evening UTC as the next Brussels day', () => {
    // 23:30 UTC on 2 December is already 00:30 on 3 December in Brussels: tomorrow is the 4th.
    expect(brusselsDay(new Date('2026-12-02T23:30:00Z'), 1).day).toBe('2026-12-04');
  });

  it('has a 23-hour day when summer time starts and a 25-hour day when it ends', () => {
    const spring = brusselsDay(new Date('2026-03-28T12:00:00Z'), 1);
    expect(spring).toEqual({
      day: '2026-03-29',
      from: new Date('2026-03-28T23:00:00Z'),
      to: new Date('2026-03-29T22:00:00Z'),
    });
    const autumn = brusselsDay(new Date('2026-10-24T12:00:00Z'), 1);
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * 3_600_000);
    expect(autumn.from).toEqual(new Date('2026-10-24T22:00:00Z'));
  });
});
