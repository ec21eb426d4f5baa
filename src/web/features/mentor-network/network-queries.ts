import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { DirectoryPage, OwnListing } from '../../api/types';

/** One page of the directory of mentors who opted in. */
export function useDirectory(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['mentor-network', page, pageSize],
    queryFn: () => api.get<DirectoryPage>(withQuery('/api/mentor-network', { page, pageSize })),
  });
}

export function useOwnListing(enabled: boolean) {
  return useQuery({
    queryKey: ['mentor-network', 'mine'],
    queryFn: () => api.get<OwnListing>('/api/me/mentor-network'),
    enabled,
  });
}

export function useChangeListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (line: string | null) =>
      line === null
        ? api.post<OwnListing>('/api/me/mentor-network/leave', {})
        : api.put<OwnListing>('/api/me/mentor-network', { line }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mentor-network'] }),
  });
}
