import { describe, expect, it } from 'vitest';
import { isModuleComplete, readingProgress } from './module-completion.js';

describe('module completion', () => {
  it('is complete after attending a session, whatever was read', () => {
    expect(isModuleComplete({ attended: true, selfStudy: false, pageCount: 0, pagesRead: 0 })).toBe(true);
  });

  it('is complete for self-study once every page is read, not before', () => {
    expect(isModuleComplete({ attended: false, selfStudy: true, pageCount: 3, pagesRead: 2 })).toBe(false);
    expect(isModuleComplete({ attended: false, selfStudy: true, pageCount: 3, pagesRead: 3 })).toBe(true);
  });

  it('never counts reading for a module given in sessions, nor a self-study module without pages', () => {
    expect(isModuleComplete({ attended: false, selfStudy: false, pageCount: 2, pagesRead: 2 })).toBe(false);
    expect(isModuleComplete({ attended: false, selfStudy: true, pageCount: 0, pagesRead: 0 })).toBe(false);
  });

  it('reports progress in whole percent', () => {
    expect(readingProgress(1, 3)).toBe(33);
    expect(readingProgress(3, 3)).toBe(100);
    expect(readingProgress(0, 0)).toBe(0);
  });
});
