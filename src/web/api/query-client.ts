import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './client';

/** The query key of the current session; `null` data means nobody is signed in. */
export const sessionKey = ['session'] as const;

function isClientError(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
}

/**
 * One QueryClient for the app: client errors (4xx) are never retried, and an `auth.required`
 * from any call means the session ended, so the session cache is cleared and the guards redirect; an
 * `auth.privacy_acceptance_required` re-reads the session, whose guards open the new privacy text.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => forgetEndedSession(error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetEndedSession(error) }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
  function forgetEndedSession(error: unknown) {
    if (error instanceof ApiRequestError && error.status === 401 && error.code === 'auth.required') {
      client.setQueryData(sessionKey, null);
    }
    // A new privacy text came out during the session: re-read it, and the guards show the text.
    if (error instanceof ApiRequestError && error.code === 'auth.privacy_acceptance_required') {
      void client.invalidateQueries({ queryKey: sessionKey });
    }
  }
  return client;
}
