import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { callApi } from '../../api/call-api';
import { ApiRequestError } from '../../api/client';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { formSecret } from '../forms/form-data';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';

/** Whether an answer asks to prove again that it is the owner before changing how they sign in. */
export function needsReauthentication(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === 'auth.reauthentication_required';
}

/**
 * "Confirm it is you": the password again, before a change of how one signs in (a passkey, new
 * recovery codes). Ten minutes of grace follow, then the change is tried again by the caller.
 */
export function ReauthenticateForm({
  idPrefix,
  onConfirmed,
  onCancel,
}: {
  idPrefix: string;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const confirm = useMutation({
    mutationFn: (password: string) => callApi('POST /api/auth/reauthenticate', { body: { password } }),
    onSuccess: () => {
      setErrors(noFormErrors);
      onConfirmed();
    },
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = formSecret(new FormData(event.currentTarget), 'password');
    if (!password) {
      setErrors({ message: t('errors.validation.failed'), fields: { password: t('fieldErrors.required') } });
      return;
    }
    confirm.mutate(password);
  }

  const titleId = `${idPrefix}-confirm-title`;
  const labels = { password: t('fields.password') };
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={titleId}>
      <h3 className="section-title" id={titleId}>
        {t('passkeys.confirmTitle')}
      </h3>
      <p>{t('passkeys.confirmText')}</p>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      <TextField
        idPrefix={idPrefix}
        name="password"
        type="password"
        autoComplete="current-password"
        label={labels.password}
        error={errors.fields.password}
      />
      <div className="form__actions">
        <SubmitButton label={t('passkeys.confirm')} pending={confirm.isPending} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
