import { describe, expect, it } from 'vitest';
import { trainingPath } from './training-path.js';

const modules = [
  { id: 'm1', code: 'sector-orientation', audience: 'mentee', required: false },
  { id: 'm2', code: 'talents-cv', audience: 'mentee', required: false },
  { id: 'm3', code: 'job-applications', audience: 'mentee', required: false },
  { id: 'm4', code: 'diversity', audience: 'mentor', required: true },
];

describe('training path', () => {
  it('recommends what the intake noted and marks what is done or booked', () => {
    const path = trainingPath(
      'mentee',
      modules,
      ['cv_and_talents', 'dutch_language'],
      new Map([['m3', 'attended']]),
    );
    expect(path).toEqual([
      { moduleId: 'm2', state: 'recommended' },
      { moduleId: 'm3', state: 'done' },
      { moduleId: 'm1', state: 'available' },
    ]);
  });

  it('puts a required module first for a mentor until it is attended', () => {
    expect(trainingPath('mentor', modules, [], new Map())).toEqual([{ moduleId: 'm4', state: 'required' }]);
    expect(trainingPath('mentor', modules, [], new Map([['m4', 'waitlisted']]))).toEqual([
      { moduleId: 'm4', state: 'waitlisted' },
    ]);
    expect(trainingPath('mentor', modules, [], new Map([['m4', 'attended']]))).toEqual([
      { moduleId: 'm4', state: 'done' },
    ]);
  });
});
