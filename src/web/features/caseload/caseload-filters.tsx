import { type FormEvent, useId, useState } from 'react';
import { regions } from '../../../contracts/base-vocabulary';
import { useTranslation } from '../../translator';
import { LanguageSelect } from '../languages/language-select';
import { allStatuses, caseloadSorts } from '../people/people-vocabulary';
import { ReferencePicker } from '../reference/reference-picker';
import { usePhoneLayout } from '../shell/use-phone-layout';

export const caseloadFilterNames = [
  'kind',
  'status',
  'sector',
  'language',
  'region',
  'minWaitingDays',
  'q',
  'sort',
] as const;
export type CaseloadFilters = Record<(typeof caseloadFilterNames)[number], string>;

interface CaseloadFiltersProps {
  filters: CaseloadFilters;
  onChange: (next: CaseloadFilters) => void;
}

/** Narrow and order the caseload; the choices live in the URL. */
export function CaseloadFiltersForm({ filters, onChange }: CaseloadFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [sector, setSector] = useState(filters.sector || null);
  const [language, setLanguage] = useState(filters.language);
  // On a phone the filters wait behind a button, so the list is on the first screen.
  const phone = usePhoneLayout();
  const [open, setOpen] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const days = value('minWaitingDays');
    onChange({
      kind: value('kind'),
      status: value('status'),
      sector: sector ?? '',
      language,
      region: value('region'),
      minWaitingDays: /^\d{1,4}$/.test(days) ? days : '',
      q: value('q'),
      sort: value('sort'),
    });
  }
  const select = (
    name: keyof CaseloadFilters,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <select
        className="field__input field__select"
        id={`${id}-${name}`}
        name={name}
        defaultValue={filters[name]}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  const active = caseloadFilterNames.filter((name) => name !== 'sort' && filters[name] !== '').length;
  const hidden = phone && !open;
  return (
    <search className="filters-region">
      {phone ? (
        <button
          type="button"
          className="button button--secondary filters__toggle"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          onClick={() => setOpen((value) => !value)}
        >
          {active > 0 ? t('caseload.filtersActive', { count: active }) : t('caseload.filtersButton')}
        </button>
      ) : null}
      <form
        id={`${id}-form`}
        className="filters"
        aria-label={t('caseload.filterLabel')}
        onSubmit={submit}
        hidden={hidden}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-q`}>
            {t('caseload.search')}
          </label>
          <input className="field__input" id={`${id}-q`} name="q" type="search" defaultValue={filters.q} />
        </div>
        {select('kind', t('caseload.kind'), [
          { value: '', label: t('caseload.allKinds') },
          { value: 'mentee', label: t('roles.mentee') },
          { value: 'mentor', label: t('roles.mentor') },
        ])}
        {select('status', t('caseload.status'), [
          { value: '', label: t('caseload.allStatuses') },
          ...allStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
        ])}
        <ReferencePicker
          kind="sectors"
          idPrefix={id}
          name="sector"
          label={t('caseload.sector')}
          value={sector}
          onChange={(item) => setSector(item?.code ?? null)}
        />
        <LanguageSelect
          idPrefix={id}
          name="language"
          label={t('caseload.language')}
          emptyLabel={t('caseload.allLanguages')}
          value={language}
          onChange={setLanguage}
        />
        {select('region', t('caseload.region'), [
          { value: '', label: t('caseload.allRegions') },
          ...regions.map((region) => ({ value: region, label: t(`regions.${region}`) })),
        ])}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-minWaitingDays`}>
            {t('caseload.minWaitingDays')}
          </label>
          <input
            className="field__input"
            id={`${id}-minWaitingDays`}
            name="minWaitingDays"
            inputMode="numeric"
            defaultValue={filters.minWaitingDays}
          />
        </div>
        {select(
          'sort',
          t('caseload.sort'),
          caseloadSorts.map((sort) => ({ value: sort, label: t(`caseload.sorts.${sort}`) })),
        )}
        <div className="filters__actions">
          <button type="submit" className="button button--secondary">
            {t('common.applyFilters')}
          </button>
        </div>
      </form>
    </search>
  );
}
