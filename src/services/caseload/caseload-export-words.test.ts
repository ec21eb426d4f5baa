import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../contracts/common.js';
import { menteeStatuses, mentorStatuses } from '../../contracts/people-vocabulary.js';
import { caseloadExportWords } from './caseload-export-words.js';

type Messages = Record<string, Record<string, unknown>>;

function screenWords(locale: string): Messages {
  const file = path.join(import.meta.dirname, '../../web/locales', `${locale}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Messages;
}

describe('caseload export words', () => {
  it.each(locales)('say in %s what the caseload screen says', (locale) => {
    const words = caseloadExportWords(locale);
    const screen = screenWords(locale);
    const fields = screen.apply?.fields as Record<string, string>;
    expect(words.statuses).toEqual(
      Object.fromEntries(
        [...new Set([...menteeStatuses, ...mentorStatuses])].map((s) => [s, screen.statuses?.[s]]),
      ),
    );
    expect(words.kinds).toEqual({ mentee: screen.roles?.mentee, mentor: screen.roles?.mentor });
    expect(words.regions).toEqual(screen.regions);
    expect(words.inbox).toBe(screen.caseload?.inbox);
    expect(words.headers).toMatchObject({
      firstName: fields.firstName,
      lastName: fields.lastName,
      kind: screen.caseload?.kind,
      status: screen.caseload?.status,
      association: screen.fields?.association,
      region: screen.caseload?.region,
      sector: screen.caseload?.sector,
      languages: screen.caseload?.languages,
      email: screen.fields?.email,
      phone: fields.phone,
      postcode: fields.postcode,
      applied: screen.caseload?.applied,
      waitingDays: screen.caseload?.waitingDays,
    });
  });
});
