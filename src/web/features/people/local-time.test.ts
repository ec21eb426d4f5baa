import { describe, expect, it } from 'vitest';
import { localToIsoWithOffset } from './local-time';

describe('localToIsoWithOffset', () => {
  it('keeps the typed wall-clock time and adds the local offset', () => {
    const iso = localToIsoWithOffset('2030-03-04', '14:30');
    expect(iso).toMatch(/^2030-03-04T14:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso ?? '').getTime()).toBe(new Date('2030-03-04T14:30:00').getTime());
  });

  it('refuses input that is not a day and a time', () => {
    expect(localToIsoWithOffset('', '14:30')).toBeNull();
    expect(localToIsoWithOffset('2030-03-04', '')).toBeNull();
    expect(localToIsoWithOffset('04/03/2030', '14:30')).toBeNull();
  });
});
