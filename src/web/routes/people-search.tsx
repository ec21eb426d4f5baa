import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { callApi } from '../api/call-api';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { pageSize } from '../features/paging/use-list-params';
import { StatusBadge } from '../features/people/status-badge';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** /search?q= (coach, admin): people of the caseload whose names are close to what was typed. */
export function PeopleSearchRoute() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const tooShort = q.length < 2;
  const results = useQuery({
    queryKey: ['people-search', { q, page }],
    queryFn: () => callApi('GET /api/people/search', { query: { q, page, pageSize } }),
    enabled: !tooShort,
  });

  return (
    <Page title={t('peopleSearch.title')} lead={t('peopleSearch.lead')}>
      <section className="card" aria-live="polite">
        {tooShort ? (
          <p className="empty-state">{t('peopleSearch.tooShort')}</p>
        ) : results.isPending ? (
          <Loading label={t('common.loading')} />
        ) : results.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(results.error, t, i18n).message}</StatusMessage>
        ) : results.data.total === 0 ? (
          <p className="empty-state" data-testid="people-search-none">
            {t('peopleSearch.none', { q })}
          </p>
        ) : (
          <>
            <p>
              {results.data.total === 1
                ? t('peopleSearch.countOne', { q })
                : t('peopleSearch.countOther', { count: results.data.total, q })}
            </p>
            <ul className="people-search__results" data-testid="people-search-results">
              {results.data.items.map((person) => (
                <li key={person.id} className="people-search__result">
                  <Link to={`/people/${encodeURIComponent(person.id)}`} className="people-search__name">
                    {person.name}
                  </Link>
                  <span className="people-search__meta">
                    {t(`roles.${person.kind}`)} · {person.associationName ?? t('caseload.inbox')}
                  </span>
                  <StatusBadge status={person.status} />
                </li>
              ))}
            </ul>
            <Pagination page={page} pageSize={pageSize} total={results.data.total} />
          </>
        )}
      </section>
    </Page>
  );
}
