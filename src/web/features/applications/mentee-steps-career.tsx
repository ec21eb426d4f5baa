import { useTranslation } from '../../translator';
import { RadioGroup } from '../forms/choice-field';
import { SelectField, TextField } from '../forms/field';
import { CountrySelect } from '../languages/country-select';
import { educationLevels, isOneOf } from '../people/people-vocabulary';
import { ReferencePicker } from '../reference/reference-picker';
import type { EducationRow, ExperienceRow, MenteeDraft } from './mentee-draft';
import type { StepProps } from './step-props';

function replaceAt<T>(list: T[], index: number, change: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...change } : item));
}

const newJob: ExperienceRow = {
  occupationCode: null,
  occupationLabel: null,
  title: '',
  country: '',
  years: '',
};
const newSchool: EducationRow = { level: '', field: '', country: '', recognisedInBelgium: '' };

/** Step 3: how many years you worked, and the jobs you did. */
export function MenteeWorkStep({ idPrefix, draft, update, errors }: StepProps<MenteeDraft>) {
  const { t } = useTranslation();
  const setJob = (index: number, change: Partial<ExperienceRow>) =>
    update({ experience: replaceAt(draft.experience, index, change) });
  return (
    <>
      <p className="section-lead">{t('apply.mentee.workLead')}</p>
      <TextField
        idPrefix={idPrefix}
        name="yearsOfExperience"
        inputMode="numeric"
        label={t('apply.fields.yearsOfExperience')}
        hint={t('apply.yearsHint')}
        className="field__input field__input--short"
        value={draft.yearsOfExperience}
        onChange={(event) => update({ yearsOfExperience: event.target.value })}
        error={errors.yearsOfExperience}
      />
      {draft.experience.map((job, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <fieldset className="repeat-group" key={index}>
          <legend className="field__label">{t('apply.rows.experience', { number: index + 1 })}</legend>
          <ReferencePicker
            kind="occupations"
            idPrefix={idPrefix}
            name={`experience.${index}.occupationCode`}
            label={t('apply.fields.occupationCode')}
            hint={t('apply.occupationHint')}
            value={job.occupationCode}
            valueLabel={job.occupationLabel}
            error={errors[`experience.${index}.occupationCode`]}
            onChange={(item) =>
              setJob(index, { occupationCode: item?.code ?? null, occupationLabel: item?.label ?? null })
            }
          />
          <TextField
            idPrefix={idPrefix}
            name={`experience.${index}.title`}
            label={t('apply.fields.title')}
            hint={t('apply.titleHint')}
            value={job.title}
            onChange={(event) => setJob(index, { title: event.target.value })}
            error={errors[`experience.${index}.title`]}
          />
          <CountrySelect
            idPrefix={idPrefix}
            name={`experience.${index}.country`}
            label={t('apply.fields.country')}
            value={job.country}
            onChange={(country) => setJob(index, { country })}
            error={errors[`experience.${index}.country`]}
          />
          <TextField
            idPrefix={idPrefix}
            name={`experience.${index}.years`}
            inputMode="numeric"
            className="field__input field__input--short"
            label={t('apply.fields.years')}
            value={job.years}
            onChange={(event) => setJob(index, { years: event.target.value })}
            error={errors[`experience.${index}.years`]}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ experience: draft.experience.filter((_, i) => i !== index) })}
          >
            {t('apply.removeRow', { row: t('apply.rows.experience', { number: index + 1 }) })}
          </button>
        </fieldset>
      ))}
      {draft.experience.length < 10 ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update({ experience: [...draft.experience, newJob] })}
        >
          {t('apply.addJob')}
        </button>
      ) : null}
    </>
  );
}

/** Step 4: schools and diplomas, and whether Belgium recognises them. */
export function MenteeEducationStep({ idPrefix, draft, update, errors }: StepProps<MenteeDraft>) {
  const { t } = useTranslation();
  const setSchool = (index: number, change: Partial<EducationRow>) =>
    update({ education: replaceAt(draft.education, index, change) });
  return (
    <>
      <p className="section-lead">{t('apply.mentee.educationLead')}</p>
      {draft.education.map((school, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <fieldset className="repeat-group" key={index}>
          <legend className="field__label">{t('apply.rows.education', { number: index + 1 })}</legend>
          <SelectField
            idPrefix={idPrefix}
            name={`education.${index}.level`}
            label={t('apply.fields.level')}
            value={school.level}
            error={errors[`education.${index}.level`]}
            onChange={(event) => {
              const level = event.target.value;
              setSchool(index, { level: isOneOf(educationLevels, level) ? level : '' });
            }}
          >
            <option value="">{t('apply.chooseLevel')}</option>
            {educationLevels.map((level) => (
              <option key={level} value={level}>
                {t(`educationLevels.${level}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            idPrefix={idPrefix}
            name={`education.${index}.field`}
            label={`${t('apply.fields.field')} (${t('common.optional').toLowerCase()})`}
            value={school.field}
            onChange={(event) => setSchool(index, { field: event.target.value })}
            error={errors[`education.${index}.field`]}
          />
          <CountrySelect
            idPrefix={idPrefix}
            name={`education.${index}.country`}
            label={t('apply.fields.country')}
            value={school.country}
            onChange={(country) => setSchool(index, { country })}
            error={errors[`education.${index}.country`]}
          />
          <RadioGroup
            idPrefix={idPrefix}
            name={`education.${index}.recognisedInBelgium`}
            legend={t('apply.fields.recognisedInBelgium')}
            hint={t('apply.recognisedHint')}
            inline
            options={[
              { value: 'yes', label: t('common.yes') },
              { value: 'no', label: t('common.no') },
            ]}
            value={school.recognisedInBelgium}
            onChange={(value) => setSchool(index, { recognisedInBelgium: value })}
            error={errors[`education.${index}.recognisedInBelgium`]}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ education: draft.education.filter((_, i) => i !== index) })}
          >
            {t('apply.removeRow', { row: t('apply.rows.education', { number: index + 1 }) })}
          </button>
        </fieldset>
      ))}
      {draft.education.length < 6 ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update({ education: [...draft.education, newSchool] })}
        >
          {t('apply.addSchool')}
        </button>
      ) : null}
    </>
  );
}
