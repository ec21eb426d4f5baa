import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OptionalConsentKind } from '../../../contracts/privacy-vocabulary';
import { type CallInput, callApi } from '../../api/call-api';

const profileKey = ['my-profile'] as const;

/** The signed-in mentee's or mentor's own record. */
export function useOwnProfile() {
  return useQuery({ queryKey: profileKey, queryFn: () => callApi('GET /api/me/profile') });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: CallInput<'PATCH /api/me/profile'>['body']) =>
      callApi('PATCH /api/me/profile', { body: changes }),
    onSuccess: (profile) => queryClient.setQueryData(profileKey, profile),
  });
}

/** An optional consent a participant can withdraw themself. */
export type OptionalConsent = OptionalConsentKind;

const withdrawKeys = {
  migrant_background: 'POST /api/me/consents/migrant-background/withdraw',
  esf_special_categories: 'POST /api/me/consents/special-categories/withdraw',
} as const satisfies Record<OptionalConsent, string>;

/**
 * Withdraws an optional consent; what it covered is erased at once (the countries of the migrant
 * background, or the answers to the optional ESF+ questions).
 */
export function useWithdrawConsent(kind: OptionalConsent, onWithdrawn: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(withdrawKeys[kind]),
    onSuccess: () => {
      onWithdrawn();
      return queryClient.invalidateQueries({ queryKey: profileKey });
    },
  });
}
