import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CallInput, callApi } from '../../api/call-api';

const pagesKey = (moduleId: string) => ['training-pages', moduleId] as const;

/** A module's self-study pages in reading order (up to 100), with the reader's progress. */
export function useModulePages(moduleId: string) {
  return useQuery({
    queryKey: pagesKey(moduleId),
    queryFn: () =>
      callApi('GET /api/training/modules/:id/pages', { params: { id: moduleId }, query: { pageSize: 100 } }),
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
      callApi('POST /api/training/pages/:id/read', { params: { id: pageId }, body: {} }),
    onSuccess: invalidate,
  });
}

/** Adds a page (no id) or changes one; the answer says whether the sanitiser removed anything. */
export function useSavePage(moduleId: string) {
  const invalidate = useInvalidatePages(moduleId);
  return useMutation({
    mutationFn: ({
      pageId,
      input,
    }: {
      pageId: string | null;
      input: CallInput<'PUT /api/training/pages/:id'>['body'];
    }) =>
      pageId
        ? callApi('PUT /api/training/pages/:id', { params: { id: pageId }, body: input })
        : callApi('POST /api/training/modules/:id/pages', { params: { id: moduleId }, body: input }),
    onSuccess: invalidate,
  });
}

/** Where the participation certificate of a module downloads from (a PDF). */
export function certificateHref(moduleId: string): string {
  return `/api/training/modules/${encodeURIComponent(moduleId)}/certificate`;
}
