import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { Association, AssociationInput, AssociationPage } from '../../api/types';

/** One page of associations, optionally filtered by name. */
export function useAssociationPage(page: number, pageSize: number, q: string) {
  return useQuery({
    queryKey: ['associations', { page, pageSize, q }],
    queryFn: () => api.get<AssociationPage>(withQuery('/api/associations', { page, pageSize, q })),
  });
}

/** Every association (up to the API's page limit of 100), for pickers such as the invite form. */
export function useAllAssociations() {
  return useQuery({
    queryKey: ['associations', 'all'],
    queryFn: () => api.get<AssociationPage>(withQuery('/api/associations', { page: 1, pageSize: 100 })),
    select: (data) => data.items,
  });
}

export function useCreateAssociation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssociationInput) => api.post<Association>('/api/associations', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['associations'] }),
  });
}

/** An admin or the association's coach lets sister associations of the region match its mentors, or not. */
export function useSetMentorSharing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; sharesMentors: boolean }) =>
      api.put<Association>(`/api/associations/${encodeURIComponent(input.id)}/mentor-sharing`, {
        sharesMentors: input.sharesMentors,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['associations'] }),
  });
}
