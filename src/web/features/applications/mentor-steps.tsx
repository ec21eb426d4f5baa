import { useTranslation } from '../../translator';
import { RadioGroup, TextAreaField } from '../forms/choice-field';
import { TextField } from '../forms/field';
import { TagsInput } from '../forms/tags-input';
import { SpokenLanguagesEditor } from '../languages/spoken-languages-editor';
import { ReferencePicker } from '../reference/reference-picker';
import { HeardFromChoice } from './heard-from-choice';
import type { MentorDraft } from './mentor-draft';
import { PrivacyConsent } from './privacy-consent';
import { PublicAssociationSelect } from './public-association-select';
import type { StepProps } from './step-props';

export const capacities = ['1', '2', '3', '4', '5'] as const;

export function MentorWorkStep({ idPrefix, draft, update, errors }: StepProps<MentorDraft>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        idPrefix={idPrefix}
        name="employer"
        label={t('apply.fields.employer')}
        autoComplete="organization"
        value={draft.employer}
        onChange={(event) => update({ employer: event.target.value })}
        error={errors.employer}
      />
      <ReferencePicker
        kind="sectors"
        idPrefix={idPrefix}
        name="sectorCode"
        label={t('apply.fields.sectorCode')}
        hint={t('apply.sectorHint')}
        value={draft.sectorCode}
        valueLabel={draft.sectorLabel}
        error={errors.sectorCode}
        onChange={(item) => update({ sectorCode: item?.code ?? null, sectorLabel: item?.label ?? null })}
      />
      <ReferencePicker
        kind="occupations"
        idPrefix={idPrefix}
        name="occupationCode"
        label={`${t('apply.fields.occupationCode')} (${t('common.optional').toLowerCase()})`}
        hint={t('apply.occupationHint')}
        value={draft.occupationCode}
        valueLabel={draft.occupationLabel}
        error={errors.occupationCode}
        onChange={(item) =>
          update({ occupationCode: item?.code ?? null, occupationLabel: item?.label ?? null })
        }
      />
      <TextField
        idPrefix={idPrefix}
        name="yearsOfExperience"
        inputMode="numeric"
        className="field__input field__input--short"
        label={t('apply.fields.yearsOfExperience')}
        value={draft.yearsOfExperience}
        onChange={(event) => update({ yearsOfExperience: event.target.value })}
        error={errors.yearsOfExperience}
      />
      <TagsInput
        idPrefix={idPrefix}
        name="expertise"
        label={`${t('apply.fields.expertise')} (${t('common.optional').toLowerCase()})`}
        hint={t('apply.mentor.expertiseHint')}
        maxLength={80}
        value={draft.expertise}
        onChange={(expertise) => update({ expertise })}
        error={errors.expertise}
      />
    </>
  );
}

export function MentorLanguagesStep({ idPrefix, draft, update, errors }: StepProps<MentorDraft>) {
  const { t } = useTranslation();
  return (
    <SpokenLanguagesEditor
      idPrefix={idPrefix}
      legend={t('apply.languagesLegend')}
      hint={t('apply.mentor.languagesHint')}
      value={draft.languages}
      onChange={(languages) => update({ languages })}
      errors={errors}
    />
  );
}

export function MentorMotivationStep({ idPrefix, draft, update, errors }: StepProps<MentorDraft>) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        idPrefix={idPrefix}
        name="motivation"
        label={t('apply.fields.motivation')}
        hint={t('apply.mentor.motivationHint')}
        maxLength={2000}
        value={draft.motivation}
        onChange={(event) => update({ motivation: event.target.value })}
        error={errors.motivation}
      />
      <RadioGroup
        idPrefix={idPrefix}
        name="capacity"
        legend={t('apply.fields.capacity')}
        hint={t('apply.mentor.capacityHint')}
        inline
        options={capacities.map((value) => ({ value, label: value }))}
        value={draft.capacity}
        onChange={(capacity) => update({ capacity })}
        error={errors.capacity}
      />
      <PublicAssociationSelect
        idPrefix={idPrefix}
        value={draft.preferredAssociationId}
        onChange={(preferredAssociationId) => update({ preferredAssociationId })}
        error={errors.preferredAssociationId}
      />
      <HeardFromChoice
        idPrefix={idPrefix}
        value={draft.heardFrom}
        onChange={(heardFrom) => update({ heardFrom })}
        error={errors.heardFrom}
      />
    </>
  );
}

export function MentorConsentStep({ idPrefix, draft, update, errors }: StepProps<MentorDraft>) {
  return (
    <PrivacyConsent
      idPrefix={idPrefix}
      acceptedVersion={draft.privacyVersion}
      onChange={(privacyVersion) => update({ privacyVersion })}
      error={errors['consents.privacyVersion']}
    />
  );
}
