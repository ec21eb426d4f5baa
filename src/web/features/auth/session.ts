import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { callApi } from '../../api/call-api';
import { sessionKey } from '../../api/query-client';
import type { SessionResponse, SessionState } from '../../api/types';
import { useTranslation } from '../../translator';

export type { SessionState };

/** The current session, or null when nobody is signed in (the server answers `{ signedIn: false }`). */
export async function fetchSession(): Promise<SessionResponse | null> {
  const check = await callApi('GET /api/auth/session');
  if (!check.signedIn) return null;
  const { signedIn: _signedIn, ...session } = check;
  return session;
}

/** Reads the session once at start and shares it with every page. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** Where a session in a given state belongs. */
export function pathForState(state: SessionState): string {
  switch (state) {
    case 'two_factor_required':
      return '/two-factor';
    case 'two_factor_setup_required':
      return '/two-factor/setup';
    default:
      return '/';
  }
}

/** Stores a fresh session from the server and switches to the user's own language. */
export function useApplySession() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useCallback(
    (session: SessionResponse) => {
      queryClient.setQueryData(sessionKey, session);
      if (session.user.locale !== i18n.language) void i18n.changeLanguage(session.user.locale);
    },
    [queryClient, i18n],
  );
}

/** Re-reads the session from the server, e.g. after two-factor enrolment changed its state. */
export function useRefreshSession() {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 0 }),
    [queryClient],
  );
}
