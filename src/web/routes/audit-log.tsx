import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api/client';
import type { AuditPage } from '../api/types';
import { AuditFiltersForm, auditFilterNames } from '../features/audit/audit-filters';
import { AuditTable } from '../features/audit/audit-table';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** /audit (admin): the append-only record of sensitive reads and changes. */
export function AuditLogRoute() {
  const { t, i18n } = useTranslation();
  const { page, filters, setFilters } = useListParams(auditFilterNames);
  const list = useQuery({
    queryKey: ['audit', { page, ...filters }],
    queryFn: () => api.get<AuditPage>(withQuery('/api/audit', { page, pageSize, ...filters })),
  });
  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      <section className="card" aria-label={t('audit.title')}>
        <AuditFiltersForm filters={filters} onChange={setFilters} />
        {list.isPending ? (
          <Loading label={t('common.loading')} />
        ) : list.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>
        ) : list.data.items.length === 0 ? (
          <p className="empty-state">{t('common.noResults')}</p>
        ) : (
          <>
            <AuditTable events={list.data.items} />
            <Pagination page={page} pageSize={pageSize} total={list.data.total} />
          </>
        )}
      </section>
    </Page>
  );
}
