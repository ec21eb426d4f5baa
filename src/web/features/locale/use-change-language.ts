import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { callApi } from '../../api/call-api';
import { sessionKey } from '../../api/query-client';
import type { Locale, SessionResponse } from '../../api/types';
import { storeLocale } from '../../i18n';
import { useTranslation } from '../../translator';

/**
 * Switches the language at once; remembers it in this browser, and for a signed-in person also on
 * the server (PUT /api/me/locale) so emails and the next sign-in use it too.
 */
export function useChangeLanguage() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18n.changeLanguage(locale);
      const session = queryClient.getQueryData<SessionResponse | null>(sessionKey);
      if (session?.state !== 'signed_in') return;
      queryClient.setQueryData<SessionResponse>(sessionKey, {
        ...session,
        user: { ...session.user, locale },
      });
      try {
        await callApi('PUT /api/me/locale', { body: { locale } });
      } catch {
        // The language still changed in this browser; the server keeps the old preference.
      }
    },
    [i18n, queryClient],
  );
}
