import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { callApi } from '../../api/call-api';
import { sessionKey } from '../../api/query-client';
import { useTranslation } from '../../translator';

/** Ends the session on the server, forgets every cached answer and returns to sign-in. */
export function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    try {
      await callApi('POST /api/auth/sign-out');
    } catch {
      // Signed out already or the session expired: the outcome is the same.
    }
    queryClient.clear();
    queryClient.setQueryData(sessionKey, null);
    navigate('/sign-in', { replace: true });
  }

  return (
    <button type="button" className="button button--quiet" onClick={signOut} disabled={pending}>
      {t('shell.signOut')}
    </button>
  );
}
