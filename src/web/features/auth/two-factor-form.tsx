import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { formText } from '../forms/form-data';
import {
  checkRequired,
  type FormErrors,
  formErrorsFrom,
  hasFormErrors,
  noFormErrors,
} from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { pathForState, useApplySession } from './session';

const idPrefix = 'two-factor';
type Method = 'code' | 'recoveryCode';

/** The second step of sign-in: a code from the authenticator app, or one recovery code. */
export function TwoFactorForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const applySession = useApplySession();
  const [method, setMethod] = useState<Method>('code');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const verify = useMutation({
    mutationFn: (body: { code: string } | { recoveryCode: string }) =>
      callApi('POST /api/auth/two-factor/verify', { body }),
    onSuccess: (session) => {
      applySession(session);
      navigate(pathForState(session.state), { replace: true });
    },
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = formText(new FormData(event.currentTarget), method).replace(/\s+/g, '');
    let problems = checkRequired({ [method]: value }, t);
    if (!hasFormErrors(problems) && method === 'code' && !/^\d{6}$/.test(value)) {
      problems = { message: t('errors.validation.failed'), fields: { code: t('fieldErrors.six_digits') } };
    }
    setErrors(problems);
    if (hasFormErrors(problems)) return;
    verify.mutate(method === 'code' ? { code: value } : { recoveryCode: value });
  }

  function switchMethod() {
    setErrors(noFormErrors);
    setMethod((current) => (current === 'code' ? 'recoveryCode' : 'code'));
  }

  const labels = { code: t('twoFactor.codeLabel'), recoveryCode: t('twoFactor.recoveryCodeLabel') };
  return (
    <>
      <form className="form" noValidate onSubmit={submit} key={method}>
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        {method === 'code' ? (
          <TextField
            idPrefix={idPrefix}
            name="code"
            label={labels.code}
            hint={t('twoFactor.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            className="field__input field__input--code"
            error={errors.fields.code}
          />
        ) : (
          <TextField
            idPrefix={idPrefix}
            name="recoveryCode"
            label={labels.recoveryCode}
            hint={t('twoFactor.recoveryCodeHint')}
            autoComplete="off"
            spellCheck={false}
            error={errors.fields.recoveryCode}
          />
        )}
        <div className="form__actions">
          <SubmitButton label={t('twoFactor.submit')} pending={verify.isPending} />
        </div>
      </form>
      <p className="form__switch">
        <button type="button" className="button button--link" onClick={switchMethod}>
          {method === 'code' ? t('twoFactor.useRecoveryCode') : t('twoFactor.useAuthenticator')}
        </button>
      </p>
    </>
  );
}
