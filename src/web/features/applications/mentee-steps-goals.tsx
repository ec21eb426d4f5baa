import { useTranslation } from '../../translator';
import { CheckboxField, RadioGroup } from '../forms/choice-field';
import { CountrySelect } from '../languages/country-select';
import { ReferencePicker } from '../reference/reference-picker';
import { HeardFromChoice } from './heard-from-choice';
import type { MenteeDraft } from './mentee-draft';
import { PrivacyConsent } from './privacy-consent';
import { PublicAssociationSelect } from './public-association-select';
import type { StepProps } from './step-props';

/** Step 5: the sector and job you aim for, and the association you prefer. */
export function MenteeAimsStep({ idPrefix, draft, update, errors }: StepProps<MenteeDraft>) {
  const { t } = useTranslation();
  return (
    <>
      <p className="section-lead">{t('apply.mentee.aimsLead')}</p>
      <ReferencePicker
        kind="sectors"
        level={1}
        idPrefix={idPrefix}
        name="targetSectorCode"
        label={t('apply.fields.targetSectorCode')}
        hint={t('apply.sectorHint')}
        value={draft.targetSectorCode}
        valueLabel={draft.targetSectorLabel}
        error={errors.targetSectorCode}
        onChange={(item) =>
          update({ targetSectorCode: item?.code ?? null, targetSectorLabel: item?.label ?? null })
        }
      />
      <ReferencePicker
        kind="occupations"
        idPrefix={idPrefix}
        name="targetOccupationCode"
        label={`${t('apply.fields.targetOccupationCode')} (${t('common.optional').toLowerCase()})`}
        hint={t('apply.occupationHint')}
        value={draft.targetOccupationCode}
        valueLabel={draft.targetOccupationLabel}
        error={errors.targetOccupationCode}
        onChange={(item) =>
          update({ targetOccupationCode: item?.code ?? null, targetOccupationLabel: item?.label ?? null })
        }
      />
      <PublicAssociationSelect
        idPrefix={idPrefix}
        value={draft.preferredAssociationId}
        onChange={(preferredAssociationId) => update({ preferredAssociationId })}
        error={errors.preferredAssociationId}
      />
    </>
  );
}

/** Step 6: migrant background (why we ask), the privacy statement and the optional extra consent. */
export function MenteeBackgroundStep({ idPrefix, draft, update, errors }: StepProps<MenteeDraft>) {
  const { t } = useTranslation();
  const hasBackground = draft.migrantBackground === 'self' || draft.migrantBackground === 'parent';
  return (
    <>
      <p className="section-lead">{t('apply.mentee.backgroundWhy')}</p>
      <RadioGroup
        idPrefix={idPrefix}
        name="migrantBackground"
        legend={t('apply.fields.migrantBackground')}
        options={[
          { value: 'self', label: t('apply.background.self') },
          { value: 'parent', label: t('apply.background.parent') },
          { value: 'no', label: t('apply.background.no') },
        ]}
        value={draft.migrantBackground}
        onChange={(migrantBackground) => update({ migrantBackground })}
        error={errors.migrantBackground}
      />
      <PrivacyConsent
        idPrefix={idPrefix}
        acceptedVersion={draft.privacyVersion}
        onChange={(privacyVersion) => update({ privacyVersion })}
        error={errors['consents.privacyVersion']}
      />
      {hasBackground ? (
        <div className="subsection">
          <CheckboxField
            idPrefix={idPrefix}
            name="consents.migrantBackground"
            label={t('apply.storeBackground')}
            hint={t('apply.storeBackgroundHint')}
            checked={draft.storeBackground}
            onChange={(storeBackground) => update({ storeBackground })}
            error={errors['consents.migrantBackground']}
          />
          {draft.storeBackground ? (
            <>
              <CountrySelect
                idPrefix={idPrefix}
                name="migrantBackgroundDetail.countryOfBirth"
                label={`${t('apply.fields.migrantBackgroundDetail_countryOfBirth')} (${t('common.optional').toLowerCase()})`}
                value={draft.countryOfBirth}
                onChange={(countryOfBirth) => update({ countryOfBirth })}
                error={errors['migrantBackgroundDetail.countryOfBirth']}
              />
              {([0, 1] as const).map((index) => (
                <CountrySelect
                  key={index}
                  idPrefix={idPrefix}
                  name={`migrantBackgroundDetail.parentsCountries.${index}`}
                  label={`${t(`apply.fields.migrantBackgroundDetail_parentsCountries_${index}`)} (${t('common.optional').toLowerCase()})`}
                  value={draft.parentsCountries[index]}
                  onChange={(code) => {
                    const next: [string, string] = [...draft.parentsCountries];
                    next[index] = code;
                    update({ parentsCountries: next });
                  }}
                  error={errors[`migrantBackgroundDetail.parentsCountries.${index}`]}
                />
              ))}
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** Step 7: how you heard of the programme. */
export function MenteeHeardStep({ idPrefix, draft, update, errors }: StepProps<MenteeDraft>) {
  return (
    <HeardFromChoice
      idPrefix={idPrefix}
      value={draft.heardFrom}
      onChange={(heardFrom) => update({ heardFrom })}
      error={errors.heardFrom}
    />
  );
}
