import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OptionalConsentKind } from '../../../contracts/privacy-vocabulary';
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

/** An optional consent a participant can withdraw themself. */
export type OptionalConsent = OptionalConsentKind;

const withdrawPaths: Record<OptionalConsent, string> = {
  migrant_background: '/api/me/consents/migrant-background/withdraw',
  esf_special_categories: '/api/me/consents/special-categories/withdraw',
};

/**
 * Withdraws an optional consent; what it covered is erased at once (the countries of the migrant
 * background, or the answers to the optional ESF+ questions).
 */
export function useWithdrawConsent(kind: OptionalConsent, onWithdrawn: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>(withdrawPaths[kind], {}),
    onSuccess: () => {
      onWithdrawn();
      return queryClient.invalidateQueries({ queryKey: profileKey });
    },
  });
}
