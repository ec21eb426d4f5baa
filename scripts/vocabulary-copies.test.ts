import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copiedLists,
  peopleStatusWriters,
  readWordLists,
  sourceFiles,
  statusCasts,
  vocabularyTypeNames,
} from './vocabulary-copies.js';

const root = path.resolve(import.meta.dirname, '..');

function planted(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocab-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('the repository', () => {
  it('writes people.status only in services/people/change-person-status.ts', () => {
    expect(peopleStatusWriters(sourceFiles(path.join(root, 'src')), root)).toEqual([]);
  });

  it('writes each word list of contracts/*-vocabulary.ts once: no copy anywhere in src/', async () => {
    const lists = await readWordLists(path.join(root, 'src', 'contracts'));
    expect(lists.length).toBeGreaterThan(40);
    expect(copiedLists(sourceFiles(path.join(root, 'src')), lists, root)).toEqual([]);
  });

  it('casts no status and no parsed JSON in src/services', () => {
    const typeNames = vocabularyTypeNames(path.join(root, 'src', 'contracts'));
    expect(typeNames).toContain('PartnershipStatus');
    expect(statusCasts(sourceFiles(path.join(root, 'src', 'services')), typeNames, root)).toEqual([]);
  });
});

describe('the checks find what they guard', () => {
  const lists = [
    {
      module: 'partnership-vocabulary.ts',
      name: 'runningStatuses',
      words: ['proposed', 'introduced', 'active', 'closing'],
    },
  ];

  it('finds a copied word list in any order', () => {
    const file = planted('copy.ts', "const running = ['introduced', 'proposed', 'closing', 'active'];\n");
    expect(copiedLists([file], lists, root)).toHaveLength(1);
  });

  it('finds a cast on a status and on parsed JSON', () => {
    const file = planted(
      'cast.ts',
      "const s = row.status as PartnershipStatus;\nconst j = JSON.parse(row.x) as string[];\nconst r = row.mentee_response as PartnershipState['menteeResponse'];\n",
    );
    expect(statusCasts([file], ['PartnershipStatus'], root).map((f) => f.why)).toEqual([
      'parsed JSON cast instead of parsed with its schema',
      'cast to a vocabulary type',
      'cast to a word field of a contract',
    ]);
  });

  it('finds a hand-written update of people.status', () => {
    const file = planted(
      'writer.ts',
      "await updatePerson(trx, id, { status: 'accepted', updated_at: iso });\n",
    );
    expect(peopleStatusWriters([file], root)).toHaveLength(1);
  });
});
