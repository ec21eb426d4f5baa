import { describe, expect, it } from 'vitest';
import { loadMatchLookups } from './reference-lookups.js';
import { runMatchFile } from './run-match-file.js';

const lookups = loadMatchLookups();
const run = (input: unknown, timing = false) =>
  runMatchFile(typeof input === 'string' ? input : JSON.stringify(input), { timing, ...lookups });

describe('match command contract', () => {
  it('solves the example of the contract', () => {
    expect(
      run({ mentees: ['a', 'b'], mentors: [{ id: 'x', capacity: 2 }], scores: [[0.7], [null]] }),
    ).toEqual({
      ok: true,
      output: { pairs: [{ mentee: 'a', mentor: 'x', score: 0.7 }], matched: 1, totalScore: 0.7 },
    });
  });

  it('matches as many mentees as possible before the largest total', () => {
    // a alone would take x (0.9), but then b has nobody: the engine gives a y and b x.
    const result = run({
      mentees: ['a', 'b'],
      mentors: [
        { id: 'x', capacity: 1 },
        { id: 'y', capacity: 1 },
      ],
      scores: [
        [0.9, 0.1],
        [0.85, null],
      ],
    });
    expect(result).toMatchObject({ ok: true, output: { matched: 2, totalScore: 0.95 } });
  });

  it('honours locked pairs and reports timings when asked', () => {
    const result = run(
      {
        mentees: ['a', 'b'],
        mentors: [
          { id: 'x', capacity: 1 },
          { id: 'y', capacity: 1 },
        ],
        scores: [
          [0.9, 0.2],
          [0.8, 0.7],
        ],
        locked: [['a', 'y']],
      },
      true,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.output.pairs).toEqual([
      { mentee: 'a', mentor: 'y', score: 0.2 },
      { mentee: 'b', mentor: 'x', score: 0.8 },
    ]);
    expect(Object.keys(result.output.timing ?? {})).toEqual(['parseMs', 'scoreMs', 'solveMs']);
  });

  it('names the problem of malformed input', () => {
    const problem = (input: unknown) => {
      const result = run(input);
      return result.ok ? 'ok' : result.problem;
    };
    expect(problem('{"mentees": [')).toMatch(/^input is not JSON/);
    expect(problem({ mentees: ['a'], mentors: [{ id: 'x', capacity: 1 }], scores: [[1.5]] })).toMatch(
      /scores\.0\.0: score above 1/,
    );
    expect(problem({ mentees: ['a'], mentors: [{ id: 'x', capacity: -2 }], scores: [[0.5]] })).toMatch(
      /capacity below 0/,
    );
    expect(
      problem({ mentees: ['a', 'a'], mentors: [{ id: 'x', capacity: 1 }], scores: [[0.5], [0.5]] }),
    ).toBe('duplicate mentee id "a"');
    expect(
      problem({
        mentees: ['a'],
        mentors: [
          { id: 'x', capacity: 1 },
          { id: 'x', capacity: 1 },
        ],
        scores: [[0.5, 0.5]],
      }),
    ).toBe('duplicate mentor id "x"');
    expect(problem({ mentees: ['a', 'b'], mentors: [{ id: 'x', capacity: 1 }], scores: [[0.5]] })).toMatch(
      /scores has 1 rows for 2 mentees/,
    );
    expect(problem({ mentees: ['a'], mentors: [{ id: 'x', capacity: 1 }], scores: [[0.5, 0.1]] })).toMatch(
      /scores\[0\] has 2 entries for 1 mentors/,
    );
    expect(
      problem({ mentees: ['a'], mentors: [{ id: 'x', capacity: 1 }], scores: [[0.5]], extra: true }),
    ).toMatch(/wrong shape/);
    expect(
      problem({ mentees: ['a'], mentors: [{ id: 'x', capacity: 1 }], scores: [[0.5]], locked: [['a', 'z']] }),
    ).toMatch(/unknown id/);
  });

  it('scores a pool of profiles and explains nothing it cannot', () => {
    const nl = [{ code: 'nl', understanding: 'C1', speaking: 'B2' }];
    const result = run({
      mentees: [
        {
          id: 'amina',
          sectorCode: '86',
          iscoCode: '2221',
          languages: nl,
          postcode: '9000',
          availability: ['2-evening'],
        },
        {
          id: 'yonas',
          sectorCode: '56',
          iscoCode: '5120',
          languages: [{ code: 'ti', understanding: 'C2', speaking: 'C2' }],
          postcode: '2000',
        },
        { id: 'mehmet', sectorCode: '41', iscoCode: '7112', languages: nl, postcode: '3600' },
      ],
      mentors: [
        {
          id: 'els',
          sectorCode: '86',
          iscoCode: '2221',
          languages: nl,
          postcode: '9000',
          capacity: 1,
          availability: ['2-evening'],
        },
        { id: 'tom', sectorCode: '41', iscoCode: '7112', languages: nl, postcode: '3500', capacity: 1 },
      ],
      blocked: [['mehmet', 'els']],
    });
    if (!result.ok) throw new Error(result.problem);
    expect(result.output.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['amina-els', 'mehmet-tom']);
    expect(result.output.matched).toBe(2);
  });
});
