import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { ModulePages, PageInput, PageWriteResult, ReadProgress } from '../../api/types';

const pagesKey = (moduleId: string) => ['training-pages', moduleId] as const;

/** A module's self-study pages in reading order (up to 100), with the reader's progress. */
export function useModulePages(moduleId: string) {
  return useQuery({
    queryKey: pagesKey(moduleId),
    queryFn: () =>
      api.get<ModulePages>(
        withQuery(`/api/training/modules/${encodeURIComponent(moduleId)}/pages`, { pageSize: 100 }),
      ),
  });
}

function useInvalidatePages(moduleId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: pagesKey(moduleId) }),
      queryClient.invalidateQueries({ queryKey: ['training-path'] }),
    ]);
}

export function useMarkRead(moduleId: string) {
  const invalidate = useInvalidatePages(moduleId);
  return useMutation({
    mutationFn: (pageId: string) =>
      api.post<ReadProgress>(`/api/training/pages/${encodeURIComponent(pageId)}/read`, {}),
    onSuccess: invalidate,
  });
}

/** Adds a page (no id) or changes one; the answer says whether the sanitiser removed anything. */
export function useSavePage(moduleId: string) {
  const invalidate = useInvalidatePages(moduleId);
  return useMutation({
    mutationFn: ({ pageId, input }: { pageId: string | null; input: PageInput }) =>
      pageId
        ? api.put<PageWriteResult>(`/api/training/pages/${encodeURIComponent(pageId)}`, input)
        : api.post<PageWriteResult>(`/api/training/modules/${encodeURIComponent(moduleId)}/pages`, input),
    onSuccess: invalidate,
  });
}

/** Where the participation certificate of a module downloads from (a PDF). */
export function certificateHref(moduleId: string): string {
  return `/api/training/modules/${encodeURIComponent(moduleId)}/certificate`;
}
