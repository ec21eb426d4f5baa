import { useId } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../translator';

/**
 * The staff header's search for a person by name: whatever spelling the coach heard ("Hadad" finds
 * "Haddad"). Submitting opens /search with the results.
 */
export function PeopleSearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const id = useId();
  return (
    <search className="people-search">
      <form
        className="people-search__form"
        onSubmit={(event) => {
          event.preventDefault();
          const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
          navigate(`/search?${new URLSearchParams({ q })}`);
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {t('peopleSearch.label')}
        </label>
        <input
          id={id}
          key={params.get('q') ?? ''}
          name="q"
          type="search"
          className="field__input people-search__input"
          defaultValue={params.get('q') ?? ''}
          placeholder={t('peopleSearch.placeholder')}
          maxLength={100}
          autoComplete="off"
          data-testid="people-search-input"
        />
        <button type="submit" className="button button--secondary people-search__submit">
          {t('peopleSearch.submit')}
        </button>
      </form>
    </search>
  );
}
