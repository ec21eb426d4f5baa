import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';

/** One page of the directory of mentors who opted in. */
export function useDirectory(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['mentor-network', page, pageSize],
    queryFn: () => callApi('GET /api/mentor-network', { query: { page, pageSize } }),
  });
}

export function useOwnListing(enabled: boolean) {
  return useQuery({
    queryKey: ['mentor-network', 'mine'],
    queryFn: () => callApi('GET /api/me/mentor-network'),
    enabled,
  });
}

export function useChangeListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (line: string | null) =>
      line === null
        ? callApi('POST /api/me/mentor-network/leave', { body: {} })
        : callApi('PUT /api/me/mentor-network', { body: { line } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mentor-network'] }),
  });
}
