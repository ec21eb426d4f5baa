import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';
import type { AssociationInput } from '../../api/types';

/** One page of associations, optionally filtered by name. */
export function useAssociationPage(page: number, pageSize: number, q: string) {
  return useQuery({
    queryKey: ['associations', { page, pageSize, q }],
    queryFn: () => callApi('GET /api/associations', { query: { page, pageSize, q: q || undefined } }),
  });
}

/** Every association (up to the API's page limit of 100), for pickers such as the invite form. */
export function useAllAssociations() {
  return useQuery({
    queryKey: ['associations', 'all'],
    queryFn: () => callApi('GET /api/associations', { query: { page: 1, pageSize: 100 } }),
    select: (data) => data.items,
  });
}

export function useCreateAssociation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssociationInput) => callApi('POST /api/associations', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['associations'] }),
  });
}

/** An admin or the association's coach lets sister associations of the region match its mentors, or not. */
export function useSetMentorSharing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; sharesMentors: boolean }) =>
      callApi('PUT /api/associations/:id/mentor-sharing', {
        params: { id: input.id },
        body: { sharesMentors: input.sharesMentors },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['associations'] }),
  });
}
