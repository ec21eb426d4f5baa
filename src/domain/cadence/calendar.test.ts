import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, localDay, localMonth, shiftMonth } from './calendar.js';

const intlDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('the programme calendar', () => {
  it('gives the same Brussels day as the time-zone database, around every change of clock', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2045-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (at) => {
          expect(localDay(at)).toBe(intlDay.format(at));
        },
      ),
      { numRuns: 5000 },
    );
    for (const iso of [
      '2027-03-28T00:59:59Z',
      '2027-03-28T01:00:00Z',
      '2027-10-30T22:00:00Z',
      '2027-10-31T00:59:59Z',
      '2027-10-31T01:00:00Z',
      '2026-12-31T23:00:00Z',
    ])
      expect(localDay(new Date(iso))).toBe(intlDay.format(new Date(iso)));
  });

  it('counts months and days as people do', () => {
    expect(localMonth(new Date('2027-01-31T23:30:00Z'))).toBe('2027-02');
    expect(shiftMonth('2027-11', 3)).toBe('2028-02');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(addMonths(new Date('2027-01-31T10:00:00Z'), 1).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });
});
