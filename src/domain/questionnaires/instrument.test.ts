import { describe, expect, it } from 'vitest';
import { checkAnswers, checkInstrumentVersion, type InstrumentVersion, languageFor } from './instrument.js';

const version: InstrumentVersion = {
  languages: ['nl', 'fr', 'en'],
  items: [
    { id: 'scale', kind: 'likert', required: true, min: 1, max: 4, text: { nl: 'a', fr: 'a', en: 'a' } },
    {
      id: 'one',
      kind: 'single_choice',
      required: false,
      options: [
        { value: 'x', text: { nl: 'x', fr: 'x', en: 'x' } },
        { value: 'y', text: { nl: 'y', fr: 'y', en: 'y' } },
      ],
      text: { nl: 'b', fr: 'b', en: 'b' },
    },
    {
      id: 'many',
      kind: 'multiple_choice',
      required: false,
      options: [
        { value: 'x', text: { nl: 'x', fr: 'x', en: 'x' } },
        { value: 'y', text: { nl: 'y', fr: 'y', en: 'y' } },
      ],
      text: { nl: 'c', fr: 'c', en: 'c' },
    },
    {
      id: 'hours',
      kind: 'number',
      required: false,
      min: 1,
      max: 60,
      integer: true,
      text: { nl: 'd', fr: 'd', en: 'd' },
    },
    { id: 'short', kind: 'short_text', required: false, text: { nl: 'e', fr: 'e', en: 'e' } },
    { id: 'long', kind: 'long_text', required: false, text: { nl: 'f', fr: 'f', en: 'f' } },
  ],
};

describe('checkAnswers', () => {
  it('accepts answers that fit every item', () => {
    expect(
      checkAnswers(version, { scale: 4, one: 'x', many: ['x', 'y'], hours: 38, short: 'ok', long: 'fine' }),
    ).toEqual([]);
  });

  it('names a missing required item', () => {
    expect(checkAnswers(version, {})).toEqual([
      { field: 'scale', code: 'questionnaire.answer_required', message: '"scale" needs an answer.' },
    ]);
  });

  it('refuses a Likert answer out of range and says the range', () => {
    const [problem] = checkAnswers(version, { scale: 5 });
    expect(problem).toMatchObject({ field: 'scale', code: 'questionnaire.answer_invalid' });
    expect(problem?.message).toContain('from 1 to 4');
    expect(checkAnswers(version, { scale: 0 })).toHaveLength(1);
    expect(checkAnswers(version, { scale: 2.5 })).toHaveLength(1);
    expect(checkAnswers(version, { scale: 1 })).toEqual([]);
  });

  it('refuses a choice outside the options, and a repeated one', () => {
    expect(checkAnswers(version, { scale: 1, one: 'z' })[0]?.field).toBe('one');
    expect(checkAnswers(version, { scale: 1, many: ['x', 'x'] })[0]?.field).toBe('many');
    expect(checkAnswers(version, { scale: 1, many: ['z'] })[0]?.field).toBe('many');
  });

  it('holds numbers to their limits and states them', () => {
    expect(checkAnswers(version, { scale: 1, hours: 61 })[0]?.message).toContain('at most 60');
    expect(checkAnswers(version, { scale: 1, hours: 0 })[0]?.message).toContain('at least 1');
    expect(checkAnswers(version, { scale: 1, hours: 7.5 })[0]?.message).toContain('whole number');
    expect(checkAnswers(version, { scale: 1, hours: 60 })).toEqual([]);
  });

  it('states the length limit of a text', () => {
    expect(checkAnswers(version, { scale: 1, short: 'a'.repeat(200) })).toEqual([]);
    expect(checkAnswers(version, { scale: 1, short: 'a'.repeat(201) })[0]?.message).toContain(
      '200 characters',
    );
    expect(checkAnswers(version, { scale: 1, long: 'a'.repeat(4001) })[0]?.message).toContain(
      '4000 characters',
    );
  });

  it('refuses an item the version does not have', () => {
    expect(checkAnswers(version, { scale: 1, other: 'x' })[0]).toMatchObject({
      field: 'other',
      code: 'questionnaire.unknown_item',
    });
  });
});

describe('checkInstrumentVersion', () => {
  it('accepts a complete version', () => {
    expect(checkInstrumentVersion(version)).toEqual([]);
  });

  it('names the item whose text misses a language', () => {
    const problems = checkInstrumentVersion({
      languages: ['nl', 'fr'],
      items: [{ id: 'a', kind: 'short_text', required: true, text: { nl: 'x' } }],
    });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'items.0', code: 'questionnaire.text_missing' }),
    ]);
    expect(problems[0]?.message).toContain('fr');
  });

  it('refuses repeated ids, a scale without points and choices with one option', () => {
    const codes = checkInstrumentVersion({
      languages: ['en'],
      items: [
        { id: 'a', kind: 'likert', required: true, min: 3, max: 3, text: { en: 'x' } },
        {
          id: 'a',
          kind: 'single_choice',
          required: true,
          options: [{ value: 'v', text: { en: 'v' } }],
          text: { en: 'y' },
        },
      ],
    }).map((p) => p.code);
    expect(codes).toEqual([
      'questionnaire.scale_invalid',
      'questionnaire.item_id_taken',
      'questionnaire.options_invalid',
    ]);
  });

  it('asks for a label per point when labels are given', () => {
    expect(
      checkInstrumentVersion({
        languages: ['en'],
        items: [
          {
            id: 'a',
            kind: 'likert',
            required: true,
            min: 1,
            max: 3,
            labels: [{ en: '1' }],
            text: { en: 'x' },
          },
        ],
      })[0]?.code,
    ).toBe('questionnaire.scale_invalid');
  });
});

describe('languageFor', () => {
  it('uses the reader language when the version has it, else the first it has', () => {
    expect(languageFor({ languages: ['nl', 'fr', 'en'], items: [] }, 'fr')).toBe('fr');
    expect(languageFor({ languages: ['en'], items: [] }, 'fr')).toBe('en');
  });
});
