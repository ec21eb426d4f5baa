/**
 * An application draft kept in the tab's session storage, so Back, Forward and a reload do not lose
 * what was typed. Session storage ends with the tab; a sent application clears its draft at once.
 */
export function loadDraft<D extends object>(key: string, initial: D): D {
  try {
    const stored = window.sessionStorage.getItem(key);
    if (!stored) return initial;
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return initial;
    return { ...initial, ...sameShape(initial, parsed as Record<string, unknown>) };
  } catch {
    return initial;
  }
}

/** Keeps only the stored values whose kind matches the empty draft's (an old or edited entry is ignored). */
function sameShape(initial: object, stored: Record<string, unknown>): Partial<Record<string, unknown>> {
  const kept: Record<string, unknown> = {};
  for (const [field, empty] of Object.entries(initial)) {
    const value = stored[field];
    if (value === undefined) continue;
    const fits =
      Array.isArray(empty) === Array.isArray(value) &&
      (empty === null || value === null || typeof empty === typeof value);
    if (fits) kept[field] = value;
  }
  return kept;
}

export function saveDraft(key: string, draft: object): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the draft still lives in memory for this page.
  }
}

export function clearDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
