import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { pathForState, useApplySession } from '../auth/session';
import { formErrorsFrom } from '../forms/form-errors';
import { signWithPasskey, usePasskeySupport, wasCancelled } from './passkeys';

/** The second step of a staff sign-in with one of the account's passkeys instead of a code. */
export function PasskeySecondStep() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const applySession = useApplySession();
  const support = usePasskeySupport();
  const [message, setMessage] = useState<string | null>(null);
  const verify = useMutation({
    mutationFn: async () => {
      const begun = await callApi('POST /api/auth/two-factor/passkey/options');
      const credential = await signWithPasskey(begun.options);
      return callApi('POST /api/auth/two-factor/passkey', {
        body: { challengeId: begun.challengeId, credential: credential as never },
      });
    },
    onSuccess: (session) => {
      applySession(session);
      navigate(pathForState(session.state), { replace: true });
    },
    onError: (error) =>
      setMessage(wasCancelled(error) ? t('passkeys.cancelled') : formErrorsFrom(error, t, i18n).message),
  });
  if (!support.usable) return null;
  return (
    <div className="passkey-step">
      <button
        type="button"
        className="button button--secondary"
        disabled={verify.isPending}
        onClick={() => {
          setMessage(null);
          verify.mutate();
        }}
      >
        {t('passkeys.secondStep')}
      </button>
      {message ? <p role="alert">{message}</p> : null}
      <p className="passkey-step__or">{t('passkeys.orCode')}</p>
    </div>
  );
}
