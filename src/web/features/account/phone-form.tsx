import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { callApi } from '../../api/call-api';
import type { SessionResponse } from '../../api/types';
import { useTranslation } from '../../translator';
import { useApplySession } from '../auth/session';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';

const idPrefix = 'account-phone';

/** A coach's or admin's phone number, shown to the participants they coach beside the email. */
export function PhoneForm({ session }: { session: SessionResponse }) {
  const { t, i18n } = useTranslation();
  const applySession = useApplySession();
  const [phone, setPhone] = useState(session.user.phone ?? '');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const save = useMutation({
    mutationFn: (value: string | null) => callApi('PUT /api/me/phone', { body: { phone: value } }),
    onSuccess: (_, value) => {
      setErrors(noFormErrors);
      applySession({ ...session, user: { ...session.user, phone: value } });
    },
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = phone.trim();
    if (value && !/^\+?[0-9 ()./-]{6,20}$/.test(value)) {
      setErrors({ message: t('errors.validation.failed'), fields: { phone: t('fieldErrors.phone') } });
      return;
    }
    save.mutate(value || null);
  }

  const labels = { phone: t('fields.phone') };
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="account-phone-title">
      <h2 className="section-title" id="account-phone-title">
        {t('account.phoneTitle')}
      </h2>
      <p className="muted">{t('account.phoneHint')}</p>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {save.isSuccess ? <StatusMessage tone="success">{t('account.phoneSaved')}</StatusMessage> : null}
      <TextField
        idPrefix={idPrefix}
        name="phone"
        type="tel"
        autoComplete="tel"
        label={labels.phone}
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={errors.fields.phone}
      />
      <div className="form__actions">
        <SubmitButton label={t('account.savePhone')} pending={save.isPending} />
      </div>
    </form>
  );
}
