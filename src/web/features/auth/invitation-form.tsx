import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { callApi } from '../../api/call-api';
import type { InvitationInfo } from '../../api/types';
import { currentLocale, isLocale, supportedLocales } from '../../i18n';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { formSecret, formText } from '../forms/form-data';
import {
  checkRequired,
  type FormErrors,
  formErrorsFrom,
  hasFormErrors,
  looksLikeEmail,
  mergeFormErrors,
  noFormErrors,
} from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { languageNames } from '../locale/language-switch';
import { checkNewPassword, NewPasswordFields, newPasswordLabels } from './new-password-fields';
import { pathForState, useApplySession } from './session';

const idPrefix = 'invitation';

interface AcceptBody {
  token: string;
  name: string;
  email?: string;
  password: string;
  locale: 'nl' | 'fr' | 'en';
}

/** Creates the invited account: name, email (first administrator only), password, language. */
export function InvitationForm({ token, invitation }: { token: string; invitation: InvitationInfo }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const applySession = useApplySession();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const needsEmail = invitation.email === null;
  const accept = useMutation({
    mutationFn: (body: AcceptBody) => callApi('POST /api/auth/invitations/accept', { body }),
    onSuccess: (session) => {
      applySession(session);
      navigate(pathForState(session.state), { replace: true });
    },
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = formText(data, 'name');
    const email = formText(data, 'email');
    const password = formSecret(data, 'password');
    const chosen = formText(data, 'locale');
    const locale = isLocale(chosen) ? chosen : currentLocale(i18n);
    const required = checkRequired(needsEmail ? { name, email } : { name }, t);
    const emailProblem =
      needsEmail && email && !looksLikeEmail(email)
        ? { message: t('errors.validation.failed'), fields: { email: t('fieldErrors.invalid_email') } }
        : noFormErrors;
    const problems = mergeFormErrors(
      required,
      emailProblem,
      checkNewPassword('password', password, formSecret(data, 'passwordRepeat'), t),
    );
    setErrors(problems);
    if (hasFormErrors(problems)) return;
    accept.mutate({ token, name, password, locale, ...(needsEmail ? { email } : {}) });
  }

  const labels = {
    name: t('fields.name'),
    email: t('fields.email'),
    locale: t('fields.language'),
    ...newPasswordLabels('password', t),
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      <TextField
        idPrefix={idPrefix}
        name="name"
        label={labels.name}
        autoComplete="name"
        error={errors.fields.name}
      />
      {needsEmail ? (
        <TextField
          idPrefix={idPrefix}
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          spellCheck={false}
          error={errors.fields.email}
        />
      ) : null}
      <NewPasswordFields idPrefix={idPrefix} name="password" errors={errors} />
      <SelectField
        idPrefix={idPrefix}
        name="locale"
        label={labels.locale}
        hint={t('invitation.languageHint')}
        defaultValue={currentLocale(i18n)}
        error={errors.fields.locale}
      >
        {supportedLocales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageNames[locale]}
          </option>
        ))}
      </SelectField>
      <div className="form__actions">
        <SubmitButton label={t('invitation.submit')} pending={accept.isPending} />
      </div>
    </form>
  );
}
