import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { formSecret, formText } from '../forms/form-data';
import {
  checkRequired,
  type FormErrors,
  formErrorsFrom,
  hasFormErrors,
  noFormErrors,
} from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { pathForState, useApplySession, useRefreshSession } from './session';

const idPrefix = 'sign-in';

function returnPath(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null;
}

/** Email and password; afterwards the session state says whether a second factor comes next. */
export function SignInForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const applySession = useApplySession();
  const refreshSession = useRefreshSession();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string }) => callApi('POST /api/auth/sign-in', { body }),
    onSuccess: async (session) => {
      applySession(session);
      // The full session says whether a new privacy text must be accepted first (the guards send there).
      if (session.state === 'signed_in') await refreshSession().catch(() => undefined);
      const target =
        session.state === 'signed_in' ? (returnPath(location.state) ?? '/') : pathForState(session.state);
      navigate(target, { replace: true });
    },
    onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = { email: formText(data, 'email'), password: formSecret(data, 'password') };
    const problems = checkRequired(values, t);
    setErrors(problems);
    if (!hasFormErrors(problems)) signIn.mutate(values);
  }

  const labels = { email: t('fields.email'), password: t('fields.password') };
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('signIn.title')}>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      <TextField
        idPrefix={idPrefix}
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        required
        error={errors.fields.email}
      />
      <TextField
        idPrefix={idPrefix}
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        error={errors.fields.password}
      />
      <div className="form__actions">
        <SubmitButton label={t('signIn.submit')} pending={signIn.isPending} />
      </div>
    </form>
  );
}
