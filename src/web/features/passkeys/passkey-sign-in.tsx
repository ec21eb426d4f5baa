import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { pathForState, useApplySession } from '../auth/session';
import { formErrorsFrom } from '../forms/form-errors';
import { signWithPasskey, usePasskeySupport, wasCancelled } from './passkeys';

/** Signing in with a passkey alone, for mentees and mentors who added one. */
export function PasskeySignIn() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const applySession = useApplySession();
  const support = usePasskeySupport();
  const [message, setMessage] = useState<string | null>(null);
  const signIn = useMutation({
    mutationFn: async () => {
      const begun = await callApi('POST /api/auth/passkey/options');
      const credential = await signWithPasskey(begun.options);
      return callApi('POST /api/auth/passkey/sign-in', {
        body: { challengeId: begun.challengeId, credential: credential as never },
      });
    },
    onSuccess: (session) => {
      applySession(session);
      navigate(session.state === 'signed_in' ? '/' : pathForState(session.state), { replace: true });
    },
    onError: (error) =>
      setMessage(wasCancelled(error) ? t('passkeys.cancelled') : formErrorsFrom(error, t, i18n).message),
  });
  if (!support.usable) return null;
  return (
    <div className="passkey-step">
      <p className="passkey-step__or">{t('passkeys.or')}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={signIn.isPending}
        onClick={() => {
          setMessage(null);
          signIn.mutate();
        }}
      >
        {t('passkeys.signIn')}
      </button>
      <p className="muted">{t('passkeys.signInHint')}</p>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  );
}
