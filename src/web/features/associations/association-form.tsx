import { type FormEvent, useState } from 'react';
import { regions } from '../../../contracts/base-vocabulary';
import type { AssociationInput } from '../../api/types';
import type { TFunction } from '../../translator';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { formText } from '../forms/form-data';
import {
  type FormErrors,
  formErrorsFrom,
  hasFormErrors,
  looksLikeEmail,
  noFormErrors,
} from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { useCreateAssociation } from './association-queries';

const idPrefix = 'association';

function checkAssociation(input: AssociationInput, t: TFunction): FormErrors {
  const fields: Record<string, string> = {};
  if (input.name.length < 2)
    fields.name = input.name ? t('fieldErrors.tooShortText', { limit: 2 }) : t('fieldErrors.required');
  if (input.contactEmail && !looksLikeEmail(input.contactEmail))
    fields.contactEmail = t('fieldErrors.invalid_email');
  return Object.keys(fields).length > 0 ? { message: t('errors.validation.failed'), fields } : noFormErrors;
}

/** Adds an association to the programme's network. */
export function AssociationForm() {
  const { t, i18n } = useTranslation();
  const create = useCreateAssociation();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [created, setCreated] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const region = formText(data, 'region');
    const input: AssociationInput = {
      name: formText(data, 'name'),
      region: region === 'VLG' || region === 'WAL' ? region : 'BRU',
      city: formText(data, 'city') || null,
      contactEmail: formText(data, 'contactEmail') || null,
    };
    const problems = checkAssociation(input, t);
    setErrors(problems);
    setCreated(null);
    if (hasFormErrors(problems)) return;
    create.mutate(input, {
      onSuccess: (association) => {
        setCreated(association.name);
        setFormKey((key) => key + 1);
      },
      onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
    });
  }

  const labels = {
    name: t('associations.name'),
    region: t('associations.region'),
    city: t('associations.city'),
    contactEmail: t('associations.contactEmail'),
  };
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      data-testid="association-form"
      key={formKey}
      aria-labelledby="association-form-title"
    >
      <h2 className="section-title" id="association-form-title">
        {t('associations.createTitle')}
      </h2>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {created ? (
        <StatusMessage tone="success">{t('associations.created', { name: created })}</StatusMessage>
      ) : null}
      <TextField
        idPrefix={idPrefix}
        name="name"
        label={labels.name}
        autoComplete="organization"
        error={errors.fields.name}
      />
      <SelectField
        idPrefix={idPrefix}
        name="region"
        label={labels.region}
        defaultValue="VLG"
        error={errors.fields.region}
      >
        {regions.map((region) => (
          <option key={region} value={region}>
            {t(`regions.${region}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        idPrefix={idPrefix}
        name="city"
        label={labels.city}
        hint={t('common.optional')}
        autoComplete="address-level2"
        error={errors.fields.city}
      />
      <TextField
        idPrefix={idPrefix}
        name="contactEmail"
        type="email"
        label={labels.contactEmail}
        hint={t('common.optional')}
        autoComplete="email"
        spellCheck={false}
        error={errors.fields.contactEmail}
      />
      <div className="form__actions">
        <SubmitButton label={t('associations.create')} pending={create.isPending} />
      </div>
    </form>
  );
}
