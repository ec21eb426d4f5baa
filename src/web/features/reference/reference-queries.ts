import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { callApi } from '../../api/call-api';
import { api, withQuery } from '../../api/client';
import type { ReferenceList } from '../../api/types';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';

export type ReferenceKind = 'occupations' | 'sectors' | 'skills' | 'postcodes';

/** A value that follows another after it stopped changing for `delay` ms (search as you type). */
export function useDebouncedValue<T>(value: T, delay = 200): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function referencePath(kind: ReferenceKind, q: string, lang: string, limit: number, level?: 1 | 2) {
  return withQuery(`/api/reference/${kind}`, { q, lang, limit, level });
}

/** The reference items matching what was typed, in the page's language. */
export function useReferenceSearch(kind: ReferenceKind, q: string, enabled: boolean, level?: 1 | 2) {
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const query = useDebouncedValue(q.trim());
  return useQuery({
    queryKey: ['reference', kind, level ?? null, lang, query],
    queryFn: () => api.get<ReferenceList>(referencePath(kind, query, lang, 12, level)),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

/** The label of a code that arrived without one (a saved assessment, a filter in the URL). */
export function useReferenceLabel(kind: ReferenceKind, code: string | null, known?: string | null) {
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const label = useQuery({
    queryKey: ['reference-label', kind, lang, code],
    queryFn: () => api.get<ReferenceList>(referencePath(kind, code ?? '', lang, 10)),
    enabled: Boolean(code) && !known,
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => data.items.find((item) => item.code === code)?.label ?? null,
  });
  return known ?? label.data ?? null;
}

/** The name of every NACE section and division in the page's language (one cached request). */
export function useSectorLabels(): Map<string, string> {
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const labels = useQuery({
    queryKey: ['sector-labels', lang],
    queryFn: () => callApi('GET /api/reference/sector-labels', { query: { lang } }),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => new Map(data.items.map((item) => [item.code, item.label])),
  });
  return labels.data ?? emptyLabels;
}
const emptyLabels = new Map<string, string>();

/** The name of every ISCO-08 group ("2221" -> "Verpleegkundigen") in the page's language, cached. */
export function useOccupationGroupLabels(): Map<string, string> {
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const labels = useQuery({
    queryKey: ['occupation-group-labels', lang],
    queryFn: () => callApi('GET /api/reference/occupation-group-labels', { query: { lang } }),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => new Map(data.items.map((item) => [item.code, item.label])),
  });
  return labels.data ?? emptyLabels;
}

/**
 * The words for the given sector or occupation codes in the page's language (one cached request per
 * set of codes): screens show these, never the bare code.
 */
export function useCodeLabels(
  list: 'sectors' | 'occupations',
  codes: readonly string[],
): Map<string, string> {
  const { i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const wanted = [...new Set(codes.filter(Boolean))].sort().slice(0, 50);
  const labels = useQuery({
    queryKey: ['code-labels', list, lang, wanted.join(',')],
    queryFn: () => callApi('GET /api/reference/labels', { query: { list, codes: wanted.join(','), lang } }),
    enabled: wanted.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => new Map(data.items.map((item) => [item.code, item.label])),
  });
  return labels.data ?? emptyLabels;
}
