import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, withQuery } from '../api/client';
import type { PersonPage } from '../api/types';
import { CaseloadFiltersForm, caseloadFilterNames } from '../features/caseload/caseload-filters';
import { CaseloadTable } from '../features/caseload/caseload-table';
import { ExportLinks } from '../features/caseload/export-links';
import { StatusCounts } from '../features/caseload/status-counts';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

function EmptyCaseload() {
  const { t } = useTranslation();
  return (
    <div className="empty-state empty-state--large" data-testid="caseload-empty">
      <p className="empty-state__title">{t('caseload.emptyTitle')}</p>
      <p>{t('caseload.emptyText')}</p>
    </div>
  );
}

/** /caseload (coach, admin): the mentees and mentors to follow, filtered, counted and exportable. */
export function CaseloadRoute() {
  const { t, i18n } = useTranslation();
  const { page, filters, setFilters } = useListParams(caseloadFilterNames);
  const list = useQuery({
    queryKey: ['caseload', { page, ...filters }],
    queryFn: () => api.get<PersonPage>(withQuery('/api/caseload', { page, pageSize, ...filters })),
  });
  const filtered = Object.entries(filters).some(([name, value]) => name !== 'sort' && value !== '');
  const isEmpty = list.isSuccess && list.data.total === 0 && !filtered;

  return (
    <Page
      title={t('caseload.title')}
      lead={t('caseload.lead')}
      actions={
        <Link className="button button--secondary" to="/caseload/import">
          {t('caseload.importLink')}
        </Link>
      }
    >
      <section className="card" aria-label={t('caseload.title')}>
        {isEmpty ? null : (
          <CaseloadFiltersForm
            key={Object.values(filters).join('|')}
            filters={filters}
            onChange={setFilters}
          />
        )}
        {list.isPending ? (
          <Loading label={t('common.loading')} />
        ) : list.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>
        ) : isEmpty ? (
          <EmptyCaseload />
        ) : (
          <>
            <StatusCounts
              counts={list.data.counts}
              active={filters.status}
              onSelect={(status) => setFilters({ status })}
            />
            {list.data.items.length === 0 ? (
              <p className="empty-state">{t('common.noResults')}</p>
            ) : (
              <>
                <ExportLinks filters={filters} />
                <CaseloadTable people={list.data.items} />
                <Pagination page={page} pageSize={pageSize} total={list.data.total} />
              </>
            )}
          </>
        )}
      </section>
    </Page>
  );
}
