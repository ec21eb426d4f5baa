import { AssociationForm } from '../features/associations/association-form';
import { useAssociationPage } from '../features/associations/association-queries';
import { AssociationTable } from '../features/associations/association-table';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { SearchForm } from '../features/paging/search-form';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

const filterNames = ['q'] as const;

/** /associations (admin): the network of associations that run the programme. */
export function AssociationsRoute() {
  const { t, i18n } = useTranslation();
  const { page, filters, setFilters } = useListParams(filterNames);
  const list = useAssociationPage(page, pageSize, filters.q);

  return (
    <Page title={t('associations.title')} lead={t('associations.lead')}>
      <div className="split">
        <section className="card split__main" aria-labelledby="association-list-title">
          <h2 className="section-title" id="association-list-title">
            {t('associations.listTitle')}
          </h2>
          <SearchForm
            label={t('associations.search')}
            value={filters.q}
            onSearch={(q) => setFilters({ q })}
          />
          {list.isPending ? (
            <Loading label={t('common.loading')} />
          ) : list.isError ? (
            <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>
          ) : list.data.items.length === 0 ? (
            <p className="empty-state">{filters.q ? t('common.noResults') : t('associations.empty')}</p>
          ) : (
            <>
              <AssociationTable associations={list.data.items} />
              <Pagination page={page} pageSize={pageSize} total={list.data.total} />
            </>
          )}
        </section>
        <aside className="card split__side" aria-label={t('associations.createTitle')}>
          <AssociationForm />
        </aside>
      </div>
    </Page>
  );
}
