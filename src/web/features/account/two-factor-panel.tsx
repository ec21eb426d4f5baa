import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { callApi } from '../../api/call-api';
import type { SessionResponse } from '../../api/types';
import { useTranslation } from '../../translator';
import { needsReauthentication, ReauthenticateForm } from '../auth/reauthenticate-form';
import { RecoveryCodes } from '../auth/recovery-codes';
import { formErrorsFrom } from '../forms/form-errors';
import { ConfirmDialog } from '../shell/confirm-dialog';

/** Two-factor status, and new recovery codes (which make the old ones useless). */
export function TwoFactorPanel({ session }: { session: SessionResponse }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // New codes change how one signs in: after a while the password is asked again first.
  const [reauthenticating, setReauthenticating] = useState(false);
  const regenerate = useMutation({
    mutationFn: () => callApi('POST /api/auth/two-factor/recovery-codes'),
    onSuccess: () => setConfirming(false),
    onError: (error) => {
      if (needsReauthentication(error)) {
        setConfirming(false);
        setReauthenticating(true);
      }
    },
  });
  const { enrolled, required } = session.twoFactor;

  return (
    <section className="card" aria-labelledby="two-factor-title">
      <h2 className="section-title" id="two-factor-title">
        {t('account.twoFactorTitle')}
      </h2>
      <p>
        <span className={enrolled ? 'badge badge--accepted' : 'badge badge--pending'}>
          {enrolled ? t('account.twoFactorOn') : t('account.twoFactorOff')}
        </span>{' '}
        {required ? t('account.twoFactorRequired') : t('account.twoFactorOptional')}
      </p>
      {regenerate.isSuccess ? (
        <RecoveryCodes
          codes={regenerate.data.recoveryCodes}
          onDone={() => regenerate.reset()}
          doneLabel={t('recoveryCodes.saved')}
        />
      ) : reauthenticating ? (
        <ReauthenticateForm
          idPrefix="two-factor-reauth"
          onConfirmed={() => {
            setReauthenticating(false);
            regenerate.mutate();
          }}
          onCancel={() => {
            setReauthenticating(false);
            regenerate.reset();
          }}
        />
      ) : enrolled ? (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('account.regenerateCodes')}
        </button>
      ) : (
        <Link className="button button--primary" to="/two-factor/setup">
          {t('account.setUpTwoFactor')}
        </Link>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('account.regenerateTitle')}
        confirmLabel={t('account.regenerateConfirm')}
        pending={regenerate.isPending}
        error={
          regenerate.isError && !needsReauthentication(regenerate.error)
            ? formErrorsFrom(regenerate.error, t, i18n).message
            : null
        }
        onCancel={() => setConfirming(false)}
        onConfirm={() => regenerate.mutate()}
      >
        <p>{t('account.regenerateText')}</p>
      </ConfirmDialog>
    </section>
  );
}
