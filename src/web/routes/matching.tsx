import { formErrorsFrom } from '../features/forms/form-errors';
import { useRunList } from '../features/matching/matching-queries';
import { RunListTable } from '../features/matching/run-list-table';
import { StartRunForm } from '../features/matching/start-run-form';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

const noFilters: readonly never[] = [];

/** /matching (coach, admin): start a matching run and reopen earlier ones. */
export function MatchingRoute() {
  const { t, i18n } = useTranslation();
  const { page } = useListParams(noFilters);
  const runs = useRunList(page, pageSize);
  return (
    <Page title={t('matching.title')} lead={t('matching.lead')}>
      <StartRunForm />
      <section className="card" aria-labelledby="match-runs-title">
        <h2 className="section-title" id="match-runs-title">
          {t('matching.runs.title')}
        </h2>
        {runs.isPending ? (
          <Loading label={t('common.loading')} />
        ) : runs.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(runs.error, t, i18n).message}</StatusMessage>
        ) : runs.data.items.length === 0 ? (
          <p className="empty-state">{t('matching.runs.empty')}</p>
        ) : (
          <>
            <RunListTable runs={runs.data.items} />
            <Pagination page={page} pageSize={pageSize} total={runs.data.total} />
          </>
        )}
      </section>
    </Page>
  );
}
