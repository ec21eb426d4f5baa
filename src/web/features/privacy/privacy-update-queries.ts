import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';
import type { Locale } from '../../api/types';
import { useRefreshSession } from '../auth/session';

/** The privacy text in force in the page's language, what changed, and the versions accepted so far. */
export function usePrivacyUpdate(locale: Locale) {
  return useQuery({
    queryKey: ['privacy-update', locale],
    queryFn: () => callApi('GET /api/me/privacy-update', { query: { lang: locale } }),
  });
}

/** "I have read and accept": stores the acceptance, then re-reads the session so every page opens again. */
export function useAcceptPrivacy() {
  const refreshSession = useRefreshSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: string; locale: Locale }) =>
      callApi('POST /api/me/privacy-update/accept', { body }),
    onSuccess: async () => {
      // The history now holds the new version (the profile lists it).
      await queryClient.invalidateQueries({ queryKey: ['privacy-update'] });
      await refreshSession();
    },
    // A newer text came out while the page was open: show that one.
    onError: () => queryClient.invalidateQueries({ queryKey: ['privacy-update'] }),
  });
}
