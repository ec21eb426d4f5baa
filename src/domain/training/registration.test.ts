import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSession, missingRequiredModules, movesUp, placeFor } from './registration.js';

describe('training places', () => {
  it('registers while there is a place, then waitlists', () => {
    expect(placeFor(0, 2)).toBe('registered');
    expect(placeFor(1, 2)).toBe('registered');
    expect(placeFor(2, 2)).toBe('waitlisted');
  });

  it('never registers more than the capacity, whatever the order of arrivals and cancellations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (capacity, events) => {
          let holding = 0;
          let waiting = 0;
          for (const arrives of events) {
            if (arrives) {
              if (placeFor(holding, capacity) === 'registered') holding += 1;
              else waiting += 1;
            } else if (holding > 0) {
              holding -= 1;
              const up = movesUp(holding, capacity, waiting);
              holding += up;
              waiting -= up;
            }
            expect(holding).toBeLessThanOrEqual(capacity);
            if (waiting > 0) expect(holding).toBe(capacity);
          }
        },
      ),
    );
  });

  it('refuses a session that ends before it starts', () => {
    expect(
      checkSession({ startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T09:00:00Z', capacity: 10 }),
    ).toBe('training.ends_before_start');
    expect(
      checkSession({ startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T12:00:00Z', capacity: 0 }),
    ).toBe('training.capacity_invalid');
    expect(
      checkSession({ startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T12:00:00Z', capacity: 12 }),
    ).toBeNull();
  });

  it('names the required modules a mentor has not attended', () => {
    const required = [
      { id: 'm1', code: 'diversity', audience: 'mentor' },
      { id: 'm2', code: 'orientation', audience: 'mentee' },
      { id: 'm3', code: 'privacy', audience: 'both' },
    ];
    expect(missingRequiredModules('mentor', required, new Set(['m3']))).toEqual(['diversity']);
    expect(missingRequiredModules('mentee', required, new Set())).toEqual(['orientation', 'privacy']);
  });
});
