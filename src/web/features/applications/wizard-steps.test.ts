import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';
import { firstUnfinishedBefore, stepInAddress } from './wizard-steps';

describe('stepInAddress', () => {
  it('reads ?step=N counted from 1 and falls back to the first step', () => {
    expect(stepInAddress(new URLSearchParams('step=3'), 8)).toBe(2);
    expect(stepInAddress(new URLSearchParams('step=8'), 8)).toBe(7);
    expect(stepInAddress(new URLSearchParams(''), 8)).toBe(0);
    expect(stepInAddress(new URLSearchParams('step=9'), 8)).toBe(0);
    expect(stepInAddress(new URLSearchParams('step=0'), 8)).toBe(0);
    expect(stepInAddress(new URLSearchParams('step=2.5'), 8)).toBe(0);
  });
});

describe('firstUnfinishedBefore', () => {
  it('stops at the first earlier step that fails its checks', () => {
    expect(firstUnfinishedBefore(5, (index) => index !== 2)).toBe(2);
    expect(firstUnfinishedBefore(5, () => true)).toBe(5);
    expect(firstUnfinishedBefore(0, () => false)).toBe(0);
  });
});

describe('draft storage', () => {
  const store = new Map<string, string>();
  (globalThis as { window?: unknown }).window = {
    sessionStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    },
  };
  afterEach(() => store.clear());
  const empty = { name: '', postcode: null as string | null, languages: [] as string[], keep: false };

  it('gives back what was saved, and the empty draft once cleared', () => {
    saveDraft('draft', { ...empty, name: 'Amina', postcode: '9000', languages: ['ar'] });
    expect(loadDraft('draft', empty)).toEqual({
      name: 'Amina',
      postcode: '9000',
      languages: ['ar'],
      keep: false,
    });
    clearDraft('draft');
    expect(loadDraft('draft', empty)).toEqual(empty);
  });

  it('ignores stored values of the wrong kind and unreadable entries', () => {
    store.set('draft', JSON.stringify({ name: 42, languages: 'ar', keep: true, extra: 'x' }));
    expect(loadDraft('draft', empty)).toEqual({ ...empty, keep: true });
    store.set('draft', '{not json');
    expect(loadDraft('draft', empty)).toEqual(empty);
  });
});
