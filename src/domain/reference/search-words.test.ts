import { describe, expect, it } from 'vitest';
import { divisionsOfIsco, prefixRange, searchWords } from './search-words.js';

describe('searchWords', () => {
  it('folds and splits a label into words of letters and digits', () => {
    expect(searchWords('Kapper/kapster')).toEqual(['kapper', 'kapster']);
    expect(searchWords('Aide-soignant(e) à domicile')).toEqual(['aide', 'soignant', 'e', 'a', 'domicile']);
    expect(searchWords('Chef d’œuvre, Straße')).toEqual(['chef', 'd', 'oeuvre', 'strasse']);
    expect(searchWords('  ')).toEqual([]);
  });
});

describe('prefixRange', () => {
  it('covers exactly the words that begin with the prefix', () => {
    const { from, to } = prefixRange('kapper');
    expect({ from, to }).toEqual({ from: 'kapper', to: 'kappes' });
    const inRange = (word: string) => word >= from && (to === null || word < to);
    expect(['kapper', 'kappers', 'kapperszaak'].every(inRange)).toBe(true);
    expect(['kappe', 'kappes', 'kapster'].some(inRange)).toBe(false);
  });

  it('carries past z and 9, and has no upper end for a prefix of only z', () => {
    expect(prefixRange('boz')).toEqual({ from: 'boz', to: 'bp' });
    expect(prefixRange('a9')).toEqual({ from: 'a9', to: 'aa' });
    expect(prefixRange('zz')).toEqual({ from: 'zz', to: null });
  });
});

describe('divisionsOfIsco', () => {
  const mapping = new Map([
    ['24', ['70']],
    ['2411', ['69']],
    ['514', ['96']],
  ]);

  it('takes the longest listed prefix of the ISCO code', () => {
    expect(divisionsOfIsco(mapping, '2411')).toEqual(['69']);
    expect(divisionsOfIsco(mapping, '2421')).toEqual(['70']);
    expect(divisionsOfIsco(mapping, '5141')).toEqual(['96']);
    expect(divisionsOfIsco(mapping, '9112')).toEqual([]);
  });
});
