import { describe, expect, it } from 'vitest';
import { foldForSearch, sentenceCase } from './fold-text.js';

describe('search folding', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldForSearch('  Électricien   Bâtiment ')).toBe('electricien batiment');
    expect(foldForSearch('Verpleegkundige')).toBe('verpleegkundige');
  });

  it('turns upper-case section labels into sentence case and leaves others alone', () => {
    expect(sentenceCase('LANDBOUW, BOSBOUW EN VISSERIJ', 'nl')).toBe('Landbouw, bosbouw en visserij');
    expect(sentenceCase('Teelt van gewassen', 'nl')).toBe('Teelt van gewassen');
  });
});
