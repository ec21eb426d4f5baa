import { useQuery } from '@tanstack/react-query';
import { callApi } from '../api/call-api';
import { formErrorsFrom } from '../features/forms/form-errors';
import { OutboxDetail } from '../features/outbox/outbox-detail';
import { OutboxList } from '../features/outbox/outbox-list';
import { Pagination } from '../features/paging/pagination';
import { pageSize, useListParams } from '../features/paging/use-list-params';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** /outbox (admin): emails the platform stored because no SMTP server is configured. */
export function OutboxRoute() {
  const { t, i18n } = useTranslation();
  const { page, params, setParam } = useListParams([]);
  const openId = params.get('open');
  const list = useQuery({
    queryKey: ['outbox', { page }],
    queryFn: () => callApi('GET /api/outbox', { query: { page, pageSize } }),
  });
  const open = openId ? list.data?.items.find((email) => email.id === openId) : undefined;

  return (
    <Page title={t('outbox.title')} lead={t('outbox.lead')}>
      {list.isPending ? (
        <Loading label={t('common.loading')} />
      ) : list.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(list.error, t, i18n).message}</StatusMessage>
      ) : list.data.items.length === 0 ? (
        <p className="empty-state card">{t('outbox.empty')}</p>
      ) : (
        <div className={open ? 'master-detail master-detail--open' : 'master-detail'}>
          <section className="card master-detail__list" aria-label={t('outbox.listLabel')}>
            <OutboxList emails={list.data.items} openId={openId} />
            <Pagination page={page} pageSize={pageSize} total={list.data.total} />
          </section>
          {open ? (
            <OutboxDetail key={open.id} email={open} onClose={() => setParam('open', null)} />
          ) : openId ? (
            <StatusMessage tone="warning">{t('outbox.notOnPage')}</StatusMessage>
          ) : null}
        </div>
      )}
    </Page>
  );
}
