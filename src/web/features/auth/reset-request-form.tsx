import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
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
  looksLikeEmail,
  noFormErrors,
} from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';

const idPrefix = 'reset-request';

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export function ResetRequestForm() {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const request = useMutation({
    mutationFn: (body: { email: string }) => callApi('POST /api/auth/password-reset/request', { body }),
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  if (request.isSuccess) {
    return (
      <StatusMessage tone="success" title={t('resetPassword.sentTitle')}>
        <p>{t('resetPassword.sentText', { email: request.variables.email })}</p>
      </StatusMessage>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = formText(new FormData(event.currentTarget), 'email');
    let problems = checkRequired({ email }, t);
    if (!hasFormErrors(problems) && !looksLikeEmail(email)) {
      problems = {
        message: t('errors.validation.failed'),
        fields: { email: t('fieldErrors.invalid_email') },
      };
    }
    setErrors(problems);
    if (!hasFormErrors(problems)) request.mutate({ email });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={{ email: t('fields.email') }} />
      <TextField
        idPrefix={idPrefix}
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="email"
        spellCheck={false}
        error={errors.fields.email}
      />
      <div className="form__actions">
        <SubmitButton label={t('resetPassword.submit')} pending={request.isPending} />
      </div>
    </form>
  );
}
