import { useTranslation } from '../../translator';
import { TextField } from '../forms/field';
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
