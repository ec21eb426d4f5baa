import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseStoredJson } from './stored-json.js';

describe('parseStoredJson', () => {
  const titles = z.record(z.string(), z.string());

  it('returns the stored value read with its schema', () => {
    expect(parseStoredJson(titles, '{"nl":"Welkom","en":"Welcome"}', 'module title')).toEqual({
      nl: 'Welkom',
      en: 'Welcome',
    });
  });

  it('stops on a stored value of another shape, naming the column', () => {
    expect(() => parseStoredJson(titles, '{"nl":3}', 'module title')).toThrow(
      /Stored module title does not have its expected shape/,
    );
  });
});
