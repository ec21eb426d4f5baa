import { type FormEvent, useId } from 'react';
import { useTranslation } from '../../translator';

export type AudienceFilterValue = 'mentee' | 'mentor' | '';

export function toAudienceFilter(value: string): AudienceFilterValue {
  return value === 'mentee' || value === 'mentor' ? value : '';
}

interface AudienceFilterProps {
  value: AudienceFilterValue;
  onChange: (value: AudienceFilterValue) => void;
}

/** Staff choose whose catalogue to see: everything, or the mentees' or the mentors' side. */
export function AudienceFilter({ value, onChange }: AudienceFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entry = new FormData(event.currentTarget).get('audience');
    onChange(toAudienceFilter(typeof entry === 'string' ? entry : ''));
  }
  return (
    <search className="filters-region">
      <form className="filters" aria-label={t('training.filterLabel')} onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-audience`}>
            {t('training.audienceFilter')}
          </label>
          <select
            className="field__input field__select"
            id={`${id}-audience`}
            name="audience"
            defaultValue={value}
          >
            <option value="">{t('training.allModules')}</option>
            <option value="mentee">{t('training.forMentees')}</option>
            <option value="mentor">{t('training.forMentors')}</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--secondary">
            {t('common.applyFilters')}
          </button>
        </div>
      </form>
    </search>
  );
}
