import { foldForSearch } from './fold-text.js';

/**
 * The words of a label as the search index stores them: folded (case and accents off, œ -> oe),
 * split on anything that is not a letter or digit, so only [0-9a-z] remain. "Kapper/kapster" gives
 * ["kapper", "kapster"], "aide-soignant(e)" gives ["aide", "soignant", "e"].
 */
export function searchWords(text: string): string[] {
  const folded = foldForSearch(text).replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
  return folded.split(/[^0-9a-z]+/).filter(Boolean);
}

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The range of index words that begin with `prefix`: `word >= from and word < to` (to is null when
 * nothing sorts after). A range rather than LIKE so that a plain b-tree index serves it on SQLite and on
 * PostgreSQL whatever the database collation: for words of [0-9a-z] every collation sorts the same.
 */
export function prefixRange(prefix: string): { from: string; to: string | null } {
  let end = prefix;
  while (end.length > 0) {
    const last = end.charAt(end.length - 1);
    const next = alphabet[alphabet.indexOf(last) + 1];
    if (next) return { from: prefix, to: end.slice(0, -1) + next };
    end = end.slice(0, -1);
  }
  return { from: prefix, to: null };
}

/** Which NACE divisions an ISCO-08 code belongs to: the entry of its longest listed prefix, or none. */
export function divisionsOfIsco(
  divisionsByIscoPrefix: ReadonlyMap<string, readonly string[]>,
  iscoCode: string,
): readonly string[] {
  for (let length = iscoCode.length; length > 0; length -= 1) {
    const found = divisionsByIscoPrefix.get(iscoCode.slice(0, length));
    if (found) return found;
  }
  return [];
}
