import { describe, expect, it } from 'vitest';
import { checkCv, commentTargetExists, isKnownCountry, isUpToDate, nextVersionNumber } from './check-cv.js';

const cv = (overrides: Partial<Parameters<typeof checkCv>[0]> = {}) => ({
  experience: [{ country: 'SY', from: '2010-03', to: '2019-06' }],
  education: [{ country: 'ER' }],
  languages: { motherTongues: ['ti'], foreign: [{ code: 'nl' }] },
  ...overrides,
});

describe('checkCv', () => {
  it('accepts a CV with real codes and forward periods, including a job that goes on', () => {
    expect(checkCv(cv())).toEqual([]);
    expect(checkCv(cv({ experience: [{ country: 'BE', from: '2024-01', to: null }] }))).toEqual([]);
    expect(checkCv(cv({ experience: [{ country: 'BE', from: '2024-01', to: '2024-01' }] }))).toEqual([]);
  });

  it('names every wrong field at once', () => {
    const problems = checkCv(
      cv({
        experience: [
          { country: 'XX', from: '2019-06', to: '2018-12' },
          { country: 'UA', from: '2001-01', to: '2002-01' },
        ],
        education: [{ country: 'EU' }],
        languages: { motherTongues: ['qq'], foreign: [{ code: 'nl' }, { code: 'nl' }] },
      }),
    );
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['content.experience.0.country', 'cv.unknown_country'],
      ['content.experience.0.to', 'cv.ends_before_start'],
      ['content.education.0.country', 'cv.unknown_country'],
      ['content.languages.motherTongues.0', 'cv.unknown_language'],
      ['content.languages.foreign.1.code', 'cv.duplicate_language'],
    ]);
  });

  it('knows countries abroad and refuses codes that are no country', () => {
    for (const code of ['BE', 'SY', 'AF', 'ER', 'CD', 'MA', 'TR', 'PS'])
      expect(isKnownCountry(code), code).toBe(true);
    for (const code of ['XX', 'ZZ', 'EU', 'be', 'BEL', '']) expect(isKnownCountry(code), code).toBe(false);
  });
});

describe('versions', () => {
  it('numbers 1, 2, 3 and saves only from the latest', () => {
    expect(nextVersionNumber(null)).toBe(1);
    expect(nextVersionNumber(2)).toBe(3);
    expect(isUpToDate(null, null)).toBe(true);
    expect(isUpToDate(2, 2)).toBe(true);
    expect(isUpToDate(null, 1)).toBe(false);
    expect(isUpToDate(1, 2)).toBe(false);
  });

  it('lets comments name an existing job or diploma, and no item elsewhere', () => {
    const content = { experience: [{}, {}], education: [{}] };
    expect(commentTargetExists(content, 'experience', 1)).toBe(true);
    expect(commentTargetExists(content, 'experience', 2)).toBe(false);
    expect(commentTargetExists(content, 'education', undefined)).toBe(false);
    expect(commentTargetExists(content, 'profile', undefined)).toBe(true);
    expect(commentTargetExists(content, 'skills', 0)).toBe(false);
  });
});
