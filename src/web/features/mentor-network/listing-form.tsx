import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { Loading, StatusMessage } from '../shell/status-message';
import { useChangeListing, useOwnListing } from './network-queries';

/** A mentor joins the directory with a short line about themself, changes it, or leaves. */
export function ListingForm() {
  const { t, i18n } = useTranslation();
  const own = useOwnListing(true);
  const change = useChangeListing();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  if (own.isPending) return <Loading label={t('common.loading')} />;
  if (own.isError)
    return <StatusMessage tone="error">{formErrorsFrom(own.error, t, i18n).message}</StatusMessage>;
  const listed = own.data.listed;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const line = String(new FormData(event.currentTarget).get('line') ?? '').trim();
    if (line.length < 2) {
      setErrors({ message: t('errors.validation.failed'), fields: { line: t('fieldErrors.required') } });
      return;
    }
    setErrors(noFormErrors);
    change.mutate(line, { onError: (error) => setErrors(formErrorsFrom(error, t, i18n)) });
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="listing-title"
      data-testid="listing-form"
    >
      <h2 className="section-title" id="listing-title">
        {t('network.ownTitle')}
      </h2>
      <ErrorSummary errors={errors} idPrefix="listing" labels={{ line: t('network.line') }} />
      <p>{listed ? t('network.listedText') : t('network.notListedText')}</p>
      <TextField
        idPrefix="listing"
        name="line"
        label={t('network.line')}
        hint={t('network.lineHint')}
        maxLength={200}
        defaultValue={own.data.line ?? ''}
        error={errors.fields.line}
      />
      <div className="form__actions row-actions">
        <SubmitButton label={listed ? t('network.save') : t('network.join')} pending={change.isPending} />
        {listed ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={change.isPending}
            onClick={() => change.mutate(null)}
          >
            {t('network.leave')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
