import { describe, expect, it } from 'vitest';
import {
  checkFacts,
  iscedFromEducation,
  isParticipant,
  missingFacts,
  type ParticipantFacts,
} from './participant-facts.js';

const complete: ParticipantFacts = {
  gender: 'woman',
  dateOfBirth: '1990-04-02',
  labourMarketStatus: 'unemployed',
  longTermUnemployed: true,
  education: 'isced_5_8',
  entryDate: '2026-02-01',
  exitDate: null,
  disability: null,
  thirdCountryNational: null,
  housingExclusion: null,
};

describe('the ESF+ participant record', () => {
  it('is complete with every required fact; the exit date is due only once the participant left', () => {
    expect(missingFacts(complete, 'in_partnership')).toEqual([]);
    expect(missingFacts(complete, 'completed')).toEqual(['exitDate']);
    expect(missingFacts({ ...complete, exitDate: '2026-09-01' }, 'left_early')).toEqual([]);
  });

  it('names every missing fact in the order of the form', () => {
    const empty: ParticipantFacts = {
      ...complete,
      gender: null,
      dateOfBirth: null,
      labourMarketStatus: null,
      longTermUnemployed: null,
      education: null,
      entryDate: null,
    };
    expect(missingFacts(empty, 'followed_up')).toEqual([
      'gender',
      'dateOfBirth',
      'labourMarketStatus',
      'education',
      'entryDate',
      'exitDate',
    ]);
  });

  it('asks the long-term question of the unemployed only', () => {
    expect(missingFacts({ ...complete, longTermUnemployed: null }, 'assessed')).toEqual([
      'longTermUnemployed',
    ]);
    expect(
      missingFacts({ ...complete, labourMarketStatus: 'inactive', longTermUnemployed: null }, 'assessed'),
    ).toEqual([]);
  });

  it('counts "prefer not to say" as an answer, not as a gap', () => {
    expect(missingFacts({ ...complete, gender: 'prefer_not_to_say' }, 'assessed')).toEqual([]);
  });

  it('counts mentees admitted to the programme as participants, not applicants or mentors', () => {
    expect(isParticipant('mentee', 'assessed')).toBe(true);
    expect(isParticipant('mentee', 'followed_up')).toBe(true);
    expect(isParticipant('mentee', 'applied')).toBe(false);
    expect(isParticipant('mentee', 'ineligible')).toBe(false);
    expect(isParticipant('mentor', 'in_partnership')).toBe(false);
  });

  it('suggests the ISCED group of the highest level completed, abroad or not', () => {
    expect(iscedFromEducation([])).toBeNull();
    expect(iscedFromEducation([{ level: 'primary' }])).toBe('isced_0_2');
    expect(iscedFromEducation([{ level: 'none' }])).toBe('isced_0_2');
    expect(iscedFromEducation([{ level: 'vocational' }, { level: 'primary' }])).toBe('isced_3_4');
    expect(iscedFromEducation([{ level: 'higher' }, { level: 'secondary' }])).toBe('isced_5_8');
    expect(iscedFromEducation([{ level: 'secondary' }, { level: 'higher' }])).toBe('isced_5_8');
  });

  it('refuses dates in the future, an exit before the entry and a long-term flag without unemployment', () => {
    const checked = checkFacts(
      {
        ...complete,
        labourMarketStatus: 'employed',
        entryDate: '2026-12-04',
        exitDate: '2026-12-01',
      },
      '2026-12-03T10:00:00.000Z',
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.details).toEqual([
      { path: ['entryDate'], code: 'date_not_future', message: expect.any(String) },
      { path: ['exitDate'], code: 'exit_before_entry', message: expect.any(String) },
      { path: ['longTermUnemployed'], code: 'long_term_needs_unemployed', message: expect.any(String) },
    ]);
    expect(checkFacts(complete, '2026-12-03T10:00:00.000Z').ok).toBe(true);
  });
});
