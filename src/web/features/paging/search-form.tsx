import { type FormEvent, useId } from 'react';
import { useTranslation } from '../../translator';

interface SearchFormProps {
  label: string;
  value: string;
  onSearch: (query: string) => void;
}

/** A labelled search box for a list; the list reloads when the form is sent. */
export function SearchForm({ label, value, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get('q');
    onSearch(typeof query === 'string' ? query.trim() : '');
  }
  return (
    <search className="search-form">
      <form className="search-form__form" onSubmit={submit} key={value}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <div className="search-form__row">
          <input className="field__input" id={id} name="q" type="search" defaultValue={value} />
          <button type="submit" className="button button--secondary">
            {t('common.search')}
          </button>
        </div>
      </form>
    </search>
  );
}
