import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { checkNewPassword, NewPasswordFields, newPasswordLabels } from '../auth/new-password-fields';
import { useApplySession } from '../auth/session';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { formSecret } from '../forms/form-data';
import {
  checkRequired,
  type FormErrors,
  formErrorsFrom,
  hasFormErrors,
  mergeFormErrors,
  noFormErrors,
} from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';

const idPrefix = 'change-password';

/** Changes the password; the server ends the other sessions and renews this one. */
export function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const applySession = useApplySession();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [formKey, setFormKey] = useState(0);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      callApi('POST /api/auth/password', { body }),
    onSuccess: (session) => {
      applySession(session);
      setFormKey((key) => key + 1);
    },
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const currentPassword = formSecret(data, 'currentPassword');
    const newPassword = formSecret(data, 'newPassword');
    const problems = mergeFormErrors(
      checkRequired({ currentPassword }, t),
      checkNewPassword('newPassword', newPassword, formSecret(data, 'passwordRepeat'), t),
    );
    setErrors(problems);
    if (!hasFormErrors(problems)) change.mutate({ currentPassword, newPassword });
  }

  const labels = { currentPassword: t('fields.currentPassword'), ...newPasswordLabels('newPassword', t) };
  return (
    <form className="form" noValidate onSubmit={submit} key={formKey} aria-labelledby="change-password-title">
      <h2 className="section-title" id="change-password-title">
        {t('account.passwordTitle')}
      </h2>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {change.isSuccess && formKey > 0 ? (
        <StatusMessage tone="success">{t('account.passwordChanged')}</StatusMessage>
      ) : null}
      <TextField
        idPrefix={idPrefix}
        name="currentPassword"
        type="password"
        label={labels.currentPassword}
        autoComplete="current-password"
        error={errors.fields.currentPassword}
      />
      <NewPasswordFields idPrefix={idPrefix} name="newPassword" errors={errors} />
      <div className="form__actions">
        <SubmitButton label={t('account.changePassword')} pending={change.isPending} />
      </div>
    </form>
  );
}
