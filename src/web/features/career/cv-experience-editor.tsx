import { recognitionStates } from '../../../contracts/career-vocabulary';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { SelectField, TextField } from '../forms/field';
import { CountrySelect } from '../languages/country-select';
import {
  type Education,
  type Experience,
  newEducation,
  newExperience,
  removeAt,
  replaceAt,
} from './cv-draft';

interface ListProps<T> {
  items: T[];
  onChange: (items: T[]) => void;
  errors: Record<string, string>;
}

/** The jobs of a CV, in Belgium and abroad: add, change, remove. */
export function ExperienceEditor({ items, onChange, errors }: ListProps<Experience>) {
  const { t } = useTranslation();
  return (
    <fieldset className="cv-editor__section">
      <legend className="subsection-title">{t('career.sections.experience')}</legend>
      {items.map((job, i) => {
        const prefix = `cv-experience-${i}`;
        const set = (changes: Partial<Experience>) => onChange(replaceAt(items, i, { ...job, ...changes }));
        const error = (field: string) => errors[`content.experience.${i}.${field}`];
        return (
          <div className="repeat-group cv-editor__item" key={prefix}>
            <div className="field-row">
              <TextField
                idPrefix={prefix}
                name="role"
                label={t('career.fields.role')}
                value={job.role}
                dir="auto"
                maxLength={120}
                error={error('role')}
                onChange={(e) => set({ role: e.target.value })}
              />
              <TextField
                idPrefix={prefix}
                name="employer"
                label={t('career.fields.employer')}
                value={job.employer}
                dir="auto"
                maxLength={120}
                error={error('employer')}
                onChange={(e) => set({ employer: e.target.value })}
              />
            </div>
            <CountrySelect
              idPrefix={prefix}
              name="country"
              label={t('career.fields.country')}
              value={job.country}
              error={error('country')}
              onChange={(country) => set({ country })}
            />
            <div className="field-row">
              <TextField
                idPrefix={prefix}
                name="from"
                type="month"
                label={t('career.fields.from')}
                value={job.from}
                error={error('from')}
                onChange={(e) => set({ from: e.target.value })}
              />
              <TextField
                idPrefix={prefix}
                name="to"
                type="month"
                label={t('career.fields.to')}
                hint={t('career.fields.toHint')}
                value={job.to ?? ''}
                error={error('to')}
                onChange={(e) => set({ to: e.target.value || null })}
              />
            </div>
            <TextAreaField
              idPrefix={prefix}
              name="description"
              label={t('career.fields.description')}
              value={job.description}
              dir="auto"
              maxLength={2000}
              error={error('description')}
              onChange={(e) => set({ description: e.target.value })}
            />
            <button
              type="button"
              className="button button--danger-quiet button--small"
              onClick={() => onChange(removeAt(items, i))}
            >
              {t('career.removeItem', { name: job.role || t('career.sections.experience') })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...items, newExperience()])}
      >
        {t('career.addExperience')}
      </button>
    </fieldset>
  );
}

/** Diplomas and courses, with whether Belgium recognises them. */
export function EducationEditor({ items, onChange, errors }: ListProps<Education>) {
  const { t } = useTranslation();
  return (
    <fieldset className="cv-editor__section">
      <legend className="subsection-title">{t('career.sections.education')}</legend>
      {items.map((diploma, i) => {
        const prefix = `cv-education-${i}`;
        const set = (changes: Partial<Education>) =>
          onChange(replaceAt(items, i, { ...diploma, ...changes }));
        const error = (field: string) => errors[`content.education.${i}.${field}`];
        return (
          <div className="repeat-group cv-editor__item" key={prefix}>
            <TextField
              idPrefix={prefix}
              name="title"
              label={t('career.fields.title')}
              value={diploma.title}
              dir="auto"
              maxLength={160}
              error={error('title')}
              onChange={(e) => set({ title: e.target.value })}
            />
            <TextField
              idPrefix={prefix}
              name="institution"
              label={t('career.fields.institution')}
              value={diploma.institution}
              dir="auto"
              maxLength={160}
              error={error('institution')}
              onChange={(e) => set({ institution: e.target.value })}
            />
            <div className="field-row">
              <CountrySelect
                idPrefix={prefix}
                name="country"
                label={t('career.fields.country')}
                value={diploma.country}
                error={error('country')}
                onChange={(country) => set({ country })}
              />
              <TextField
                idPrefix={prefix}
                name="year"
                type="number"
                inputMode="numeric"
                className="field__input field__input--short"
                label={t('career.fields.year')}
                value={diploma.year === null ? '' : String(diploma.year)}
                error={error('year')}
                onChange={(e) => set({ year: e.target.value === '' ? null : Number(e.target.value) })}
              />
            </div>
            <SelectField
              idPrefix={prefix}
              name="recognised"
              label={t('career.fields.recognised')}
              value={diploma.recognised}
              error={error('recognised')}
              onChange={(e) => set({ recognised: e.target.value as Education['recognised'] })}
            >
              {recognitionStates.map((state) => (
                <option key={state} value={state}>
                  {t(`career.recognised.${state}`)}
                </option>
              ))}
            </SelectField>
            <button
              type="button"
              className="button button--danger-quiet button--small"
              onClick={() => onChange(removeAt(items, i))}
            >
              {t('career.removeItem', { name: diploma.title || t('career.sections.education') })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...items, newEducation()])}
      >
        {t('career.addEducation')}
      </button>
    </fieldset>
  );
}
