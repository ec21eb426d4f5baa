import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OwnProfileUpdate, PersonDetail } from '../../api/types';

const profileKey = ['my-profile'] as const;

/** The signed-in mentee's or mentor's own record. */
export function useOwnProfile() {
  return useQuery({ queryKey: profileKey, queryFn: () => api.get<PersonDetail>('/api/me/profile') });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: OwnProfileUpdate) => api.patch<PersonDetail>('/api/me/profile', changes),
    onSuccess: (profile) => queryClient.setQueryData(profileKey, profile),
  });
}

/** Withdraws the optional consent to keep details of the migrant background (the details are erased). */
export function useWithdrawBackgroundConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/me/consents/migrant-background/withdraw', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKey }),
  });
}
