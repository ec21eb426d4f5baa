import { useTranslation } from '../../translator';
import { SpokenLanguagesEditor } from '../languages/spoken-languages-editor';
import { ReferencePicker } from '../reference/reference-picker';
import type { MenteeDraft } from './mentee-draft';
import type { StepProps } from './step-props';

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
