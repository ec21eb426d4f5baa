import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { formText } from '../forms/form-data';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { Loading, StatusMessage } from '../shell/status-message';
import { needsReauthentication, ReauthenticateForm } from './reauthenticate-form';
import { TotpQrCode } from './totp-qr-code';
import { TotpSecret } from './totp-secret';

const idPrefix = 'two-factor-setup';

/**
 * Enrolment in three steps: add the secret to an authenticator app, type its current code,
 * receive recovery codes. The server keeps no secret until a code confirms it.
 */
export function TwoFactorEnrolment({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const setup = useQuery({
    queryKey: ['two-factor-setup'],
    queryFn: () => callApi('POST /api/auth/two-factor/setup'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const enable = useMutation({
    mutationFn: (body: { secret: string; code: string }) =>
      callApi('POST /api/auth/two-factor/enable', { body }),
    onSuccess: (result) => onEnabled(result.recoveryCodes),
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  if (setup.isPending) return <Loading label={t('common.loading')} />;
  // A session signed in a while ago proves it is the owner again before a second factor is added.
  if (setup.isError && needsReauthentication(setup.error))
    return (
      <ReauthenticateForm
        idPrefix={`${idPrefix}-reauth`}
        onConfirmed={() => void setup.refetch()}
        onCancel={() => window.history.back()}
      />
    );
  if (setup.isError)
    return <StatusMessage tone="error">{formErrorsFrom(setup.error, t, i18n).message}</StatusMessage>;
  const { secret, uri } = setup.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(new FormData(event.currentTarget), 'code').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) {
      setErrors({ message: t('errors.validation.failed'), fields: { code: t('fieldErrors.six_digits') } });
      return;
    }
    setErrors(noFormErrors);
    enable.mutate({ secret, code });
  }

  return (
    <ol className="steps">
      <li className="steps__item">
        <h2 className="steps__title">{t('twoFactorSetup.step1Title')}</h2>
        <p>{t('twoFactorSetup.step1Text')}</p>
      </li>
      <li className="steps__item">
        <h2 className="steps__title">{t('twoFactorSetup.step2Title')}</h2>
        <p>{t('twoFactorSetup.step2Text')}</p>
        <div className="totp-setup">
          <TotpQrCode uri={uri} />
          <div className="totp-setup__key">
            <p>{t('twoFactorSetup.keyIntro')}</p>
            <TotpSecret secret={secret} />
          </div>
        </div>
        <p>
          <a className="button button--secondary" href={uri}>
            {t('twoFactorSetup.openInApp')}
          </a>
        </p>
        <details className="disclosure">
          <summary>{t('twoFactorSetup.showUri')}</summary>
          <p className="break-all">
            <code>{uri}</code>
          </p>
        </details>
      </li>
      <li className="steps__item">
        <h2 className="steps__title">{t('twoFactorSetup.step3Title')}</h2>
        <form className="form" noValidate onSubmit={submit}>
          <ErrorSummary errors={errors} idPrefix={idPrefix} labels={{ code: t('twoFactor.codeLabel') }} />
          <TextField
            idPrefix={idPrefix}
            name="code"
            label={t('twoFactor.codeLabel')}
            hint={t('twoFactor.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            className="field__input field__input--code"
            error={errors.fields.code}
          />
          <div className="form__actions">
            <SubmitButton label={t('twoFactorSetup.submit')} pending={enable.isPending} />
          </div>
        </form>
      </li>
    </ol>
  );
}
