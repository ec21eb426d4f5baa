import { describe, expect, it } from 'vitest';
import { brusselsDay, brusselsOffsetMinutes, brusselsToIso, formatMonth } from './brussels-time';

describe('Brussels time', () => {
  it('reads a typed day and time as Brussels time, winter and summer', () => {
    expect(brusselsToIso('2026-01-15', '14:30')).toBe('2026-01-15T14:30:00+01:00');
    expect(brusselsToIso('2026-07-01', '09:05')).toBe('2026-07-01T09:05:00+02:00');
  });

  it('uses the right offset on the days the clocks change', () => {
    expect(brusselsToIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(brusselsToIso('2026-03-29', '04:00')).toBe('2026-03-29T04:00:00+02:00');
    expect(brusselsToIso('2026-10-25', '12:00')).toBe('2026-10-25T12:00:00+01:00');
  });

  it('refuses what is not a moment', () => {
    expect(brusselsToIso('2026-02-30', '10:00')).toBeNull();
    expect(brusselsToIso('', '10:00')).toBeNull();
    expect(brusselsToIso('2026-02-10', '25:00')).toBeNull();
  });

  it('knows the Brussels day and offset of a moment', () => {
    expect(brusselsDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(brusselsDay(new Date('2026-01-31T12:00:00Z'), 1)).toBe('2026-02-01');
    expect(brusselsOffsetMinutes(new Date('2026-01-10T12:00:00Z'))).toBe(60);
  });

  it('names a month in the reader’s language', () => {
    expect(formatMonth('2026-11', 'nl')).toBe('november 2026');
    expect(formatMonth('2026-03', 'fr')).toBe('mars 2026');
    expect(formatMonth('nope', 'en')).toBe('nope');
  });
});
