import { describe, expect, it } from 'vitest';
import { endOfCycleV1 } from '../evaluation/end-of-cycle-questionnaire.js';
import { builtInInstruments, generalSelfEfficacyScale } from './built-in-instruments.js';
import { checkInstrumentVersion } from './instrument.js';

const sectors = [
  { value: 'a', text: { nl: 'Landbouw', fr: 'Agriculture', en: 'Agriculture' } },
  { value: 'b', text: { nl: 'Mijnbouw', fr: 'Industries extractives', en: 'Mining' } },
];

describe('built-in instruments', () => {
  it('are all complete in the languages they are offered in', () => {
    for (const instrument of builtInInstruments(sectors, sectors))
      expect(checkInstrumentVersion(instrument), instrument.code).toEqual([]);
  });

  it('ship the GSES as ten items scored 1 to 4, in English only', () => {
    expect(generalSelfEfficacyScale.items).toHaveLength(10);
    expect(generalSelfEfficacyScale.languages).toEqual(['en']);
    for (const item of generalSelfEfficacyScale.items)
      expect(item).toMatchObject({ kind: 'likert', min: 1, max: 4 });
  });

  it('ask at the end of the cycle what the evaluation asks, with the same item ids', () => {
    const [, , mentee, mentor] = builtInInstruments(sectors, sectors);
    const side = (s: string) =>
      endOfCycleV1.items.filter((i) => i.audience === 'both' || i.audience === s).map((i) => i.id);
    expect(mentee?.items.map((i) => i.id)).toEqual(side('mentee'));
    expect(mentor?.items.map((i) => i.id)).toEqual(side('mentor'));
  });

  it('schedule the end of cycle for mentee, mentor and coach, and follow-ups at 3, 6 and 12 months', () => {
    const entries = builtInInstruments(sectors, sectors).flatMap((i) =>
      i.schedule.map((s) => `${s.moment}:${s.role}`),
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        'baseline:mentee',
        'pulse_month_3:mentee',
        'pulse_month_3:mentor',
        'end_of_cycle:mentee',
        'end_of_cycle:mentor',
        'end_of_cycle:coach',
        'follow_up_3:mentee',
        'follow_up_6:mentee',
        'follow_up_12:mentee',
      ]),
    );
  });
});
