import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../api/client';
import type { CaseloadPage } from '../api/types';
import { CaseloadCounts, CaseloadTable } from '../features/caseload/caseload-table';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { SearchForm } from '../features/paging/search-form';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';

const filterNames = ['q'] as const;

function EmptyCaseload() {
  const { t } = useTranslation();
  return (
    <div className="empty-state empty-state--large" data-testid="caseload-empty">
      <p className="empty-state__title">{t('caseload.emptyTitle')}</p>
      <p>{t('caseload.emptyText')}</p>
    </div>
  );
}

/** /caseload (coach): the mentees and mentors this coach follows. */
export function CaseloadRoute() {
  const { t, i18n } = useTranslation();
  const { page, filters, setFilters } = useListParams(filterNames);
  const list = useQuery({
    queryKey: ['caseload', { page, ...filters }],
    queryFn: () => api.get<CaseloadPage>(withQuery('/api/caseload', { page, pageSize, q: filters.q })),
  });
  const isEmpty = list.isSuccess && list.data.total === 0 && !filters.q;

  return (
    <Page title={t('caseload.title')} lead={t('caseload.lead')}>
      <section className="card" aria-label={t('caseload.title')}>
        {isEmpty ? null : (
          <SearchForm label={t('caseload.search')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        )}
        {list.isPending ? (
          <Loading label={t('common.loading')} />
        ) : list.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>
        ) : isEmpty ? (
          <EmptyCaseload />
        ) : list.data.items.length === 0 ? (
          <p className="empty-state">{t('common.noResults')}</p>
        ) : (
          <>
            <CaseloadCounts counts={list.data.counts} />
            <CaseloadTable entries={list.data.items} />
            <Pagination page={page} pageSize={pageSize} total={list.data.total} />
          </>
        )}
      </section>
    </Page>
  );
}
