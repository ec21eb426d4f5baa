import { useTranslation } from '../../translator';
import { TextField } from '../forms/field';
import type { ContactDraft } from './application-checks';
import type { StepProps } from './step-props';

/** First and last name, email and phone: the opening questions of both applications. */
export function ContactFields<D extends ContactDraft>({ idPrefix, draft, update, errors }: StepProps<D>) {
  const { t } = useTranslation();
  const change = (name: keyof ContactDraft) => (event: { target: { value: string } }) =>
    update({ [name]: event.target.value } as Partial<D>);
  return (
    <>
      <TextField
        idPrefix={idPrefix}
        name="firstName"
        label={t('apply.fields.firstName')}
        autoComplete="given-name"
        value={draft.firstName}
        onChange={change('firstName')}
        error={errors.firstName}
      />
      <TextField
        idPrefix={idPrefix}
        name="lastName"
        label={t('apply.fields.lastName')}
        autoComplete="family-name"
        value={draft.lastName}
        onChange={change('lastName')}
        error={errors.lastName}
      />
      <TextField
        idPrefix={idPrefix}
        name="email"
        type="email"
        label={t('apply.fields.email')}
        hint={t('apply.emailHint')}
        autoComplete="email"
        spellCheck={false}
        value={draft.email}
        onChange={change('email')}
        error={errors.email}
      />
      <TextField
        idPrefix={idPrefix}
        name="phone"
        type="tel"
        label={`${t('apply.fields.phone')} (${t('common.optional').toLowerCase()})`}
        hint={t('apply.phoneHint')}
        autoComplete="tel"
        value={draft.phone}
        onChange={change('phone')}
        error={errors.phone}
      />
    </>
  );
}
