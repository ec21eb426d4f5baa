import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MySession } from '../../../contracts/auth';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { useFormatters } from '../locale/use-formatters';

const pageSize = 20;

/** My active sessions (device, network range, last use); end one, or all but this one. */
export function SessionsPanel() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const sessions = useQuery({
    queryKey: ['me', 'sessions', page],
    queryFn: () => callApi('GET /api/me/sessions', { query: { page, pageSize } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['me', 'sessions'] });
  const endOne = useMutation({
    mutationFn: (sessionId: string) =>
      callApi('DELETE /api/me/sessions/:sessionId', { params: { sessionId } }),
    onSuccess: refresh,
  });
  const endOthers = useMutation({
    mutationFn: () => callApi('POST /api/me/sessions/end-others'),
    onSuccess: refresh,
  });
  const error = endOne.error ?? endOthers.error;
  const data = sessions.data;
  const others = data ? data.total - (data.items.some((item) => item.current) ? 1 : 0) : 0;
  const deviceOf = (session: MySession) => {
    const parts = [session.device.browser, session.device.os].filter(Boolean).join(', ');
    const kind = session.device.kind ? t(`account.sessions.kinds.${session.device.kind}`) : null;
    return [parts || t('account.sessions.unknownDevice'), kind].filter(Boolean).join(' · ');
  };
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 className="section-title" id="sessions-title">
        {t('account.sessions.title')}
      </h2>
      <p>{t('account.sessions.lead')}</p>
      {sessions.isPending ? <p>{t('common.loading')}</p> : null}
      {sessions.isError ? <p role="alert">{formErrorsFrom(sessions.error, t, i18n).message}</p> : null}
      {data ? (
        <ul className="compact-list" data-testid="my-sessions">
          {data.items.map((session) => (
            <li key={session.id} className="compact-list__item">
              <p className="compact-list__head">
                <strong>{deviceOf(session)}</strong>
                {session.current ? (
                  <span className="badge badge--accepted"> {t('account.sessions.thisDevice')}</span>
                ) : null}
              </p>
              <p>
                {t('account.sessions.lastUsed', { when: format.dateTime(session.lastSeenAt) })}
                {session.network ? ` · ${t('account.sessions.network', { range: session.network })}` : ''}
              </p>
              {session.current ? null : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={endOne.isPending}
                  aria-label={t('account.sessions.endLabel', { device: deviceOf(session) })}
                  onClick={() => endOne.mutate(session.id)}
                >
                  {t('account.sessions.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {data && data.total > pageSize ? (
        <nav aria-label={t('account.sessions.title')}>
          <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('paging.previous')}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={page * pageSize >= data.total}
            onClick={() => setPage(page + 1)}
          >
            {t('paging.next')}
          </button>
        </nav>
      ) : null}
      {others > 0 ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={endOthers.isPending}
          onClick={() => endOthers.mutate()}
        >
          {t('account.sessions.endOthers')}
        </button>
      ) : null}
      {endOthers.isSuccess ? (
        <p role="status">{t('account.sessions.ended', { count: endOthers.data.ended })}</p>
      ) : null}
      {error ? <p role="alert">{formErrorsFrom(error, t, i18n).message}</p> : null}
    </section>
  );
}
