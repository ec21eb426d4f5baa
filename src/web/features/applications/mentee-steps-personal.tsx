import { useTranslation } from 'react-i18next';
import { TextField } from '../forms/field';
import { SpokenLanguagesEditor } from '../languages/spoken-languages-editor';
import { ReferencePicker } from '../reference/reference-picker';
import { ContactFields } from './contact-fields';
import type { MenteeDraft } from './mentee-draft';
import type { StepProps } from './step-props';

/** Step 1: who you are and how we reach you. */
export function MenteeAboutStep(props: StepProps<MenteeDraft>) {
  const { t } = useTranslation();
  const { idPrefix, draft, update, errors } = props;
  return (
    <>
      <p className="section-lead">{t('apply.mentee.aboutLead')}</p>
      <ContactFields {...props} />
      <TextField
        idPrefix={idPrefix}
        name="dateOfBirth"
        type="date"
        label={t('apply.fields.dateOfBirth')}
        hint={t('apply.dateOfBirthHint')}
        autoComplete="bday"
        value={draft.dateOfBirth}
        onChange={(event) => update({ dateOfBirth: event.target.value })}
        error={errors.dateOfBirth}
      />
    </>
  );
}

/** Step 2: where you live and which languages you speak. */
export function MenteeHomeStep({ idPrefix, draft, update, errors }: StepProps<MenteeDraft>) {
  const { t } = useTranslation();
  return (
    <>
      <ReferencePicker
        kind="postcodes"
        idPrefix={idPrefix}
        name="postcode"
        label={t('apply.fields.postcode')}
        hint={t('apply.postcodeHint')}
        value={draft.postcode}
        valueLabel={draft.postcodeLabel}
        error={errors.postcode}
        onChange={(item) => update({ postcode: item?.code ?? null, postcodeLabel: item?.label ?? null })}
      />
      <SpokenLanguagesEditor
        idPrefix={idPrefix}
        legend={t('apply.languagesLegend')}
        hint={t('apply.languagesHint')}
        value={draft.languages}
        onChange={(languages) => update({ languages })}
        errors={errors}
      />
    </>
  );
}
