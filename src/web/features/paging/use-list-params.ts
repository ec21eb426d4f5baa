import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The page size of every table in the app. */
export const pageSize = 20;

/**
 * A list's page and filters live in the URL (?page=2&q=...), so back/forward and reloads keep
 * them. Changing a filter returns to page 1.
 */
export function useListParams<K extends string>(filterNames: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const pageValue = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(pageValue) && pageValue > 0 ? pageValue : 1;
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ''])) as Record<
    K,
    string
  >;

  const setFilters = useCallback(
    (next: Partial<Record<K, string>>) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        for (const [name, value] of Object.entries(next)) {
          if (typeof value === 'string' && value) updated.set(name, value);
          else updated.delete(name);
        }
        updated.delete('page');
        return updated;
      });
    },
    [setParams],
  );

  const setParam = useCallback(
    (name: string, value: string | null) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (value) updated.set(name, value);
        else updated.delete(name);
        return updated;
      });
    },
    [setParams],
  );

  return { page, filters, setFilters, setParam, params };
}
