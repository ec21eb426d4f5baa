import { useQuery } from '@tanstack/react-query';
import { callApi } from '../api/call-api';
import { formErrorsFrom } from '../features/forms/form-errors';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { currentLocale } from '../i18n';
import { useTranslation } from '../translator';

function Versions({ instrumentId }: { instrumentId: string }) {
  const { t, i18n } = useTranslation();
  const versions = useQuery({
    queryKey: ['questionnaires', 'versions', instrumentId],
    queryFn: () =>
      callApi('GET /api/questionnaires/instruments/:id/versions', {
        params: { id: instrumentId },
        query: { page: 1, pageSize: 20 },
      }),
  });
  if (versions.isPending) return <Loading label={t('common.loading')} />;
  if (versions.isError)
    return <StatusMessage tone="error">{formErrorsFrom(versions.error, t, i18n).message}</StatusMessage>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('questionnaires.admin.versionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('questionnaires.admin.version')}</th>
          <th scope="col">{t('questionnaires.admin.status')}</th>
          <th scope="col">{t('questionnaires.admin.languages')}</th>
          <th scope="col">{t('questionnaires.admin.items')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.data.items.map((v) => (
          <tr key={v.id}>
            <td>{v.version}</td>
            <td>{t(`questionnaires.admin.statuses.${v.status}`)}</td>
            <td>{v.languages.map((l) => t(`questionnaires.languageNames.${l}`)).join(', ')}</td>
            <td>{v.items.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /questionnaires/instruments (admin): the instruments and their versions. */
export function QuestionnaireInstrumentsRoute() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { page } = useListParams([]);
  const list = useQuery({
    queryKey: ['questionnaires', 'instruments', { page }],
    queryFn: () => callApi('GET /api/questionnaires/instruments', { query: { page, pageSize } }),
  });
  return (
    <Page title={t('questionnaires.admin.title')} lead={t('questionnaires.admin.lead')}>
      {list.isPending ? (
        <Loading label={t('common.loading')} />
      ) : list.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>
      ) : (
        <>
          {list.data.items.map((instrument) => (
            <section key={instrument.id} className="card" aria-labelledby={`instrument-${instrument.id}`}>
              <h2 id={`instrument-${instrument.id}`}>
                {instrument.title[locale] ?? instrument.title.en ?? instrument.code}
              </h2>
              <p className="muted">
                {instrument.builtIn ? t('questionnaires.admin.builtIn') : t('questionnaires.admin.own')}
                {instrument.hasDraft ? ` · ${t('questionnaires.admin.hasDraft')}` : ''}
              </p>
              <Versions instrumentId={instrument.id} />
            </section>
          ))}
          <Pagination page={page} pageSize={pageSize} total={list.data.total} />
        </>
      )}
    </Page>
  );
}
