import { describe, expect, it } from 'vitest';
import {
  changesSinceAccepted,
  currentPrivacyVersion,
  needsPrivacyAcceptance,
  type PrivacyVersion,
} from './privacy-versions.js';

function version(id: string, inForce: string, changed = true): PrivacyVersion {
  const text = { title: id, paragraphs: [id] };
  return {
    id,
    inForce,
    texts: { nl: text, fr: text, en: text },
    changes: changed ? { nl: `nieuw in ${id}`, fr: `nouveau ${id}`, en: `new in ${id}` } : null,
  };
}

const first = version('2026-11', '2026-11-01', false);
const second = version('2027-03', '2027-03-01');
const third = version('2027-09', '2027-09-15');

describe('currentPrivacyVersion', () => {
  it('is the newest version whose day has come, in whatever order the list is written', () => {
    expect(currentPrivacyVersion([third, first, second], '2027-04-01').id).toBe('2027-03');
    expect(currentPrivacyVersion([first, second], '2027-03-01').id).toBe('2027-03');
    expect(currentPrivacyVersion([first, second], '2027-02-28').id).toBe('2026-11');
  });

  it('falls back on the oldest before any day has come', () => {
    expect(currentPrivacyVersion([second, first], '2026-01-01').id).toBe('2026-11');
  });
});

describe('needsPrivacyAcceptance', () => {
  it('asks a participant whose accepted versions are all older than the current one', () => {
    for (const role of ['mentee', 'mentor'] as const)
      expect(needsPrivacyAcceptance({ role, acceptedVersions: ['2026-11'], currentVersion: '2027-03' })).toBe(
        true,
      );
  });

  it('does not ask once the current version is accepted', () => {
    expect(
      needsPrivacyAcceptance({
        role: 'mentee',
        acceptedVersions: ['2026-11', '2027-03'],
        currentVersion: '2027-03',
      }),
    ).toBe(false);
  });

  it('does not ask staff, nor a participant without any recorded acceptance', () => {
    for (const role of ['admin', 'coach', 'funder'] as const)
      expect(needsPrivacyAcceptance({ role, acceptedVersions: ['2026-11'], currentVersion: '2027-03' })).toBe(
        false,
      );
    expect(needsPrivacyAcceptance({ role: 'mentor', acceptedVersions: [], currentVersion: '2027-03' })).toBe(
      false,
    );
  });
});

describe('changesSinceAccepted', () => {
  it('lists every version after the last accepted one up to the current one, newest first', () => {
    const all = [first, second, third];
    expect(changesSinceAccepted(all, ['2026-11'], third).map((v) => v.id)).toEqual(['2027-09', '2027-03']);
    expect(changesSinceAccepted(all, ['2026-11', '2027-03'], third).map((v) => v.id)).toEqual(['2027-09']);
    expect(changesSinceAccepted(all, ['2026-11'], second).map((v) => v.id)).toEqual(['2027-03']);
  });

  it('leaves out a version without a summary (the first one)', () => {
    expect(changesSinceAccepted([first, second], [], second).map((v) => v.id)).toEqual(['2027-03']);
  });
});
