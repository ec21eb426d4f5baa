import { type FormEvent, useState } from 'react';
import type { TrainingAudience } from '../../api/types';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField } from '../forms/field';
import { type FormErrors, formErrorsFrom, hasFormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { Loading, StatusMessage } from '../shell/status-message';
import { useRegister, useRegistrablePeople } from './training-queries';

const idPrefix = 'register-person';

interface RegisterPersonFormProps {
  sessionId: string;
  audience: TrainingAudience;
}

/** A coach registers one of their mentees or mentors; a full session puts them on the waiting list. */
export function RegisterPersonForm({ sessionId, audience }: RegisterPersonFormProps) {
  const { t, i18n } = useTranslation();
  const kind = audience === 'both' ? undefined : audience;
  const people = useRegistrablePeople(kind);
  const register = useRegister(sessionId);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [result, setResult] = useState<{ name: string; waitlisted: boolean } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entry = new FormData(event.currentTarget).get('personId');
    const personId = typeof entry === 'string' ? entry : '';
    const problems = personId
      ? noFormErrors
      : { message: t('errors.validation.failed'), fields: { personId: t('fieldErrors.choose') } };
    setErrors(problems);
    setResult(null);
    if (hasFormErrors(problems)) return;
    const name = people.data?.find((person) => person.id === personId)?.name ?? '';
    register.mutate(personId, {
      onSuccess: (registration) => setResult({ name, waitlisted: registration.status === 'waitlisted' }),
      onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
    });
  }

  const labels = { personId: t('training.person') };
  return (
    <section className="card" aria-labelledby="register-person-title">
      <h2 className="section-title" id="register-person-title">
        {t('training.registerPerson')}
      </h2>
      {people.isPending ? (
        <Loading label={t('common.loading')} />
      ) : people.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(people.error, t, i18n).message}</StatusMessage>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={submit}
          data-testid="register-person"
          aria-labelledby="register-person-title"
        >
          <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
          {result ? (
            <StatusMessage tone={result.waitlisted ? 'warning' : 'success'}>
              {t(result.waitlisted ? 'training.personWaitlisted' : 'training.personRegistered', {
                name: result.name,
              })}
            </StatusMessage>
          ) : null}
          <SelectField
            idPrefix={idPrefix}
            name="personId"
            label={labels.personId}
            hint={t('training.personHint')}
            defaultValue=""
            error={errors.fields.personId}
          >
            <option value="">{t('training.choosePerson')}</option>
            {people.data
              .filter((person) => !kind || person.kind === kind)
              .map((person) => (
                <option key={person.id} value={person.id}>
                  {`${person.name} (${t(`roles.${person.kind}`)}, ${t(`statuses.${person.status}`, { defaultValue: person.status })})`}
                </option>
              ))}
          </SelectField>
          <div className="form__actions">
            <SubmitButton label={t('training.registerSubmit')} pending={register.isPending} />
          </div>
        </form>
      )}
    </section>
  );
}
