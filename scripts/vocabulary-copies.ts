import fs from 'node:fs';
import path from 'node:path';

/**
 * The check behind "each word list of the programme is written once" (STYLE.md): the word lists of
 * src/contracts/*-vocabulary.ts, and the places in src/ that write two or more of one list's words
 * again as a literal list, or cast a status or a parsed JSON in src/services.
 */
export interface WordList {
  module: string;
  name: string;
  words: readonly string[];
}

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

const vocabularyFile = /-vocabulary\.ts$/;

/** Every exported list of strings of the vocabulary modules (a list of one word is not a list). */
export async function readWordLists(contractsDir: string): Promise<WordList[]> {
  const lists: WordList[] = [];
  for (const file of fs
    .readdirSync(contractsDir)
    .filter((f) => vocabularyFile.test(f))
    .sort()) {
    const exported = (await import(path.join(contractsDir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (Array.isArray(value) && value.length > 1 && value.every((w) => typeof w === 'string'))
        lists.push({ module: file, name, words: value as string[] });
    }
  }
  return lists;
}

/** The .ts and .tsx files under `dir`, tests left out (a test may spell out what it expects). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

const stringItem = String.raw`(?:'[^'\n]*'|"[^"\n]*")`;
const literalList = new RegExp(String.raw`\[\s*${stringItem}(?:\s*,\s*${stringItem})+\s*,?\s*\]`, 'g');

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Literal lists that write the words of a vocabulary list again (in any order): a copy of a list
 * that has its one place in contracts/. A part of a list that the programme names (the running
 * statuses, the statuses that hold a place) is a list of its own in the vocabulary module, so a
 * copy of it is found too. Lists of the vocabulary modules themselves are theirs.
 */
export function copiedLists(files: readonly string[], lists: readonly WordList[], root: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (vocabularyFile.test(file) && file.includes(`${path.sep}contracts${path.sep}`)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(literalList)) {
      const words = [...match[0].matchAll(new RegExp(stringItem, 'g'))].map((m) => m[0].slice(1, -1));
      if (new Set(words).size < 2) continue;
      const written = new Set(words);
      const source = lists.find(
        (list) => new Set(list.words).size === written.size && list.words.every((w) => written.has(w)),
      );
      if (source)
        findings.push({
          file: path.relative(root, file),
          line: lineOf(text, match.index),
          text: match[0].replace(/\s+/g, ' '),
          why: `words of ${source.name} (contracts/${source.module})`,
        });
    }
  }
  return findings;
}

/** The type names of the vocabulary modules (`export type PartnershipStatus = ...`). */
export function vocabularyTypeNames(contractsDir: string): string[] {
  const names = new Set<string>();
  for (const file of fs.readdirSync(contractsDir).filter((f) => vocabularyFile.test(f)))
    for (const m of fs.readFileSync(path.join(contractsDir, file), 'utf8').matchAll(/export type (\w+)/g))
      if (m[1]) names.add(m[1]);
  return [...names];
}

/**
 * Casts that hide a stored word or stored JSON from the type checker: `JSON.parse(...) as T`, a cast
 * to a vocabulary type (`as PartnershipStatus`, `as Meeting['status']`) or to literal words
 * (`as 'mentee' | 'mentor'`). The schema types the columns and stored JSON is parsed with its schema.
 */
export function statusCasts(files: readonly string[], typeNames: readonly string[], root: string): Finding[] {
  const vocabularyType = new RegExp(String.raw`\bas (?:${typeNames.join('|')})\b(?!\w)`);
  // A word field of a contract, also a camel-cased one (menteeResponse, endReason, applicationStage).
  const fieldType =
    /\bas \w+\['(?:status|kind|stage|side|role|outcome|state|rule|channel|section|locale|region|health|audience|format|topics|\w*(?:Status|Response|Reason|Stage|Kind|Outcome))'\]/;
  const literalWords = /\bas '[a-z_]+'(?:\s*\|\s*'[a-z_]+')*/;
  const findings: Finding[] = [];
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const text = lines.join('\n');
    // JSON.parse(...) as T, the call possibly spanning lines.
    for (const m of text.matchAll(/JSON\.parse\(/g)) {
      let depth = 0;
      let i = m.index + 'JSON.parse'.length;
      for (; i < text.length; i++) {
        if (text[i] === '(') depth += 1;
        else if (text[i] === ')' && --depth === 0) break;
      }
      if (/^\)\s*\)?\s*as\s/.test(text.slice(i, i + 12)))
        findings.push({
          file: path.relative(root, file),
          line: lineOf(text, m.index),
          text: lines[lineOf(text, m.index) - 1]?.trim() ?? '',
          why: 'parsed JSON cast instead of parsed with its schema',
        });
    }
    lines.forEach((line, n) => {
      if (/^\s*(\*|\/\/)/.test(line)) return;
      const why = vocabularyType.test(line)
        ? 'cast to a vocabulary type'
        : fieldType.test(line)
          ? 'cast to a word field of a contract'
          : literalWords.test(line)
            ? 'cast to literal words'
            : null;
      if (why) findings.push({ file: path.relative(root, file), line: n + 1, text: line.trim(), why });
    });
  }
  return findings;
}

/**
 * Places that write people.status other than services/people/change-person-status.ts: an update of
 * the people table (`updatePerson(...)`, `updateTable('people')`) whose changes name `status`. A new
 * person's first status is written with the insert and is no change.
 */
export function peopleStatusWriters(files: readonly string[], root: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (file.endsWith(path.join('services', 'people', 'change-person-status.ts'))) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/updatePerson\(|updateTable\(\s*'people'\s*\)/g)) {
      // The statement up to its end: the changes object of the call or of .set(...).
      const end = text.indexOf(';', m.index);
      const statement = text.slice(m.index, end === -1 ? undefined : end);
      if (/[{,]\s*status\s*[:,}]/.test(statement) || /\.set\(\s*\{[^}]*\bstatus\b/.test(statement))
        findings.push({
          file: path.relative(root, file),
          line: lineOf(text, m.index),
          text: statement.split('\n')[0]?.trim() ?? '',
          why: 'writes people.status outside services/people/change-person-status.ts',
        });
    }
  }
  return findings;
}
