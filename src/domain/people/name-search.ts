import { foldForSearch } from '../reference/fold-text.js';

/**
 * Names are spelled in many ways (Haddad, Hadad; Öztürk, Ozturk; Mohammed, Mohamed, Muhammad), and
 * a coach types what she heard. A name is searched by its trigrams after a spelling key: accents
 * folded, lower case, doubled letters once, and a few transcription variants made one (ou/u, ph/f,
 * y/i, ck/k, dj/j). Each word is padded, so a last name alone finds the person.
 */
export function spellingKey(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/dj/g, 'j')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct trigrams of a name's words after the spelling key ("hadad" -> "  h", " ha", "had", ...). */
export function nameGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const word of spellingKey(text).split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  }
  return [...grams];
}

/** The shortest and longest query a name search takes (letters after the spelling key; characters typed). */
export const nameQueryLimits = { minLetters: 2, maxLength: 100 } as const;

/**
 * How many of the query's trigrams a name must share to be a hit: about two thirds, so one typo or one
 * missing letter in a word of five still finds it, while unrelated names sharing a first letter do not.
 */
export function minimumSharedGrams(queryGrams: number): number {
  return Math.max(1, Math.ceil(queryGrams * 0.6));
}
