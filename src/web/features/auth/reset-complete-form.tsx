import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { formSecret } from '../forms/form-data';
import { type FormErrors, formErrorsFrom, hasFormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { checkNewPassword, NewPasswordFields, newPasswordLabels } from './new-password-fields';

const idPrefix = 'reset-complete';

/** Sets a new password with the token from the reset email; every other session then ends. */
export function ResetCompleteForm({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const complete = useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      callApi('POST /api/auth/password-reset/complete', { body }),
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  if (complete.isSuccess) {
    return (
      <StatusMessage tone="success" title={t('resetComplete.doneTitle')}>
        <p>{t('resetComplete.doneText')}</p>
        <p>
          <Link className="button button--primary" to="/sign-in">
            {t('resetComplete.toSignIn')}
          </Link>
        </p>
      </StatusMessage>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = formSecret(data, 'password');
    const problems = checkNewPassword('password', password, formSecret(data, 'passwordRepeat'), t);
    setErrors(problems);
    if (!hasFormErrors(problems)) complete.mutate({ token, password });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={newPasswordLabels('password', t)} />
      <NewPasswordFields idPrefix={idPrefix} name="password" errors={errors} />
      <div className="form__actions">
        <SubmitButton label={t('resetComplete.submit')} pending={complete.isPending} />
      </div>
    </form>
  );
}
