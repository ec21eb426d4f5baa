import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { TextField } from '../features/forms/field';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { pageSize } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useMissingTraining, useTrainingOverview } from '../features/training/overview-queries';
import { MissingTable, ModuleOverviewTable } from '../features/training/overview-tables';
import { useTranslation } from '../translator';

const isDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const pageOf = (value: string | null) => Math.max(1, Number.parseInt(value ?? '1', 10) || 1);

/** /training-overview (coach, admin): training per module and period, and who lacks a required module. */
export function TrainingOverviewRoute() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = new Date().getFullYear();
  const from = isDay(params.get('from')) ?? `${year}-01-01`;
  const to = isDay(params.get('to')) ?? `${year}-12-31`;
  const overview = useTrainingOverview(from, to, pageOf(params.get('page')), pageSize);
  const missing = useMissingTraining(pageOf(params.get('missingPage')), pageSize);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setParams({ from: String(data.get('from') ?? from), to: String(data.get('to') ?? to) });
  }

  return (
    <Page title={t('trainingOverview.title')} lead={t('trainingOverview.lead')}>
      <section className="card" aria-labelledby="overview-period-title">
        <h2 className="section-title" id="overview-period-title">
          {t('trainingOverview.perModule')}
        </h2>
        <form className="form--inline" onSubmit={submit} key={`${from}-${to}`}>
          <TextField
            idPrefix="overview"
            name="from"
            type="date"
            label={t('trainingOverview.from')}
            defaultValue={from}
          />
          <TextField
            idPrefix="overview"
            name="to"
            type="date"
            label={t('trainingOverview.to')}
            defaultValue={to}
          />
          <div className="form__actions">
            <button type="submit" className="button button--secondary">
              {t('trainingOverview.show')}
            </button>
          </div>
        </form>
        {overview.isPending ? (
          <Loading label={t('common.loading')} />
        ) : overview.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(overview.error, t, i18n).message}</StatusMessage>
        ) : overview.data.items.length === 0 ? (
          <p className="empty-state">{t('trainingOverview.empty')}</p>
        ) : (
          <>
            <ModuleOverviewTable data={overview.data} />
            <Pagination
              page={overview.data.page}
              pageSize={overview.data.pageSize}
              total={overview.data.total}
              label={t('trainingOverview.perModule')}
            />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="overview-missing-title">
        <h2 className="section-title" id="overview-missing-title">
          {t('trainingOverview.missingTitle')}
        </h2>
        {missing.isPending ? (
          <Loading label={t('common.loading')} />
        ) : missing.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(missing.error, t, i18n).message}</StatusMessage>
        ) : missing.data.items.length === 0 ? (
          <p className="empty-state">{t('trainingOverview.noneMissing')}</p>
        ) : (
          <>
            <MissingTable data={missing.data} />
            <Pagination
              page={missing.data.page}
              pageSize={missing.data.pageSize}
              total={missing.data.total}
              param="missingPage"
              label={t('trainingOverview.missingTitle')}
            />
          </>
        )}
      </section>
    </Page>
  );
}
