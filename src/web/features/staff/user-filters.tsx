import { type FormEvent, useId } from 'react';
import { useTranslation } from '../../translator';
import { allRoles } from './staff-queries';

interface UserFiltersProps {
  role: string;
  q: string;
  onChange: (filters: { role: string; q: string }) => void;
}

/** Filter the account list by role and by name or email. */
export function UserFilters({ role, q, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    onChange({ role: value('role'), q: value('q') });
  }
  return (
    <search className="filters-region">
      <form className="filters" onSubmit={submit} key={`${role}|${q}`} aria-label={t('staff.filterLabel')}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-role`}>
            {t('fields.role')}
          </label>
          <select className="field__input field__select" id={`${id}-role`} name="role" defaultValue={role}>
            <option value="">{t('staff.allRoles')}</option>
            {allRoles.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-q`}>
            {t('staff.searchLabel')}
          </label>
          <input className="field__input" id={`${id}-q`} name="q" type="search" defaultValue={q} />
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
