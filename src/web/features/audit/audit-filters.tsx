import { type FormEvent, useId } from 'react';
import { auditOutcomes } from '../../../contracts/base-vocabulary';
import { useTranslation } from '../../translator';

export const auditFilterNames = ['action', 'outcome', 'from', 'to'] as const;
export type AuditFilters = Record<(typeof auditFilterNames)[number], string>;
const outcomes = auditOutcomes;

/** Narrow the audit log by action, outcome and a date range (YYYY-MM-DD, as the API takes it). */
export function AuditFiltersForm({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (next: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    onChange({ action: value('action'), outcome: value('outcome'), from: value('from'), to: value('to') });
  }
  return (
    <search className="filters-region">
      <form
        className="filters"
        aria-label={t('audit.filterLabel')}
        onSubmit={submit}
        key={Object.values(filters).join('|')}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-action`}>
            {t('audit.action')}
          </label>
          <input
            className="field__input"
            id={`${id}-action`}
            name="action"
            defaultValue={filters.action}
            placeholder="auth.sign_in"
            spellCheck={false}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-outcome`}>
            {t('audit.outcome')}
          </label>
          <select
            className="field__input field__select"
            id={`${id}-outcome`}
            name="outcome"
            defaultValue={filters.outcome}
          >
            <option value="">{t('audit.allOutcomes')}</option>
            {outcomes.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`audit.outcomes.${outcome}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-from`}>
            {t('audit.from')}
          </label>
          <input
            className="field__input"
            id={`${id}-from`}
            name="from"
            type="date"
            defaultValue={filters.from}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-to`}>
            {t('audit.to')}
          </label>
          <input className="field__input" id={`${id}-to`} name="to" type="date" defaultValue={filters.to} />
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
