import { useTranslation } from '../../translator';
import { ReferencePicker } from '../reference/reference-picker';
import { ContactFields } from './contact-fields';
import type { MentorDraft } from './mentor-draft';
import type { StepProps } from './step-props';

/** The mentor's first step, drawn at once; the later steps are chunks of their own (lazy-step.ts). */
export function MentorAboutStep(props: StepProps<MentorDraft>) {
  const { t } = useTranslation();
  const { idPrefix, draft, update, errors } = props;
  return (
    <>
      <p className="section-lead">{t('apply.mentor.aboutLead')}</p>
      <ContactFields {...props} />
      <ReferencePicker
        kind="postcodes"
        idPrefix={idPrefix}
        name="postcode"
        label={t('apply.fields.postcode')}
        hint={t('apply.mentor.postcodeHint')}
        value={draft.postcode}
        valueLabel={draft.postcodeLabel}
        error={errors.postcode}
        onChange={(item) => update({ postcode: item?.code ?? null, postcodeLabel: item?.label ?? null })}
      />
    </>
  );
}
